package dk.sosuhub.mentoring;

import java.util.List;

/**
 * A mentor of the municipality.
 *
 * @param capacity    mentees at once (active relationships), 1 to 100
 * @param site        the placement site or workplace where the mentor works (the name the plans use), or null
 * @param languages   languages the mentor speaks besides Danish, e.g. "arabisk"
 * @param competences free tags matched against students' support needs, e.g. "sprog", "psykisk"
 * @param username    the mentor's user (role mentor), who then sees their own mentees; or null
 * @param load        active mentees now (read only)
 */
public record Mentor(Long id, String name, List<Scheme> schemes, Integer capacity, String site, List<String> languages,
                     List<String> competences, Boolean active, String username, Integer load) {
}
