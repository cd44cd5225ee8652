-- Version 5 (issue 12): which database a log (-wal) belongs to, and how far it goes.
-- lineage is made once, when the database is made (or upgraded to this version); writes
-- counts every committed write. A log beside the file holds the newer state of this row:
-- one whose lineage differs is another database's, one whose count is below the file's
-- own is from an older copy, and replaying either would mix two states (see
-- SqliteBackend::checkLog).
CREATE TABLE log_mark (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    lineage TEXT NOT NULL,
    writes INTEGER NOT NULL
);
;;
INSERT INTO log_mark (singleton, lineage, writes) VALUES (1, lower(hex(randomblob(16))), 0);
