-- Version 6 (issue 15): an action carried forward from a closed workplan into the next
-- year's names the action it continues. Deferred, so an import may list the copy before
-- the action it came from; deleting that action leaves the copy standing.
ALTER TABLE actions ADD COLUMN carried_from TEXT REFERENCES actions(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
;;
CREATE INDEX actions_carried_from ON actions(carried_from);
;;
-- The minutes list the actions reviewed at the meeting: found by the review's meeting.
CREATE INDEX action_reviews_meeting ON action_reviews(meeting);
