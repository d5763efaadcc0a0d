package dk.sosuhub.placements.internal;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.core.api.error.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksTest {

    private static final LocalDate JULY_6 = LocalDate.of(2026, 7, 6);

    @Test
    void aCompleteSiteIsValidAndActiveByDefault() {
        PlacementSite site = new PlacementSite(null, " Tolvkarlen ", SiteType.CARE_HOME, 4,
                List.of(new CapacityChange(JULY_6.plusWeeks(5), JULY_6.plusWeeks(6), 1), new CapacityChange(JULY_6, JULY_6.plusWeeks(3), 0)),
                new GeoPoint(55.84, 12.07), null);
        assertTrue(Checks.site(site).ok());
        PlacementSite n = Checks.normalised(site);
        assertEquals("Tolvkarlen", n.name());
        assertEquals(Boolean.TRUE, n.active());
        assertEquals(JULY_6, n.capacityChanges().get(0).from());
        assertEquals(4, n.capacityOn(JULY_6.minusDays(1)));
        assertEquals(0, n.capacityOn(JULY_6));
        assertEquals(0, n.capacityOn(JULY_6.plusWeeks(3)));
        assertEquals(1, n.capacityOn(JULY_6.plusWeeks(5)));
        assertEquals(0, new PlacementSite(1L, "x", SiteType.HOSPITAL, 3, null, null, false).capacityOn(JULY_6));
    }

    @Test
    void everyInvalidSiteFieldIsNamed() {
        PlacementSite site = new PlacementSite(null, " ", null, -1, List.of(
                new CapacityChange(JULY_6, JULY_6.minusDays(1), 0),
                new CapacityChange(null, JULY_6, -2)),
                new GeoPoint(91.0, -181.0), true);
        assertEquals(List.of("name", "type", "capacity", "location.lat", "location.lon", "capacityChanges[0].to",
                "capacityChanges[1].from", "capacityChanges[1].capacity"), fields(Checks.site(site)));
    }

    @Test
    void overlappingCapacityChangesAreRefused() {
        PlacementSite site = new PlacementSite(null, "Hjemmeplejen", SiteType.HOME_CARE, 2, List.of(
                new CapacityChange(JULY_6, JULY_6.plusDays(20), 0),
                new CapacityChange(JULY_6.plusDays(30), JULY_6.plusDays(40), 1),
                new CapacityChange(JULY_6.plusDays(20), JULY_6.plusDays(25), 1)), null, true);
        assertEquals(List.of("capacityChanges[2]"), fields(Checks.site(site)));
        PlacementSite touching = new PlacementSite(null, "Hjemmeplejen", SiteType.HOME_CARE, 2, List.of(
                new CapacityChange(JULY_6, JULY_6.plusDays(20), 0),
                new CapacityChange(JULY_6.plusDays(21), JULY_6.plusDays(25), 1)), null, true);
        assertTrue(Checks.site(touching).ok());
    }

    @Test
    void supervisorsTakeAtLeastOneStudentAndTagsAreTags() {
        assertTrue(Checks.supervisor(new Supervisor(null, 1L, "Hanne", 2, List.of("sprog", "psykiatri"), null)).ok());
        assertEquals(List.of("name", "capacity", "competences[1]", "username"), fields(Checks.supervisor(
                new Supervisor(null, 1L, null, 0, Arrays.asList("sprog", " "), " "))));
        assertEquals(List.of("sprog", "demens"), Checks.tags(List.of(" sprog", "demens", "sprog ")));
        assertEquals(List.of("competences[0]"), fields(Checks.supervisor(
                new Supervisor(null, 1L, "Ole", 1, List.of("x".repeat(51)), null))));
    }

    @Test
    void profileFields() {
        assertTrue(Checks.profile(new PlacementProfile(1L, 2L, List.of(3L, 4L), new GeoPoint(55.8, 12.1), 25, List.of("sprog"))).ok());
        assertEquals(List.of("location.lon", "maxTravelKm", "preferredSiteIds[2]"), fields(Checks.profile(
                new PlacementProfile(1L, null, List.of(3L, 4L, 3L), new GeoPoint(55.8, Double.NaN), -1, null))));
    }

    @Test
    void theValidatorThrowsEveryError() {
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.supervisor(
                new Supervisor(null, null, "", null, null, null)).throwIfInvalid());
        assertEquals(2, e.errors().size());
    }

    private static List<String> fields(Validator v) {
        try {
            v.throwIfInvalid();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(ValidationException.FieldError::field).toList();
        }
    }
}
