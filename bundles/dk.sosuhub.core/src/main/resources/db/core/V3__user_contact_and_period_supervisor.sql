-- Where a user's notifications go, and a student user's own student record.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN student_id BIGINT REFERENCES student (id);

-- The supervisor (oplæringsvejleder) of a placement period: a user of the student's municipality. No foreign key,
-- so that removing the user leaves the history of who supervised the period.
ALTER TABLE study_period ADD COLUMN supervisor VARCHAR(64);
