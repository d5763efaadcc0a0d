package dk.sosuhub.placements.internal.plan;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The solver's planning entity: one period and the slot it is placed in (null: unplaced). */
@PlanningEntity
public class PeriodAssignment {

    @PlanningId
    private int id;
    private PlanningPeriod period;
    private List<Slot> candidates;
    private Set<String> needs;
    private Long tasterSiteId;
    private List<Long> preferred;
    private Map<Long, Integer> travelKmBySite;
    private int segmentFrom;
    private int segmentTo;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
    private Slot slot;

    public PeriodAssignment() {
    }

    PeriodAssignment(int id, PlanningPeriod period, List<Slot> candidates, Slot initial, boolean pinned,
                     Map<Long, Integer> travelKmBySite) {
        this.id = id;
        this.period = period;
        this.candidates = candidates;
        this.slot = initial;
        this.pinned = pinned;
        this.needs = Set.copyOf(period.profile().supportNeeds());
        this.tasterSiteId = period.period() == 1 ? period.profile().tasterSiteId() : null;
        this.preferred = period.profile().preferredSiteIds();
        this.travelKmBySite = travelKmBySite;
    }

    /** The time segments the period spans: from this index (included) to {@link #segmentTo()} (excluded). */
    void segments(int from, int to) {
        this.segmentFrom = from;
        this.segmentTo = to;
    }

    public int segmentFrom() {
        return segmentFrom;
    }

    public int segmentTo() {
        return segmentTo;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Slot> getCandidates() {
        return candidates;
    }

    public int getId() {
        return id;
    }

    public PlanningPeriod getPeriod() {
        return period;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public boolean isPinned() {
        return pinned;
    }

    public long studentId() {
        return period.studentId();
    }

    public LocalDate start() {
        return period.start();
    }

    public LocalDate end() {
        return period.end();
    }

    public Long siteId() {
        return slot == null ? null : slot.siteId();
    }

    /** Whether the period is at the taster site (counts for placement period 1 only). */
    public boolean atTasterSite() {
        return slot != null && tasterSiteId != null && tasterSiteId == slot.siteId();
    }

    /** How many of the student's support needs the supervisor's competences cover. */
    public int needsMatched() {
        if (slot == null || needs.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String need : needs) {
            if (slot.competences().contains(need)) {
                n++;
            }
        }
        return n;
    }

    /** 10 for the first preference, 9 for the second, …; 0 when not preferred. */
    public int preferenceWeight() {
        if (slot == null) {
            return 0;
        }
        int rank = preferred.indexOf(slot.siteId());
        return rank < 0 ? 0 : Math.max(1, 10 - rank);
    }

    public int travelKm() {
        if (slot == null) {
            return 0;
        }
        return travelKmBySite.getOrDefault(slot.siteId(), 0);
    }

    /** Whether a period planned before is moved to another site or left unplaced. */
    public boolean moved() {
        Long current = period.currentSiteId();
        return current != null && (slot == null || current != slot.siteId());
    }

    /**
     * Whether the slot would meet one of the period's wishes: its taster site (placement 1), a supervisor covering a
     * support need it has, a preferred site.
     */
    public boolean wishes(Slot s) {
        if (tasterSiteId != null && tasterSiteId == s.siteId()) {
            return true;
        }
        for (String need : needs) {
            if (s.competences().contains(need)) {
                return true;
            }
        }
        return preferred.contains(s.siteId());
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(PeriodAssignment other) {
        return period.overlaps(other.start(), other.end());
    }

    /** Whether the other period is of the same student and must differ in site type from this one. */
    public boolean mustDifferFrom(PeriodAssignment other) {
        return other.studentId() == studentId() && period.rule().differentTypeFrom().contains(other.period.period());
    }
}
