package dk.sosuhub.demo.internal;

import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Frederikssund's placement sites with their supervisors, through the placements module's API, while that
 * module is installed (the demo bundle imports its package optionally). Seeded only where the municipality has
 * no sites, so changes survive restarts and reinstallations.
 */
@Component(immediate = true, service = {})
public class DemoPlacementData {

    @Activate
    public DemoPlacementData(@Reference DemoData demo, @Reference PlacementService placements) {
        if (!placements.sites("250").isEmpty()) {
            return;
        }
        int summer = Year.now().getValue();
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
