package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.UnitType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The key figures of a municipality's education effort, computed from the student register. */
public interface KpiService {

    /**
     * A cohort: the students of one programme whose start date falls in {@code year}. Rates are fractions
     * (4 decimals): completion and dropout of those hired, employment of those completed, and employment of
     * those hired.
     */
    record CohortKpi(Programme programme, int year, long hired, long completed, BigDecimal completionRate,
                     long droppedOut, BigDecimal dropoutRate, long active, long employed, BigDecimal employmentRate,
                     BigDecimal employedOfCohortRate, Map<UnitType, Long> employedByUnitType,
                     Map<DropoutReason, Long> dropoutByReason, Map<String, Long> dropoutByPhase) {
    }

    /** Dropouts dated in a year by programme and reason (appendix 2 of the strategy). */
    record DropoutKpi(int year, Map<Programme, Long> total, Map<Programme, Map<DropoutReason, Long>> byReason) {
    }

    /** The hiring rate over several cohorts together: employed after graduation / students in the cohorts. */
    record CombinedKpi(List<CohortKpi> cohorts, long hired, long employed, BigDecimal employedOfCohortRate) {
    }

    record QuotaLine(Programme programme, Integer minimum, long hired, Boolean met) {
    }

    record QuotaKpi(int year, List<QuotaLine> programmes) {
    }

    /** Students hired in a year by where they were recruited from. */
    record RecruitmentKpi(int year, long hired, long ownUnskilledStaff, long ownSshStaff, BigDecimal internalRate,
                          BigDecimal ownUnskilledStaffRate, BigDecimal ownSshStaffRate) {
    }

    /** Sick days as a share of the working days planned for the enrolled students in a year. */
    record SickLeaveKpi(int year, BigDecimal sickDays, long plannedDays, BigDecimal sickLeaveRate) {
    }

    CohortKpi cohort(String municipality, Programme programme, int year);

    DropoutKpi dropouts(String municipality, int year);

    /** @param cohorts programme and start year of each cohort; empty for the latest completed cohort of each programme */
    CombinedKpi combined(String municipality, Map<Programme, Integer> cohorts);

    QuotaKpi quota(String municipality, int year);

    RecruitmentKpi recruitment(String municipality, int year);

    SickLeaveKpi sickLeave(String municipality, int year);

    /** Sick days over planned working days, for one group of students. */
    record SickLeaveShare(BigDecimal sickDays, long plannedDays, BigDecimal sickLeaveRate) {
    }

    /** One enrolled student's sick leave in the year, in all and at each named placement site. */
    record StudentSickLeaveKpi(long studentId, String name, Programme programme, int startYear, BigDecimal sickDays,
                               long plannedDays, BigDecimal sickLeaveRate, Map<String, SickLeaveShare> bySite) {
    }

    /**
     * A year's sick leave of the students enrolled in it, by programme, by cohort (key {@code SSA-2019}: programme
     * and start year), by placement site (absences during periods at that site) and by student.
     */
    record SickLeaveBreakdown(int year, Map<Programme, SickLeaveShare> byProgramme, Map<String, SickLeaveShare> byCohort,
                              Map<String, SickLeaveShare> bySite, List<StudentSickLeaveKpi> byStudent) {
    }

    SickLeaveBreakdown sickLeaveBreakdown(String municipality, int year);

    /**
     * A municipality's full report for {@code year}: the cohorts hired in that year (their outcome so far), the
     * latest completed cohort of each programme together (the strategy's hiring rate), and the year's dropouts,
     * quota, internal recruitment and sick leave.
     */
    record KpiReport(String municipality, int year, List<CohortKpi> cohorts, CombinedKpi latestCompleted,
                     DropoutKpi dropouts, QuotaKpi quota, RecruitmentKpi recruitment, SickLeaveKpi sickLeave) {
    }

    KpiReport report(String municipality, int year);
}
