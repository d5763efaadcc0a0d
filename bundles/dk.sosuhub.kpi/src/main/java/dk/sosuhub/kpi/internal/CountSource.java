package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.StudentStatistics;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the municipalities' figures of a year in the database: every municipality at once (one GROUP BY
 * municipality query per count, a scan of the year's index ranges) or one municipality (its own index ranges).
 * Both give the same counts for the same records.
 */
interface CountSource {

    /** Every municipality with records; one without is absent. */
    Map<String, MunicipalityCounts> all(int year);

    MunicipalityCounts one(String municipality, int year);

    static CountSource of(StudentStatistics statistics) {
        return new CountSource() {
            @Override
            public Map<String, MunicipalityCounts> all(int year) {
                var cohorts = statistics.cohortsByMunicipality(year);
                var dropouts = statistics.dropoutsInYearByMunicipality(year);
                var hires = statistics.hiresByOriginByMunicipality(year);
                var sickLeave = statistics.sickLeaveByMunicipality(year);
                Map<String, MunicipalityCounts> all = new HashMap<>();
                for (Map<String, ?> counted : List.of(cohorts, dropouts, hires, sickLeave)) {
                    counted.keySet().forEach(m -> all.computeIfAbsent(m, code -> new MunicipalityCounts(
                            cohorts.getOrDefault(code, Map.of()), dropouts.getOrDefault(code, Map.of()),
                            hires.getOrDefault(code, Map.of()), sickLeave.getOrDefault(code, MunicipalityCounts.NONE.sickLeave()))));
                }
                return all;
            }

            @Override
            public MunicipalityCounts one(String municipality, int year) {
                Map<Programme, CohortCounts> cohorts = new EnumMap<>(Programme.class);
                for (Programme p : Programme.values()) {
                    CohortCounts c = statistics.cohort(municipality, p, year);
                    if (c.hired() > 0) {   // as in cohortsByMunicipality: a programme without hires is absent
                        cohorts.put(p, c);
                    }
                }
                return new MunicipalityCounts(cohorts, statistics.dropoutsInYear(municipality, year),
                        statistics.hiresByOrigin(municipality, year), statistics.sickLeave(municipality, year));
            }
        };
    }
}
