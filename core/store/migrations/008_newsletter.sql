-- Version 8 (issue 18): the manager's message on a newsletter issue (Markdown subset),
-- printed after the issue's title and before "In this issue". Empty when there is none.
ALTER TABLE newsletters ADD COLUMN manager_message TEXT NOT NULL DEFAULT '';
