package dk.sosuhub.placements.internal.planning;

import dk.sosuhub.placements.internal.plan.Reason;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the planning API answers. */
public final class Views {

    private Views() {
    }

    /**
     * @param change         {@code NEW} (not placed before), {@code MOVED} (placed elsewhere before) or {@code UNCHANGED}
     * @param previousSiteId where the period was placed before the proposal; null when it was not
     */
    public record Assignment(long studentId, String studentName, int period, LocalDate startDate, LocalDate endDate,
                             long siteId, String siteName, Long supervisorId, String supervisorName, boolean pinned,
                             String change, Long previousSiteId, List<Reason> reasons) {
    }

    /** @param previousSiteId where the period was placed before; the proposal takes it away (null: it was not placed) */
    public record Unplaced(long studentId, String studentName, int period, LocalDate startDate, LocalDate endDate,
                           Long previousSiteId, Reason reason) {
    }

    /** A proposal: not applied until accepted. {@code changes}: periods placed anew, moved or taken away. */
    public record Proposal(long id, LocalDate from, LocalDate to, boolean accepted, List<Assignment> assignments,
                           List<Unplaced> unplaced, Map<String, Object> score, int changes) {
    }

    /** A period of the current plan. */
    public record Placement(long studentId, String studentName, int period, LocalDate startDate, LocalDate endDate,
                            long siteId, String siteName, Long supervisorId, String supervisorName, boolean pinned) {
    }

    /** A site's weeks: the least capacity on a day of the week and the most students booked on a day. */
    public record SiteCapacity(long siteId, String siteName, String type, boolean active, List<Week> weeks) {
    }

    /** @param week ISO week, e.g. {@code 2026-W32}; {@code start} its Monday */
    public record Week(String week, LocalDate start, int capacity, int booked) {
    }
}
