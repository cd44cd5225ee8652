-- Version 7 (issue 16): the day the partnership decided to hold a local child safeguarding
-- practice review; the report's six months run from it.
ALTER TABLE case_reviews ADD COLUMN decided TEXT;
