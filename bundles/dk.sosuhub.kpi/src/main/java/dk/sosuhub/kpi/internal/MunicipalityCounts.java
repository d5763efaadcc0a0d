package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/**
 * One municipality's counts of one year that the national roll-up sums: its cohorts (only programmes with hires),
 * dropouts dated in the year, hires by origin, sick days and planned days. Counts, never rates.
 */
record MunicipalityCounts(Map<Programme, CohortCounts> cohorts, Map<Programme, Map<DropoutReason, Long>> dropouts,
                          Map<Programme, Map<Origin, Long>> hires, SickLeave sickLeave) {

    static final MunicipalityCounts NONE = new MunicipalityCounts(Map.of(), Map.of(), Map.of(),
            new SickLeave(BigDecimal.ZERO, 0));

    /** Kept between requests and read by several at once: the outer maps are read-only views, and nobody changes the inner ones. */
    MunicipalityCounts {
        cohorts = Collections.unmodifiableMap(cohorts);
        dropouts = Collections.unmodifiableMap(dropouts);
        hires = Collections.unmodifiableMap(hires);
    }
}
