package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.StudentStatistics;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One municipality counted on its own gives what the national count gives for it. */
class CountSourceTest {

    private static final CohortCounts SSH_250 = new CohortCounts(4, 3, 1, 2, Map.of(), Map.of(DropoutReason.MOVED, 1L),
            Map.of("BASIC", 1L));
    private static final CohortCounts SSA_751 = new CohortCounts(6, 2, 4, 1, Map.of(), Map.of(), Map.of());

    /** A register of two municipalities (hires only in one programme each) and a third with sick days only. */
    private final StudentStatistics statistics = new StudentStatistics() {
        private final Map<String, Map<Programme, CohortCounts>> cohorts = Map.of(
                "250", Map.of(Programme.SSH, SSH_250), "751", Map.of(Programme.SSA, SSA_751));
        private final Map<String, Map<Programme, Map<DropoutReason, Long>>> dropouts = Map.of(
                "250", Map.of(Programme.SSH, Map.of(DropoutReason.MOVED, 1L)));
        private final Map<String, Map<Programme, Map<Origin, Long>>> hires = Map.of(
                "250", Map.of(Programme.SSH, Map.of(Origin.EXTERNAL, 4L)), "751", Map.of(Programme.SSA, Map.of(Origin.EXTERNAL, 6L)));
        private final Map<String, SickLeave> sick = Map.of("250", new SickLeave(new BigDecimal("2.0"), 400),
                "751", new SickLeave(new BigDecimal("3.0"), 600), "101", new SickLeave(new BigDecimal("1.5"), 0));

        @Override
        public CohortCounts cohort(String municipality, Programme programme, int year) {
            return cohorts.getOrDefault(municipality, Map.of()).getOrDefault(programme,
                    new CohortCounts(0, 0, 0, 0, Map.of(), Map.of(), Map.of()));
        }

        @Override
        public Map<Programme, Map<DropoutReason, Long>> dropoutsInYear(String municipality, int year) {
            return dropouts.getOrDefault(municipality, new EnumMap<>(Programme.class));
        }

        @Override
        public Map<Programme, Map<Origin, Long>> hiresByOrigin(String municipality, int year) {
            return hires.getOrDefault(municipality, new EnumMap<>(Programme.class));
        }

        @Override
        public SickLeave sickLeave(String municipality, int year) {
            return sick.getOrDefault(municipality, new SickLeave(BigDecimal.ZERO, 0));
        }

        @Override
        public List<StudentSickLeave> sickLeaveByStudent(String municipality, int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Map<Programme, CohortCounts>> cohortsByMunicipality(int year) {
            return new TreeMap<>(cohorts);
        }

        @Override
        public Map<String, Map<Programme, Map<DropoutReason, Long>>> dropoutsInYearByMunicipality(int year) {
            return new TreeMap<>(dropouts);
        }

        @Override
        public Map<String, Map<Programme, Map<Origin, Long>>> hiresByOriginByMunicipality(int year) {
            return new TreeMap<>(hires);
        }

        @Override
        public Map<String, SickLeave> sickLeaveByMunicipality(int year) {
            return new TreeMap<>(sick);
        }
    };

    private final CountSource source = CountSource.of(statistics);

    @Test
    void eachMunicipalityCountedOnItsOwnIsWhatTheNationalCountSays() {
        Map<String, MunicipalityCounts> all = source.all(2016);
        assertEquals(List.of("101", "250", "751"), all.keySet().stream().sorted().toList());
        for (String m : List.of("101", "250", "751")) {
            assertEquals(all.get(m), source.one(m, 2016), m);
        }
        assertEquals(Map.of(Programme.SSH, SSH_250), source.one("250", 2016).cohorts(), "no SSA cohort without SSA hires");
        assertEquals(MunicipalityCounts.NONE, source.one("860", 2016));
    }
}
