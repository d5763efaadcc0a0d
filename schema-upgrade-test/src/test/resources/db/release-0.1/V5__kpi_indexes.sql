-- Indexes for the KPI queries at national scale (98 municipalities, 200,000 students, millions of absences).
-- The absence indexes carry sick_days, so the sick-leave sums read the index alone, never the table.
-- One municipality's sick days of a year:
CREATE INDEX absence_municipality_date_days ON absence (municipality, start_date, sick_days);
DROP INDEX absence_municipality_date;
-- Every municipality's sick days of a year (national roll-up, GROUP BY municipality):
CREATE INDEX absence_date_municipality_days ON absence (start_date, municipality, sick_days);
-- A student's absences by date (absence history, early warnings). absence_student and student_event_student stay:
-- on Derby they duplicate the foreign keys' own indexes and were never created, so they cannot be dropped.
CREATE INDEX absence_student_date ON absence (student_id, start_date);
-- A municipality's cohort of one programme and start year:
CREATE INDEX student_municipality_programme_start ON student (municipality, programme, start_date);
-- Every municipality's cohorts, hires and dropouts of a year (national roll-up):
CREATE INDEX student_start ON student (start_date);
CREATE INDEX student_dropout ON student (dropout_date);
-- A student's events by date:
CREATE INDEX student_event_student_date ON student_event (student_id, event_date);
