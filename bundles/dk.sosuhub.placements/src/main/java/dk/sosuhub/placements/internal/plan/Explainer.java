package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Says, in Danish and as codes, why each period was placed where it is and, for an unplaced period, which rule
 * kept it out: the first of site type, travel, sites already visited, differentTypeFrom and capacity that leaves
 * no site.
 */
public final class Explainer {

    private final Occupancy occupancy;

    /** @param placements the whole plan, whose load the explanations are given against */
    public Explainer(PlanningProblem problem, List<Placement> placements) {
        this.occupancy = new Occupancy(problem);
        placements.forEach(occupancy::add);
    }

    public List<Reason> reasons(Placement placement) {
        PlanningPeriod p = placement.period();
        PlacementSite site = occupancy.site(placement.siteId());
        List<Reason> reasons = new ArrayList<>();
        if (p.pinned()) {
            reasons.add(new Reason("PINNED", "Fastlagt af koordinatoren"));
        }
        if (p.period() == 1 && Objects.equals(p.profile().tasterSiteId(), placement.siteId())) {
            reasons.add(new Reason("TASTER_SITE", "Samme sted som snusepraktikken"));
        }
        int rank = p.profile().preferredSiteIds().indexOf(placement.siteId());
        if (rank >= 0) {
            reasons.add(new Reason("PREFERENCE", (rank + 1) + ". prioritet"));
        }
        Supervisor supervisor = placement.supervisorId() == null ? null : occupancy.supervisor(placement.supervisorId());
        if (supervisor != null) {
            List<String> matched = p.profile().supportNeeds().stream().filter(supervisor.competences()::contains).toList();
            if (!matched.isEmpty()) {
                reasons.add(new Reason("SUPPORT_MATCHED", "Vejlederen har kompetence i " + Danish.list(matched, "og")));
            }
        }
        if (!p.pinned() && Objects.equals(p.currentSiteId(), placement.siteId())) {
            reasons.add(new Reason("UNCHANGED", "Samme sted som i den nuværende plan"));
        }
        if (site != null) {
            Double km = Geo.km(p.profile().location(), site.location());
            if (km != null) {
                reasons.add(new Reason("TRAVEL", String.format(Locale.ROOT, "%d km hjemmefra", Math.round(km))));
            }
            reasons.add(new Reason("SITE_TYPE_ALLOWED", capitalised(Danish.type(site.type())) + " er tilladt i "
                    + p.programme() + "-oplæring " + p.period()));
        }
        return reasons;
    }

    /** The binding reason the period is unplaced. */
    public Reason unplaced(PlanningPeriod p) {
        List<PlacementSite> sites = occupancy.problem().sites();
        List<PlacementSite> ofType = sites.stream()
                .filter(s -> !Boolean.FALSE.equals(s.active()) && p.rule().siteTypes().contains(s.type())).toList();
        if (ofType.isEmpty()) {
            return new Reason("NO_ALLOWED_SITE", "Kommunen har intet aktivt oplæringssted af typen "
                    + Danish.types(p.rule().siteTypes()) + ", som " + p.programme() + "-oplæring " + p.period() + " kræver");
        }
        Integer max = p.profile().maxTravelKm();
        List<PlacementSite> near = ofType.stream().filter(s -> {
            Double km = Geo.km(p.profile().location(), s.location());
            return km == null || max == null || km <= max;
        }).toList();
        if (near.isEmpty()) {
            return new Reason("TRAVEL", "Alle tilladte oplæringssteder ligger mere end " + max + " km fra elevens bopæl");
        }
        List<PlacementSite> notVisited = near.stream()
                .filter(s -> occupancy.studentRule(p, s).orElse(null) != HardRule.SAME_SITE_TWICE).toList();
        if (notVisited.isEmpty()) {
            return new Reason("ALREADY_VISITED", "Eleven har allerede været i oplæring på alle tilladte steder inden for rækkevidde ("
                    + Danish.list(near.stream().map(PlacementSite::name).toList(), "og") + ")");
        }
        List<PlacementSite> otherType = notVisited.stream().filter(s -> occupancy.studentRule(p, s).isEmpty()).toList();
        if (otherType.isEmpty()) {
            Set<SiteType> used = EnumSet.noneOf(SiteType.class);
            notVisited.forEach(s -> used.add(s.type()));
            return new Reason("DIFFERENT_TYPE", "Oplæring " + p.period() + " skal være en anden type end oplæring "
                    + p.rule().differentTypeFrom() .stream().map(String::valueOf).reduce((a, b) -> a + " og " + b).orElse("")
                    + ", og de tilladte steder inden for rækkevidde er alle af typen " + Danish.types(used));
        }
        List<PlacementSite> withRoom = otherType.stream().filter(s -> occupancy.hasRoom(p, s)).toList();
        if (!withRoom.isEmpty()) {
            return new Reason("NO_SUPERVISOR_CAPACITY", "Ingen oplæringsvejleder med ledig plads i perioden "
                    + Danish.span(p.start(), p.end()) + " på " + Danish.list(withRoom.stream().map(PlacementSite::name).toList(), "eller"));
        }
        Set<SiteType> types = EnumSet.noneOf(SiteType.class);
        otherType.forEach(s -> types.add(s.type()));
        List<String> full = new ArrayList<>();
        for (PlacementSite s : otherType) {
            int[] peak = occupancy.peak(p, s);
            full.add(peak[1] == 0 ? s.name() + " lukket" : s.name() + " " + peak[0] + " af " + peak[1] + " pladser optaget");
            if (full.size() == 5 && otherType.size() > 5) {
                full.add((otherType.size() - 5) + " andre steder fulde");
                break;
            }
        }
        return new Reason("NO_CAPACITY", "Ingen ledig plads på " + Danish.types(types).replace(" eller ", " og ") + " i perioden "
                + Danish.span(p.start(), p.end()) + ": " + String.join(", ", full));
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
