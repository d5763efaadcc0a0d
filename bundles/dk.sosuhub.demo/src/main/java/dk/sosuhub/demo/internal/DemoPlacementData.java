package dk.sosuhub.demo.internal;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementPlanner;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;

/**
 * Frederikssund's placement sites with their supervisors, the demo students' placement profiles and their planned
 * placements (a proposal of the planner, accepted), through the placements module's API, while that module is
 * installed (the demo bundle imports its package dynamically). Seeded only where the municipality has no sites, so
 * changes survive restarts and reinstallations.
 */
@Component(immediate = true, service = {})
public class DemoPlacementData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlacementData.class);

    @Activate
    public DemoPlacementData(@Reference DemoData demo, @Reference PlacementService placements,
                             @Reference PlacementPlanner planner, @Reference StudentService students) {
        if (!placements.sites("250").isEmpty()) {
            return;
        }
        int summer = Denmark.today().getYear();
        PlacementSite tolvkarlen = site(placements, "Plejecentret Tolvkarlen", SiteType.CARE_HOME, 4,
                List.of(new CapacityChange(LocalDate.of(summer, 7, 6), LocalDate.of(summer, 7, 26), 0)),
                new GeoPoint(55.8396, 12.0689));
        supervisor(placements, tolvkarlen, "Hanne Vejleder", 2, List.of("sprog", "demens"));
        supervisor(placements, tolvkarlen, "Peter Lund", 1, List.of("palliation"));
        PlacementSite hjemmeplejeSyd = site(placements, "Hjemmeplejen Syd", SiteType.HOME_CARE, 3, List.of(),
                new GeoPoint(55.8281, 12.0623));
        supervisor(placements, hjemmeplejeSyd, "Karin Sørensen", 2, List.of("sprog", "medicin"));
        PlacementSite slangerup = site(placements, "Hjemmeplejen Slangerup", SiteType.HOME_CARE, 2, List.of(),
                new GeoPoint(55.8497, 12.1806));
        supervisor(placements, slangerup, "Jens Østergaard", 1, List.of("rehabilitering"));
        PlacementSite traening = site(placements, "Sundhedscenter Frederikssund, genoptræning", SiteType.REHABILITATION, 2,
                List.of(), new GeoPoint(55.8362, 12.0654));
        supervisor(placements, traening, "Ane Bæk", 2, List.of("rehabilitering", "sprog"));
        PlacementSite dagcenter = site(placements, "Dagcentret Skovhuset", SiteType.DAY_CENTRE, 1, List.of(),
                new GeoPoint(55.8000, 12.0500));
        supervisor(placements, dagcenter, "Lise Holm", 1, List.of("demens"));
        PlacementSite psykiatri = site(placements, "Psykiatrisk Center Nordsjælland, Frederikssund", SiteType.PSYCHIATRY, 2,
                List.of(), new GeoPoint(55.8420, 12.0750));
        supervisor(placements, psykiatri, "Morten Kjær", 2, List.of("psykiatri"));
        PlacementSite hospital = site(placements, "Nordsjællands Hospital, Frederikssund", SiteType.HOSPITAL, 3, List.of(),
                new GeoPoint(55.8395, 12.0712));
        supervisor(placements, hospital, "Camilla Friis", 2, List.of("medicin", "akut"));

        GeoPoint frederikssund = new GeoPoint(55.8380, 12.0650);
        profile(placements, students, "Mette Hansen", tolvkarlen.id(), List.of(tolvkarlen.id(), hjemmeplejeSyd.id()),
                frederikssund, 25, List.of());
        profile(placements, students, "Ali Yilmaz", null, List.of(hjemmeplejeSyd.id(), traening.id()), frederikssund, 20,
                List.of("sprog"));
        profile(placements, students, "Sofie Kristensen", traening.id(), List.of(), new GeoPoint(55.8100, 12.0400), null,
                List.of());
        profile(placements, students, "Jonas Pedersen", null, List.of(slangerup.id()), new GeoPoint(55.8500, 12.1700), 15,
                List.of());
        Thread planning = new Thread(() -> DemoWrites.inTurn(() -> plan(planner)), "sosuhub-demo-placements");
        planning.setDaemon(true);
        planning.start();
    }

    /**
     * The demo students' placement periods get sites: a proposal for all of them, accepted. Runs on its own thread,
     * off the platform's start, as the planner searches for a few seconds.
     */
    private static void plan(PlacementPlanner planner) {
        try {
            LocalDate from = LocalDate.of(2024, 1, 1);
            planner.accept("250", planner.propose("250", from, from.plusYears(3).plusMonths(11)));
            LOG.info("Demo data: {} placement periods planned in Frederikssund", planner.placedPeriods("250"));
        } catch (RuntimeException e) {
            LOG.warn("Demo data: the demo students' placements could not be planned", e);
        }
    }

    private static void profile(PlacementService placements, StudentService students, String name, Long taster,
                                List<Long> preferred, GeoPoint home, Integer maxTravelKm, List<String> needs) {
        students.list("250", StudentService.Query.all()).stream().filter(s -> name.equals(s.name())).findFirst()
                .ifPresent(s -> placements.setProfile("250", s.id(), new PlacementProfile(s.id(), taster, preferred, home, maxTravelKm,
                        needs)));
    }

    private static PlacementSite site(PlacementService placements, String name, SiteType type, int capacity,
                                      List<CapacityChange> changes, GeoPoint location) {
        return placements.createSite("250", new PlacementSite(null, name, type, capacity, changes, location, true));
    }

    private static void supervisor(PlacementService placements, PlacementSite site, String name, int capacity,
                                   List<String> competences) {
        placements.createSupervisor("250", site.id(), new Supervisor(null, site.id(), name, capacity, competences, null));
    }
}
