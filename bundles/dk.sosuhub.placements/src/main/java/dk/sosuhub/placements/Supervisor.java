package dk.sosuhub.placements;

import java.util.List;

/**
 * A supervisor (oplæringsvejleder) at a placement site.
 *
 * @param capacity    how many students the supervisor takes at once (at least 1; usually 1 or 2)
 * @param competences free tags, e.g. {@code sprog}, {@code psykiatri}
 * @param username    the platform user (role supervisor) who is this supervisor; null when none
 */
public record Supervisor(Long id, Long siteId, String name, Integer capacity, List<String> competences, String username) {

    public Supervisor {
        competences = competences == null ? List.of() : List.copyOf(competences);
    }
}
