package dk.sosuhub.placements.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.SiteType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The programme rules: the platform's defaults and what a municipality may set instead. */
public final class Rules {

    private Rules() {
    }

    /** How many placement periods each programme has. */
    public static int periods(Programme programme) {
        return programme == Programme.SSH ? 2 : 4;
    }

    /**
     * The defaults: SSH placement 1 and 2 at municipal sites of two different types; SSA placement 1 and 4
     * municipal, 2 psychiatry, 3 hospital.
     */
    public static Map<Programme, List<PeriodRule>> defaults() {
        Set<SiteType> municipal = SiteType.municipal();
        Map<Programme, List<PeriodRule>> rules = new EnumMap<>(Programme.class);
        rules.put(Programme.SSH, List.of(
                new PeriodRule(1, municipal, List.of()),
                new PeriodRule(2, municipal, List.of(1))));
        rules.put(Programme.SSA, List.of(
                new PeriodRule(1, municipal, List.of()),
                new PeriodRule(2, Set.of(SiteType.PSYCHIATRY), List.of()),
                new PeriodRule(3, Set.of(SiteType.HOSPITAL), List.of()),
                new PeriodRule(4, municipal, List.of())));
        return rules;
    }

    /**
     * Checks the rules of each programme given: every period of the programme exactly once, each with at least
     * one site type, {@code differentTypeFrom} naming earlier periods only. Fields are named
     * {@code SSH[0].siteTypes} and so on.
     */
    public static void validate(Map<Programme, List<PeriodRule>> rules) {
        Validator v = new Validator();
        v.require(rules != null && !rules.isEmpty(), "rules", "give the rules of SSH and/or SSA");
        if (rules != null) {
            rules.forEach((programme, list) -> {
                if (programme == null) {
                    v.require(false, "rules", "unknown programme");
                    return;
                }
                String p = programme.name();
                int n = periods(programme);
                if (list == null) {
                    v.require(false, p, "give one rule for each of the " + n + " placement periods");
                    return;
                }
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    PeriodRule r = list.get(i);
                    String f = p + "[" + i + "]";
                    if (r == null) {
                        v.require(false, f, "is required");
                        continue;
                    }
                    boolean periodOk = r.period() != null && r.period() >= 1 && r.period() <= n;
                    v.require(periodOk, f + ".period", "must be a placement period from 1 to " + n);
                    if (periodOk) {
                        v.require(seen.add(r.period()), f + ".period", "period " + r.period() + " is given twice");
                    }
                    v.require(!r.siteTypes().isEmpty(), f + ".siteTypes", "give at least one site type");
                    for (Integer earlier : r.differentTypeFrom()) {
                        v.require(earlier != null && r.period() != null && earlier >= 1 && earlier < r.period(),
                                f + ".differentTypeFrom", "must name earlier placement periods");
                    }
                }
                if (list.size() == seen.size()) {
                    v.require(seen.size() == n, p, "give one rule for each of the " + n + " placement periods");
                }
            });
        }
        v.throwIfInvalid();
    }

    /** The rules ordered by period, as stored and answered. */
    public static List<PeriodRule> sorted(List<PeriodRule> rules) {
        List<PeriodRule> list = new ArrayList<>(rules);
        list.sort(Comparator.comparing(PeriodRule::period));
        return List.copyOf(list);
    }
}
