package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.event.StudentDataVersions;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.kpi.StudentStatistics;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.KpiService.CohortKpi;
import dk.sosuhub.kpi.KpiService.QuotaKpi;
import dk.sosuhub.kpi.KpiService.QuotaLine;
import dk.sosuhub.kpi.NationalKpiService;
import dk.sosuhub.kpi.Rates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national roll-up: each municipality's counts of the year (kept per municipality and year, counted again
 * only for a municipality whose student records changed since: {@link MunicipalityCountsStore}) are summed, and the
 * figures are built by the same functions as one municipality's, so every rate is recomputed from the summed counts.
 * The quota minimums (this module's own table) and the list of municipalities are read on every call.
 */
@Component(service = NationalKpiService.class)
public class NationalKpiServiceImpl implements NationalKpiService {

    /** Above this many municipalities to count, the national grouped queries count them all at once. */
    static final int COUNT_ALL_ABOVE = 20;

    private final QuotaService quotas;
    private final MunicipalityService municipalities;
    private final MunicipalityCountsStore counts;

    @Activate
    public NationalKpiServiceImpl(@Reference StudentStatistics statistics, @Reference QuotaService quotas,
                                  @Reference MunicipalityService municipalities, @Reference StudentDataVersions versions) {
        this.quotas = quotas;
        this.municipalities = municipalities;
        this.counts = new MunicipalityCountsStore(CountSource.of(statistics), versions::version, COUNT_ALL_ABOVE);
    }

    @Override
    public NationalKpi national(int year) {
        List<Municipality> all = municipalities.list();
        Map<String, MunicipalityCounts> byMunicipality = counts.counts(year, all.stream().map(Municipality::code).toList());
        return rollUp(year, all, byMunicipality, quotas.allQuotas());
    }

    static NationalKpi rollUp(int year, List<Municipality> all, Map<String, MunicipalityCounts> counts,
                              Map<String, Map<Programme, Integer>> minimums) {
        Map<String, Map<Programme, CohortCounts>> cohorts = new HashMap<>();
        Map<String, Map<Programme, Map<DropoutReason, Long>>> dropouts = new HashMap<>();
        Map<String, Map<Programme, Map<Origin, Long>>> hires = new HashMap<>();
        Map<String, SickLeave> sickLeave = new HashMap<>();
        counts.forEach((m, c) -> {
            cohorts.put(m, c.cohorts());
            dropouts.put(m, c.dropouts());
            hires.put(m, c.hires());
            sickLeave.put(m, c.sickLeave());
        });
        return rollUp(year, all, cohorts, dropouts, hires, sickLeave, minimums);
    }

    static NationalKpi rollUp(int year, List<Municipality> all, Map<String, Map<Programme, CohortCounts>> cohorts,
                              Map<String, Map<Programme, Map<DropoutReason, Long>>> dropouts,
                              Map<String, Map<Programme, Map<Origin, Long>>> hires, Map<String, SickLeave> sickLeave,
                              Map<String, Map<Programme, Integer>> minimums) {
        List<CohortKpi> nationalCohorts = new ArrayList<>();
        for (Programme p : Programme.values()) {
            nationalCohorts.add(KpiServiceImpl.cohortKpi(p, year, Rollup.cohorts(cohorts.values().stream()
                    .filter(m -> m.containsKey(p)).map(m -> m.get(p)).toList())));
        }
        Map<Programme, Map<Origin, Long>> nationalHires = Rollup.nested(hires.values(), () -> new EnumMap<>(Programme.class), Origin.class);
        Map<Programme, Integer> nationalMinimums = new EnumMap<>(Programme.class);
        minimums.values().forEach(m -> m.forEach((p, n) -> nationalMinimums.merge(p, n, Integer::sum)));

        List<MunicipalityKpi> rows = new ArrayList<>();
        long withQuota = 0;
        long meeting = 0;
        for (Municipality m : all) {
            MunicipalityKpi row = row(year, m, cohorts.getOrDefault(m.code(), Map.of()), hires.getOrDefault(m.code(), Map.of()),
                    sickLeave.getOrDefault(m.code(), new SickLeave(BigDecimal.ZERO, 0)), minimums.getOrDefault(m.code(), Map.of()));
            rows.add(row);
            if (row.quotaMet() != null) {
                withQuota++;
                meeting += row.quotaMet() ? 1 : 0;
            }
        }
        return new NationalKpi(year, all.size(), nationalCohorts,
                KpiServiceImpl.dropoutKpi(year, Rollup.nested(dropouts.values(), () -> new EnumMap<>(Programme.class), DropoutReason.class)),
                KpiServiceImpl.quotaKpi(year, nationalMinimums, nationalHires), withQuota, meeting,
                KpiServiceImpl.recruitmentKpi(year, nationalHires),
                KpiServiceImpl.sickLeaveKpi(year, Rollup.sickLeave(sickLeave.values())), rows);
    }

    private static MunicipalityKpi row(int year, Municipality m, Map<Programme, CohortCounts> cohorts,
                                       Map<Programme, Map<Origin, Long>> hires, SickLeave sickLeave,
                                       Map<Programme, Integer> minimums) {
        CohortCounts both = Rollup.cohorts(cohorts.values());
        QuotaKpi quota = KpiServiceImpl.quotaKpi(year, minimums, hires);
        Integer minimum = minimums.isEmpty() ? null : minimums.values().stream().mapToInt(Integer::intValue).sum();
        long hiredUnderQuota = quota.programmes().stream().filter(l -> l.minimum() != null).mapToLong(QuotaLine::hired).sum();
        Boolean met = minimums.isEmpty() ? null : quota.programmes().stream().allMatch(l -> l.met() == null || l.met());
        return new MunicipalityKpi(m.code(), m.name(), both.hired(), Rates.of(both.completed(), both.hired()),
                Rates.of(both.droppedOut(), both.hired()), Rates.of(both.employed(), both.completed()),
                Rates.of(sickLeave.sickDays(), sickLeave.plannedDays()), minimum,
                minimum == null ? null : Rates.of(hiredUnderQuota, minimum), met);
    }
}
