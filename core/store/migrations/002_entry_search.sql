-- Version 2: full-text search over the bullets of the minutes (SQLite FTS5), kept in step
-- with the entries table by triggers. External content: the text is stored once.

CREATE VIRTUAL TABLE entries_search USING fts5(
    text,
    content = 'entries',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
;;
CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_search (rowid, text) VALUES (new.id, new.text);
END;
;;
CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_search (entries_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
;;
CREATE TRIGGER entries_search_update AFTER UPDATE OF text ON entries BEGIN
    INSERT INTO entries_search (entries_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO entries_search (rowid, text) VALUES (new.id, new.text);
END;
;;
INSERT INTO entries_search (entries_search) VALUES ('rebuild');
