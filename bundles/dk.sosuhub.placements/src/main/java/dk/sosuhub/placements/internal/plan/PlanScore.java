package dk.sosuhub.placements.internal.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a plan achieves, counted over the periods planned (not the pinned ones outside the range).
 *
 * @param tasterSite          placement periods 1 at the student's taster site
 * @param tasterSitePossible  placement periods 1 of students with a taster site
 * @param supportNeedsMatched placed periods of students with support needs whose supervisor covers them all
 * @param supportNeedsPeriods placed periods of students with support needs
 * @param firstPreference     periods placed at the student's first preference
 * @param preferred           periods placed at one of the student's preferences
 * @param travelKm            total km from home to site over the placed periods with both locations known
 * @param moves               periods planned before that are moved or left unplaced
 * @param hardViolations      hard rules broken, as {@link HardRules} checks them (0)
 */
public record PlanScore(int placed, int unplaced, int tasterSite, int tasterSitePossible, int supportNeedsMatched,
                        int supportNeedsPeriods, int firstPreference, int preferred, long travelKm, int moves,
                        int hardViolations) {

    public static PlanScore of(PlanningProblem problem, List<Placement> plan, List<Placement> counted) {
        int placed = 0;
        int unplaced = 0;
        int taster = 0;
        int tasterPossible = 0;
        int needsMatched = 0;
        int needsPeriods = 0;
        int first = 0;
        int preferred = 0;
        double km = 0;
        int moves = 0;
        Map<Long, dk.sosuhub.placements.PlacementSite> sites = problem.sitesById();
        Map<Long, dk.sosuhub.placements.Supervisor> supervisors = problem.supervisorsById();
        for (Placement p : counted) {
            PlanningPeriod period = p.period();
            Long current = period.currentSiteId();
            if (current != null && !Objects.equals(current, p.siteId())) {
                moves++;
            }
            if (period.period() == 1 && period.profile().tasterSiteId() != null) {
                tasterPossible++;
            }
            if (!p.placed()) {
                unplaced++;
                continue;
            }
            placed++;
            if (period.period() == 1 && Objects.equals(period.profile().tasterSiteId(), p.siteId())) {
                taster++;
            }
            List<Long> prefs = period.profile().preferredSiteIds();
            if (!prefs.isEmpty() && prefs.get(0).equals(p.siteId())) {
                first++;
            }
            if (prefs.contains(p.siteId())) {
                preferred++;
            }
            if (!period.profile().supportNeeds().isEmpty()) {
                needsPeriods++;
                dk.sosuhub.placements.Supervisor s = p.supervisorId() == null ? null : supervisors.get(p.supervisorId());
                if (s != null && s.competences().containsAll(period.profile().supportNeeds())) {
                    needsMatched++;
                }
            }
            dk.sosuhub.placements.PlacementSite site = sites.get(p.siteId());
            Double d = site == null ? null : Geo.km(period.profile().location(), site.location());
            km += d == null ? 0 : d;
        }
        return new PlanScore(placed, unplaced, taster, tasterPossible, needsMatched, needsPeriods, first, preferred,
                Math.round(km), moves, HardRules.check(problem, plan).size());
    }

    /** The score as stored: {@code name=value;…}. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        asMap().forEach((k, v) -> b.append(b.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    public static PlanScore decode(String s) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String part : s.split(";")) {
            String[] kv = part.split("=");
            m.put(kv[0], Long.parseLong(kv[1]));
        }
        return new PlanScore(i(m, "placed"), i(m, "unplaced"), i(m, "tasterSite"), i(m, "tasterSitePossible"),
                i(m, "supportNeedsMatched"), i(m, "supportNeedsPeriods"), i(m, "firstPreference"), i(m, "preferred"),
                m.getOrDefault("travelKm", 0L), i(m, "moves"), i(m, "hardViolations"));
    }

    private static int i(Map<String, Long> m, String k) {
        return m.getOrDefault(k, 0L).intValue();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placed", placed);
        m.put("unplaced", unplaced);
        m.put("tasterSite", tasterSite);
        m.put("tasterSitePossible", tasterSitePossible);
        m.put("supportNeedsMatched", supportNeedsMatched);
        m.put("supportNeedsPeriods", supportNeedsPeriods);
        m.put("firstPreference", firstPreference);
        m.put("preferred", preferred);
        m.put("travelKm", travelKm);
        m.put("moves", moves);
        m.put("hardViolations", hardViolations);
        return m;
    }
}
