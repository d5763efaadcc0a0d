package dk.sosuhub.core.api;

import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;

import java.time.LocalDate;
import java.util.List;

/** Whole student files read in bulk, for analyses that look at every student's history (e.g. early warnings). */
public interface StudentRecords {

    /** A student with the plan, sick days and talks recorded up to now. */
    record StudentRecord(Student student, List<StudyPeriod> plan, List<Absence> absences, List<Talk> talks) {
    }

    /**
     * The students enrolled on {@code date}: started on or before it and neither completed nor dropped out by it,
     * ordered by id.
     */
    List<StudentRecord> enrolled(String municipality, LocalDate date);
}
