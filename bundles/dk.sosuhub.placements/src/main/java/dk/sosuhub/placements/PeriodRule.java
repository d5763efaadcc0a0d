package dk.sosuhub.placements;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sites one placement period of a programme may use.
 *
 * @param period            the placement period, from 1 (SSH has 2, SSA has 4)
 * @param siteTypes         the site types allowed
 * @param differentTypeFrom earlier periods whose site type this period's site must differ from
 */
public record PeriodRule(Integer period, Set<SiteType> siteTypes, List<Integer> differentTypeFrom) {

    public PeriodRule {
        siteTypes = siteTypes == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(siteTypes));
        differentTypeFrom = differentTypeFrom == null ? List.of() : List.copyOf(differentTypeFrom);
    }
}
