package dk.sosuhub.kpi;

import dk.sosuhub.kpi.KpiService.CohortKpi;
import dk.sosuhub.kpi.KpiService.DropoutKpi;
import dk.sosuhub.kpi.KpiService.QuotaKpi;
import dk.sosuhub.kpi.KpiService.RecruitmentKpi;
import dk.sosuhub.kpi.KpiService.SickLeaveKpi;

import java.math.BigDecimal;
import java.util.List;

/** The key figures of every municipality together, for platform administrators. */
public interface NationalKpiService {

    /**
     * One municipality's line in the national roll-up. {@code hired} are the students hired in the year; the
     * completion, dropout and employment rates are those of that cohort (both programmes); quota fulfilment is
     * hired / agreed minimum (both programmes), null without an agreement, and {@code quotaMet} whether every
     * programme with a minimum reached it.
     */
    record MunicipalityKpi(String code, String name, long hired, BigDecimal completionRate, BigDecimal dropoutRate,
                           BigDecimal employmentRate, BigDecimal sickLeaveRate, Integer quotaMinimum,
                           BigDecimal quotaFulfilment, Boolean quotaMet) {
    }

    /**
     * The KPIs of {@link KpiService} for {@code year} summed over all municipalities, the rates recomputed from the
     * summed counts (not averaged). The quota lines compare the summed minimums with all hires.
     */
    record NationalKpi(int year, int municipalityCount, List<CohortKpi> cohorts, DropoutKpi dropouts, QuotaKpi quota,
                       long municipalitiesWithQuota, long municipalitiesMeetingQuota, RecruitmentKpi recruitment,
                       SickLeaveKpi sickLeave, List<MunicipalityKpi> municipalities) {
    }

    NationalKpi national(int year);
}
