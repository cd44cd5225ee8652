-- Version 4 (issue 6): indexes for twenty years of a large partnership, so that search
-- reads about as many rows as it shows.

-- Search lists meetings newest first: read in that order, and stop when there are enough.
-- It holds what a meeting's hit shows, so no row is looked up.
CREATE INDEX meetings_newest ON meetings(date DESC, time DESC, id, body, location, status);
;;
-- Actions newest due date first (undated last).
CREATE INDEX actions_newest ON actions(due IS NULL, due DESC, id);
;;
-- The bullets of a meeting by rowId: whether any bullet numbered below a search's
-- candidates belongs to a newer meeting (see core/store/searchqueries.cpp).
CREATE INDEX entries_meeting_id ON entries(meeting, id);
;;
-- Actions by word, as the bullets are (002): search reads only the actions that hold the
-- words. Indexed without Markdown's stars, so "**agreed**" and "re*view*" read as words.
-- The index follows the actions' rowids (the table's own, it has a text key): a VACUUM may
-- renumber them, and must then be followed by
--   INSERT INTO actions_search (actions_search) VALUES ('rebuild')
CREATE VIEW actions_search_source AS SELECT rowid AS rowid, ref, replace(text, '*', '') AS text FROM actions;
;;
CREATE VIRTUAL TABLE actions_search USING fts5(
    ref,
    text,
    content = 'actions_search_source',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
;;
CREATE TRIGGER actions_search_insert AFTER INSERT ON actions BEGIN
    INSERT INTO actions_search (rowid, ref, text) VALUES (new.rowid, new.ref, replace(new.text, '*', ''));
END;
;;
CREATE TRIGGER actions_search_delete AFTER DELETE ON actions BEGIN
    INSERT INTO actions_search (actions_search, rowid, ref, text)
        VALUES ('delete', old.rowid, old.ref, replace(old.text, '*', ''));
END;
;;
CREATE TRIGGER actions_search_update AFTER UPDATE OF ref, text ON actions BEGIN
    INSERT INTO actions_search (actions_search, rowid, ref, text)
        VALUES ('delete', old.rowid, old.ref, replace(old.text, '*', ''));
    INSERT INTO actions_search (rowid, ref, text) VALUES (new.rowid, new.ref, replace(new.text, '*', ''));
END;
;;
INSERT INTO actions_search (actions_search) VALUES ('rebuild');
