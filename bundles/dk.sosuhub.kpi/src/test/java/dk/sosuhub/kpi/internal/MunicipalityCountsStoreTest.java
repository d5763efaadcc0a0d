package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.NationalKpiService.NationalKpi;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MunicipalityCountsStoreTest {

    private static final List<String> CODES = List.of("101", "250", "751", "860");
    private static final int COUNT_ALL_ABOVE = 2;

    /** The "database": hires and sick days per municipality and year, a version per municipality, and the queries asked. */
    private final Map<String, Long> hired = new HashMap<>();
    private final Map<String, BigDecimal> sickDays = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    /** What happens after a count has read the data and before it returns: another write's commit. */
    private Runnable duringCounting = () -> { };

    private final CountSource source = new CountSource() {
        @Override
        public Map<String, MunicipalityCounts> all(int year) {
            asked.add("all " + year);
            Map<String, MunicipalityCounts> all = new HashMap<>();
            hired.keySet().forEach(m -> all.put(m, counted(m)));
            duringCounting.run();
            return all;
        }

        @Override
        public MunicipalityCounts one(String municipality, int year) {
            asked.add(municipality + " " + year);
            MunicipalityCounts counts = hired.containsKey(municipality) ? counted(municipality) : MunicipalityCounts.NONE;
            duringCounting.run();
            return counts;
        }
    };

    private final MunicipalityCountsStore store = new MunicipalityCountsStore(source,
            m -> versions.getOrDefault(m, 0L), COUNT_ALL_ABOVE);

    MunicipalityCountsStoreTest() {
        hired.put("250", 37L);
        hired.put("751", 163L);
        hired.put("101", 210L);
        sickDays.put("250", new BigDecimal("10.5"));
        sickDays.put("751", new BigDecimal("90"));
        sickDays.put("101", new BigDecimal("120.5"));
    }

    private MunicipalityCounts counted(String m) {
        long h = hired.get(m);
        return new MunicipalityCounts(Map.of(Programme.SSH, new CohortCounts(h, h / 2, h / 10, h / 4, Map.of(), Map.of(), Map.of())),
                Map.of(), Map.of(Programme.SSH, Map.of(Origin.EXTERNAL, h)), new SickLeave(sickDays.get(m), h * 200));
    }

    /** A write: the data changes, then (after the commit) the version. */
    private void write(String m, long moreHired) {
        hired.merge(m, moreHired, Long::sum);
        versions.merge(m, 1L, Long::sum);
    }

    private long hiredIn(Map<String, MunicipalityCounts> counts) {
        return counts.values().stream().mapToLong(c -> c.cohorts().values().stream().mapToLong(CohortCounts::hired).sum()).sum();
    }

    @Test
    void theFirstRollUpCountsEveryMunicipalityAtOnceAndTheNextCountsNothing() {
        Map<String, MunicipalityCounts> first = store.counts(2025, CODES);
        assertEquals(List.of("all 2025"), asked);
        assertEquals(410, hiredIn(first));
        assertEquals(MunicipalityCounts.NONE, first.get("860"), "a municipality without records counts nothing");
        assertEquals(first, store.counts(2025, CODES));
        assertEquals(List.of("all 2025"), asked);
    }

    @Test
    void aWriteIsCountedAtTheNextRollUpByCountingOnlyItsMunicipality() {
        store.counts(2025, CODES);
        write("751", 5);
        Map<String, MunicipalityCounts> after = store.counts(2025, CODES);
        assertEquals(List.of("all 2025", "751 2025"), asked);
        assertEquals(415, hiredIn(after));
        assertEquals(168, after.get("751").cohorts().get(Programme.SSH).hired());
        assertEquals(counted("250"), after.get("250"));
    }

    @Test
    void writesInManyMunicipalitiesAreCountedByOneNationalCount() {
        store.counts(2025, CODES);
        write("101", 1);
        write("250", 1);
        write("751", 1);
        assertEquals(413, hiredIn(store.counts(2025, CODES)));
        assertEquals(List.of("all 2025", "all 2025"), asked);
    }

    @Test
    void eachYearIsCountedOnItsOwn() {
        store.counts(2025, CODES);
        store.counts(2024, CODES);
        store.counts(2025, CODES);
        assertEquals(List.of("all 2025", "all 2024"), asked);
    }

    @Test
    void aWriteThatCommitsWhileItsMunicipalityIsCountedIsCountedAtTheNextRollUp() {
        store.counts(2025, CODES);
        write("250", 1);
        duringCounting = () -> {
            duringCounting = () -> { };
            write("250", 1);
        };
        assertEquals(38, store.counts(2025, CODES).get("250").cohorts().get(Programme.SSH).hired(), "counted before the second write");
        assertEquals(39, store.counts(2025, CODES).get("250").cohorts().get(Programme.SSH).hired());
        assertEquals(List.of("all 2025", "250 2025", "250 2025"), asked);
    }

    @Test
    void theRollUpOfKeptCountsIsTheSumOfTheMunicipalitiesCounts() {
        List<Municipality> all = List.of(new Municipality("101", "København"), new Municipality("250", "Frederikssund"),
                new Municipality("751", "Aarhus"), new Municipality("860", "Hjørring"));
        store.counts(2025, CODES);
        write("250", 3);
        NationalKpi kept = NationalKpiServiceImpl.rollUp(2025, all, store.counts(2025, CODES), Map.of());
        Map<String, MunicipalityCounts> fresh = new HashMap<>();
        hired.keySet().forEach(m -> fresh.put(m, counted(m)));
        assertEquals(NationalKpiServiceImpl.rollUp(2025, all, fresh, Map.of()), kept);
        assertEquals(413, kept.recruitment().hired());
        assertEquals(0, new BigDecimal("221.0").compareTo(kept.sickLeave().sickDays()));
        assertEquals(40 * 200 + 163 * 200 + 210 * 200, kept.sickLeave().plannedDays());
    }

    @Test
    void onlyTheLatestYearsAreKept() {
        for (int year = 2000; year < 2000 + MunicipalityCountsStore.YEARS + 5; year++) {
            store.counts(year, CODES);
        }
        assertEquals(MunicipalityCountsStore.YEARS * CODES.size(), store.size());
        assertEquals(MunicipalityCountsStore.YEARS + 5, asked.size());
    }
}
