package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;

import java.time.LocalDate;

/**
 * One placement period of a student as the planner sees it.
 *
 * @param period              the placement period's number (1, 2, …)
 * @param start               first day
 * @param end                 the day after the last (the next period's start, as in core's plan)
 * @param rule                the programme rule of this period; never null
 * @param currentSiteId       where the period is planned now; null when not planned
 * @param currentSupervisorId the supervisor planned now; null when none
 * @param pinned              the current site and supervisor must be kept (a coordinator's choice, or a period
 *                            outside the range being planned)
 */
public record PlanningPeriod(long studentId, Programme programme, int period, LocalDate start, LocalDate end,
                             PeriodRule rule, PlacementProfile profile, Long currentSiteId, Long currentSupervisorId,
                             boolean pinned) {

    public PlanningPeriod {
        if (profile == null) {
            profile = new PlacementProfile(studentId, null, null, null, null, null);
        }
    }

    public String key() {
        return studentId + "/" + period;
    }

    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    public PlanningPeriod withCurrent(Long siteId, Long supervisorId, boolean pin) {
        return new PlanningPeriod(studentId, programme, period, start, end, rule, profile, siteId, supervisorId, pin);
    }
}
