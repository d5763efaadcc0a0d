package dk.sosuhub.placements;

import dk.sosuhub.core.api.model.Programme;

import java.util.List;
import java.util.Map;

/**
 * The placements module's data. Every method takes the municipality code and sees only that municipality's
 * sites, supervisors and profiles: an id of another municipality is not found. Invalid input throws a
 * {@link dk.sosuhub.core.api.error.ValidationException} naming every invalid field, and changes nothing.
 */
public interface PlacementService {

    List<PlacementSite> sites(String municipality);

    /** @throws dk.sosuhub.core.api.error.NotFoundException unless the site is the municipality's */
    PlacementSite site(String municipality, long id);

    PlacementSite createSite(String municipality, PlacementSite site);

    PlacementSite updateSite(String municipality, long id, PlacementSite site);

    /**
     * Deletes a site with its capacity changes.
     *
     * @throws dk.sosuhub.core.api.error.ConflictException while it has supervisors or a placement profile names it
     */
    void deleteSite(String municipality, long id);

    List<Supervisor> supervisors(String municipality, long siteId);

    /** Every supervisor of the municipality, by site. */
    List<Supervisor> allSupervisors(String municipality);

    Supervisor supervisor(String municipality, long id);

    Supervisor createSupervisor(String municipality, long siteId, Supervisor supervisor);

    /** Replaces name, capacity, competences and username; the site stays. */
    Supervisor updateSupervisor(String municipality, long id, Supervisor supervisor);

    void deleteSupervisor(String municipality, long id);

    /** The student's profile; an empty one when never set. The student must be the municipality's. */
    PlacementProfile profile(String municipality, long studentId);

    PlacementProfile setProfile(String municipality, long studentId, PlacementProfile profile);

    /** The municipality's rules of both programmes, the defaults where never set. */
    Map<Programme, List<PeriodRule>> rules(String municipality);

    /** Replaces the rules of each programme given; a programme left out keeps its rules. */
    Map<Programme, List<PeriodRule>> setRules(String municipality, Map<Programme, List<PeriodRule>> rules);
}
