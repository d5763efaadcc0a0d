package dk.sosuhub.placements.internal.plan.bench;

import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.placements.internal.Rules;
import dk.sosuhub.placements.internal.plan.Geo;
import dk.sosuhub.placements.internal.plan.PlanningPeriod;
import dk.sosuhub.placements.internal.plan.PlanningProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated municipalities for the benchmark: sites of every type around a centre with realistic capacities and
 * summer closures, supervisors with competences, students in flight (SSH and SSA cohorts starting through the
 * year, nominal plans) with homes, taster sites, preferences, travel limits and support needs.
 */
public final class GeneratedMunicipality {

    static final String[] TAGS = {"sprog", "demens", "psykiatri", "palliation", "rehabilitering", "medicin"};

    public record Shape(int students, int sites, int supervisors, LocalDate from, LocalDate to, double radiusKm, GeoPoint centre) {
    }

    /** Aarhus: 1,200 students, 150 sites, 400 supervisors, three years. */
    public static Shape aarhus() {
        return new Shape(1200, 150, 400, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), 22, new GeoPoint(56.1567, 10.2108));
    }

    /** A small municipality (for the exact comparison). */
    public static Shape small(int students, int sites) {
        return new Shape(students, sites, sites + sites / 2, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 15,
                new GeoPoint(55.8396, 12.0686));
    }

    private GeneratedMunicipality() {
    }

    public static PlanningProblem generate(Shape shape, long seed) {
        Random random = new Random(seed);
        List<PlacementSite> sites = new ArrayList<>();
        for (int i = 0; i < shape.sites(); i++) {
            SiteType type = siteType(i, shape.sites());
            int capacity = switch (type) {
                case CARE_HOME -> 2 + random.nextInt(4);
                case HOME_CARE -> 2 + random.nextInt(3);
                case REHABILITATION -> 1 + random.nextInt(2);
                case DAY_CENTRE -> 1 + random.nextInt(2);
                case PSYCHIATRY -> 3 + random.nextInt(4);
                case HOSPITAL -> 5 + random.nextInt(6);
            };
            List<CapacityChange> closures = new ArrayList<>();
            for (int year = shape.from().getYear(); year <= shape.to().getYear(); year++) {
                if (!type.regional() && random.nextDouble() < 0.4) {
                    LocalDate start = LocalDate.of(year, 7, 1).plusDays(random.nextInt(14));
                    closures.add(new CapacityChange(start, start.plusDays(20), 0));
                } else if (random.nextDouble() < 0.5) {
                    LocalDate start = LocalDate.of(year, 7, 1).plusDays(random.nextInt(14));
                    closures.add(new CapacityChange(start, start.plusDays(27), Math.max(1, capacity / 2)));
                }
            }
            GeoPoint where = type.regional() ? near(shape.centre(), 4, random) : near(shape.centre(), shape.radiusKm(), random);
            sites.add(new PlacementSite((long) i + 1, "Sted " + (i + 1), type, capacity, closures, where, true));
        }
        List<Supervisor> supervisors = new ArrayList<>();
        long supervisorId = 1;
        // every site one supervisor first, then the rest where capacity is largest relative to supervisors
        int[] count = new int[sites.size()];
        for (int s = 0; s < sites.size() && supervisorId <= shape.supervisors(); s++) {
            supervisors.add(supervisor(supervisorId++, sites.get(s), random));
            count[s]++;
        }
        while (supervisorId <= shape.supervisors()) {
            int s = random.nextInt(sites.size());
            if (count[s] < sites.get(s).capacity()) {
                supervisors.add(supervisor(supervisorId++, sites.get(s), random));
                count[s]++;
            }
        }
        Map<Programme, List<PeriodRule>> rules = Rules.defaults();
        List<PlanningPeriod> periods = new ArrayList<>();
        LocalDate earliestStart = shape.from().minusMonths(9);
        long span = shape.to().toEpochDay() - 420 - earliestStart.toEpochDay();
        for (int n = 1; n <= shape.students(); n++) {
            Programme programme = random.nextDouble() < 0.5 ? Programme.SSH : Programme.SSA;
            // cohorts start on the first Monday of a month
            LocalDate start = earliestStart.plusDays((long) (random.nextDouble() * span)).withDayOfMonth(1);
            while (start.getDayOfWeek().getValue() != 1) {
                start = start.plusDays(1);
            }
            GeoPoint home = near(shape.centre(), shape.radiusKm() * 1.2, random);
            List<PlacementSite> municipalNear = sites.stream().filter(s -> !s.type().regional())
                    .sorted(Comparator.comparingDouble(s -> Geo.km(home, s.location()))).limit(12).toList();
            Long taster = random.nextDouble() < 0.85 ? municipalNear.get(random.nextInt(4)).id() : null;
            List<Long> preferred = new ArrayList<>();
            if (random.nextDouble() < 0.8) {
                int k = 1 + random.nextInt(3);
                while (preferred.size() < k) {
                    long id = municipalNear.get(random.nextInt(municipalNear.size())).id();
                    if (!preferred.contains(id)) {
                        preferred.add(id);
                    }
                }
            }
            Integer maxKm = random.nextDouble() < 0.3 ? 15 + random.nextInt(20) : null;
            List<String> needs = random.nextDouble() < 0.2 ? List.of(TAGS[random.nextInt(2)]) : List.of();
            PlacementProfile profile = new PlacementProfile((long) n, taster, preferred, home, maxKm, needs);
            for (StudyPeriod p : StudyPeriod.nominalPlan(programme, start)) {
                if (p.kind() != PeriodKind.PLACEMENT || p.startDate().isBefore(shape.from()) || p.startDate().isAfter(shape.to())) {
                    continue;
                }
                PeriodRule rule = rules.get(programme).get(p.number() - 1);
                periods.add(new PlanningPeriod(n, programme, p.number(), p.startDate(), p.endDate(), rule, profile, null, null, false));
            }
        }
        return new PlanningProblem(sites, supervisors, periods);
    }

    private static SiteType siteType(int i, int sites) {
        double f = (double) i / sites;
        return f < 0.40 ? SiteType.CARE_HOME : f < 0.67 ? SiteType.HOME_CARE : f < 0.77 ? SiteType.REHABILITATION
                : f < 0.87 ? SiteType.DAY_CENTRE : f < 0.94 ? SiteType.PSYCHIATRY : SiteType.HOSPITAL;
    }

    private static Supervisor supervisor(long id, PlacementSite site, Random random) {
        List<String> competences = new ArrayList<>();
        for (String tag : TAGS) {
            if (random.nextDouble() < 0.25) {
                competences.add(tag);
            }
        }
        return new Supervisor(id, site.id(), "Vejleder " + id, 1 + random.nextInt(2), competences, null);
    }

    /** A point at most {@code km} from the centre. */
    private static GeoPoint near(GeoPoint centre, double km, Random random) {
        double r = km * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double dLat = r * Math.cos(angle) / 111.0;
        double dLon = r * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(centre.lat())));
        return new GeoPoint(centre.lat() + dLat, centre.lon() + dLon);
    }
}
