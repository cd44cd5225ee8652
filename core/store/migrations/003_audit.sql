-- Version 3: the audit log. One row per change, written by the store in the same
-- transaction as the change itself, so a change and its row are saved together or not at
-- all. Undo is a change like any other, and is logged too. An import logs one row.

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,                  -- ISO 8601 date-time in UTC, e.g. 2026-11-22T10:15:00.123Z
    os_user TEXT NOT NULL DEFAULT '',  -- the operating-system user who made the change
    kind TEXT NOT NULL,                -- what changed: meeting, entry, agency, ..., or import
    record_key TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('insert','update','delete','import')),
    before_json TEXT,                  -- the record before the change; NULL for an insert
    after_json TEXT                    -- the record after the change; NULL for a delete
);
;;
CREATE INDEX audit_log_at ON audit_log(at);
;;
CREATE INDEX audit_log_record ON audit_log(kind, record_key);
