package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.util.Set;

/**
 * A place a period can go: a site and one of its supervisors (none when the site has no supervisors). The
 * solver's planning value.
 *
 * @param capacity the site's capacity in each {@link TimeSegment}, shared by the site's slots
 */
public record Slot(long id, PlacementSite site, Supervisor supervisor, SiteCapacity capacity, Set<String> competences) {

    public long siteId() {
        return site.id();
    }

    public Long supervisorId() {
        return supervisor == null ? null : supervisor.id();
    }

    public int siteCapacity(TimeSegment segment) {
        return capacity.at(segment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slot s && s.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Slot[" + site.id() + "/" + supervisorId() + "]";
    }
}
