package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.UnitType;

import java.math.BigDecimal;
import java.util.Map;

/** Counts over the student register that the KPIs are made of, computed in the database. */
public interface StudentStatistics {

    /** The outcome of a cohort: students of one programme whose start date falls in {@code year}. */
    record CohortCounts(long hired, long completed, long droppedOut, long employed,
                        Map<UnitType, Long> employedByUnitType, Map<DropoutReason, Long> dropoutByReason,
                        Map<String, Long> dropoutByPhase) {
    }

    CohortCounts cohort(String municipality, Programme programme, int year);

    /** Dropouts dated in {@code year}, by programme and reason. */
    Map<Programme, Map<DropoutReason, Long>> dropoutsInYear(String municipality, int year);

    /** Students whose start date falls in {@code year}, by programme and origin of recruitment. */
    Map<Programme, Map<Origin, Long>> hiresByOrigin(String municipality, int year);

    /**
     * Sick days reported in {@code year} and the working days planned in it (weekdays while the students were
     * enrolled), the two terms of the sick-leave percentage.
     */
    record SickLeave(BigDecimal sickDays, long plannedDays) {
    }

    SickLeave sickLeave(String municipality, int year);

    /**
     * One student's sick leave in a year, and the part of it at each named placement site (an absence counts
     * where the period it falls in was; planned days are the weekdays of those periods inside the year).
     */
    record StudentSickLeave(long studentId, String name, Programme programme, int startYear, SickLeave total,
                            Map<String, SickLeave> bySite) {
    }

    /** Every student of the municipality enrolled at some time in {@code year}, by id. */
    java.util.List<StudentSickLeave> sickLeaveByStudent(String municipality, int year);

    // The same counts for every municipality at once (one GROUP BY municipality query each), keyed by code;
    // municipalities without any counted student are absent.

    /** {@link #cohort} of every municipality and programme. */
    Map<String, Map<Programme, CohortCounts>> cohortsByMunicipality(int year);

    /** {@link #dropoutsInYear} of every municipality. */
    Map<String, Map<Programme, Map<DropoutReason, Long>>> dropoutsInYearByMunicipality(int year);

    /** {@link #hiresByOrigin} of every municipality. */
    Map<String, Map<Programme, Map<Origin, Long>>> hiresByOriginByMunicipality(int year);

    /** {@link #sickLeave} of every municipality. */
    Map<String, SickLeave> sickLeaveByMunicipality(int year);
}
