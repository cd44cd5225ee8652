-- BoardDesk schema, version 1: every entity of archive-v1.md.
-- Archive ids are the primary keys of the tables that have them; child rows (entries,
-- attendance, reviews, items) have integer keys of their own and a position.
-- Statements are separated by lines holding only ";;" (triggers contain ';').

CREATE TABLE partnership (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    financial_year_start TEXT NOT NULL DEFAULT '04-01',
    heading_did TEXT NOT NULL,
    heading_difference TEXT NOT NULL
);
;;
CREATE TABLE agencies (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    short_name TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'other'
        CHECK (sector IN ('local-authority','police','health','education','probation','district-council','voluntary','other'))
);
;;
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    agency TEXT REFERENCES agencies(id),
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX people_agency ON people(agency);
;;
CREATE TABLE bodies (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('board','executive','subgroup','panel','review-group','other')),
    parent TEXT REFERENCES bodies(id),
    purpose TEXT NOT NULL DEFAULT '',
    established TEXT,
    concluded TEXT,
    CHECK (established IS NULL OR concluded IS NULL OR established <= concluded)
);
;;
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair','vice-chair','member','adviser','secretariat')),
    date_from TEXT,
    date_to TEXT,
    CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
);
;;
CREATE INDEX memberships_body ON memberships(body);
;;
CREATE INDEX memberships_person ON memberships(person);
;;
CREATE TABLE priorities (
    id TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    lead_agency TEXT REFERENCES agencies(id),
    description TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX priorities_year ON priorities(year);
;;
CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL REFERENCES bodies(id),
    date TEXT NOT NULL,
    time TEXT,
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned','held','cancelled')),
    minutes TEXT NOT NULL DEFAULT 'draft' CHECK (minutes IN ('draft','approved')),
    approved_on TEXT,
    cases_reviewed INTEGER CHECK (cases_reviewed IS NULL OR cases_reviewed >= 0),
    CHECK ((minutes = 'approved') = (approved_on IS NOT NULL)),
    CHECK (approved_on IS NULL OR date <= approved_on)
);
;;
CREATE INDEX meetings_body_date ON meetings(body, date);
;;
CREATE INDEX meetings_date ON meetings(date);
;;
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person TEXT NOT NULL REFERENCES people(id),
    status TEXT NOT NULL CHECK (status IN ('present','apologies','absent','deputy')),
    deputy_for TEXT REFERENCES people(id),
    UNIQUE (meeting, person),
    CHECK (deputy_for IS NULL OR (status = 'deputy' AND deputy_for <> person))
);
;;
CREATE INDEX attendance_person ON attendance(person);
;;
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    meeting TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    parent INTEGER REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('did','difference','note')),
    text TEXT NOT NULL
);
;;
CREATE INDEX entries_meeting ON entries(meeting, position);
;;
CREATE INDEX entries_parent ON entries(parent);
;;
CREATE TABLE entry_priorities (
    entry INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    priority TEXT NOT NULL REFERENCES priorities(id),
    PRIMARY KEY (entry, priority)
);
;;
CREATE INDEX entry_priorities_priority ON entry_priorities(priority);
;;
CREATE TABLE workplans (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL REFERENCES bodies(id),
    title TEXT NOT NULL CHECK (title <> ''),
    year INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
    closed_on TEXT
);
;;
CREATE INDEX workplans_body ON workplans(body);
;;
CREATE TABLE case_reviews (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    type TEXT NOT NULL CHECK (type IN ('scr','lcspr','rapid-review','thematic','learning')),
    notified TEXT,
    status TEXT NOT NULL DEFAULT 'notified'
        CHECK (status IN ('notified','in-progress','signed-off','publication-delayed','published','closed')),
    signed_off TEXT,
    published TEXT,
    url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE actions (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL REFERENCES bodies(id),
    text TEXT NOT NULL CHECK (text <> ''),
    ref TEXT NOT NULL DEFAULT '',
    workplan TEXT REFERENCES workplans(id),
    case_review TEXT REFERENCES case_reviews(id),
    raised_at TEXT REFERENCES meetings(id),
    owner TEXT REFERENCES people(id),
    owner_agency TEXT REFERENCES agencies(id),
    due TEXT
);
;;
CREATE INDEX actions_body ON actions(body);
;;
CREATE INDEX actions_workplan ON actions(workplan);
;;
CREATE INDEX actions_raised_at ON actions(raised_at);
;;
CREATE TABLE action_priorities (
    action TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    priority TEXT NOT NULL REFERENCES priorities(id),
    PRIMARY KEY (action, priority)
);
;;
CREATE TABLE action_reviews (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    rag TEXT NOT NULL CHECK (rag IN ('red','amber','green','complete')),
    note TEXT NOT NULL DEFAULT '',
    meeting TEXT REFERENCES meetings(id)
);
;;
CREATE INDEX action_reviews_action ON action_reviews(action, position);
;;
CREATE TABLE risks (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL REFERENCES bodies(id),
    title TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    owner TEXT REFERENCES people(id),
    owner_agency TEXT REFERENCES agencies(id),
    opened TEXT NOT NULL,
    closed TEXT,
    CHECK (closed IS NULL OR opened <= closed)
);
;;
CREATE TABLE risk_reviews (
    id INTEGER PRIMARY KEY,
    risk TEXT NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    meeting TEXT REFERENCES meetings(id)
);
;;
CREATE INDEX risk_reviews_risk ON risk_reviews(risk, position);
;;
CREATE TABLE funding (
    year INTEGER NOT NULL,
    agency TEXT NOT NULL REFERENCES agencies(id),
    amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, agency)
);
;;
CREATE TABLE spending (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    category TEXT NOT NULL CHECK (category <> ''),
    amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
    note TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE courses (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    format TEXT NOT NULL CHECK (format IN ('full-day','half-day','multi-day','bespoke','briefing','e-learning')),
    description TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE training_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    course TEXT NOT NULL REFERENCES courses(id),
    date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held','cancelled')),
    attendees INTEGER CHECK (attendees IS NULL OR (attendees >= 0 AND status = 'held')),
    places INTEGER CHECK (places IS NULL OR places >= 0),
    cancel_reason TEXT CHECK (cancel_reason IS NULL OR (status = 'cancelled'
        AND cancel_reason IN ('trainer-illness','trainer-unavailable','low-enrolment','other'))),
    note TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX training_sessions_date ON training_sessions(date);
;;
CREATE TABLE sources (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    url TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE key_facts (
    id TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL,
    label TEXT NOT NULL CHECK (label <> ''),
    value TEXT NOT NULL CHECK (value <> ''),
    comparator TEXT NOT NULL DEFAULT '',
    source TEXT REFERENCES sources(id)
);
;;
CREATE TABLE report_texts (
    year INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (year, section)
);
;;
CREATE TABLE newsletters (
    id TEXT PRIMARY KEY NOT NULL,
    number INTEGER NOT NULL UNIQUE,
    date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT ''
);
;;
CREATE TABLE newsletter_items (
    id INTEGER PRIMARY KEY,
    newsletter TEXT NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT NOT NULL CHECK (section <> ''),
    title TEXT NOT NULL CHECK (title <> ''),
    body TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX newsletter_items_newsletter ON newsletter_items(newsletter, position);
;;
CREATE TABLE newsletter_links (
    item INTEGER NOT NULL REFERENCES newsletter_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL CHECK (url <> ''),
    PRIMARY KEY (item, position)
);
