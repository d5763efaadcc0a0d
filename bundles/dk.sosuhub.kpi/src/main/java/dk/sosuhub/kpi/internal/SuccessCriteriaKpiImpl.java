package dk.sosuhub.kpi.internal;

import dk.sosuhub.kpi.SuccessCriteriaService;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.SuccessCriterion;
import dk.sosuhub.kpi.CriterionProgress;
import dk.sosuhub.kpi.KpiService;
import dk.sosuhub.kpi.KpiService.CohortKpi;
import dk.sosuhub.kpi.Rates;
import dk.sosuhub.kpi.SuccessCriteriaKpi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

@Component(service = SuccessCriteriaKpi.class)
public class SuccessCriteriaKpiImpl implements SuccessCriteriaKpi {

    /** How far back the latest completed cohort is looked for, as in the combined KPI. */
    static final int LOOK_BACK_YEARS = 10;

    private final SuccessCriteriaService criteria;
    private final KpiService kpis;

    @Activate
    public SuccessCriteriaKpiImpl(@Reference SuccessCriteriaService criteria, @Reference KpiService kpis) {
        this.criteria = criteria;
        this.kpis = kpis;
    }

    @Override
    public List<CriterionProgress> progress(String municipality, LocalDate date) {
        Figures figures = new Figures(municipality, date);
        return criteria.list(municipality).stream().map(c -> figures.progress(c, date)).toList();
    }

    @Override
    public CriterionProgress progress(String municipality, long id, LocalDate date) {
        return new Figures(municipality, date).progress(criteria.get(municipality, id), date);
    }

    /** The key figures of one municipality on one date, each computed once however many criteria use it. */
    private final class Figures {
        private final String municipality;
        private final int lastFullYear;
        private List<CohortKpi> cohorts;
        private KpiService.RecruitmentKpi recruitment;

        Figures(String municipality, LocalDate date) {
            this.municipality = municipality;
            this.lastFullYear = date.getYear() - 1;
        }

        CriterionProgress progress(SuccessCriterion c, LocalDate date) {
            BigDecimal current;
            String basis;
            switch (c.kpi()) {
                case COMPLETION_RATE, EMPLOYMENT_RATE, DROPOUT_RATE -> {
                    List<CohortKpi> chosen = cohorts().stream()
                            .filter(k -> c.programme() == null || k.programme() == c.programme()).toList();
                    ToLongFunction<CohortKpi> part = switch (c.kpi()) {
                        case COMPLETION_RATE -> CohortKpi::completed;
                        case EMPLOYMENT_RATE -> CohortKpi::employed;
                        default -> CohortKpi::droppedOut;
                    };
                    current = Rates.of(chosen.stream().mapToLong(part).sum(), chosen.stream().mapToLong(CohortKpi::hired).sum());
                    basis = chosen.stream().map(k -> k.programme() + " " + k.year()).collect(Collectors.joining(", "));
                }
                case INTERNAL_RECRUITMENT_SHARE, OWN_UNSKILLED_STAFF_HIRED, OWN_SSH_STAFF_TO_SSA -> {
                    KpiService.RecruitmentKpi r = recruitment();
                    current = r.hired() == 0 ? null : switch (c.kpi()) {
                        case INTERNAL_RECRUITMENT_SHARE -> r.internalRate();
                        case OWN_UNSKILLED_STAFF_HIRED -> BigDecimal.valueOf(r.ownUnskilledStaff());
                        default -> BigDecimal.valueOf(r.ownSshStaff());
                    };
                    basis = Integer.toString(lastFullYear);
                }
                case SICK_LEAVE_RATE -> {
                    current = kpis.sickLeave(municipality, lastFullYear).sickLeaveRate();
                    basis = Integer.toString(lastFullYear);
                }
                case QUOTA_FULFILMENT -> {
                    List<KpiService.QuotaLine> lines = kpis.quota(municipality, lastFullYear).programmes().stream()
                            .filter(l -> l.minimum() != null && l.minimum() > 0)
                            .filter(l -> c.programme() == null || l.programme() == c.programme()).toList();
                    current = Rates.of(lines.stream().mapToLong(KpiService.QuotaLine::hired).sum(),
                            lines.stream().mapToLong(KpiService.QuotaLine::minimum).sum());
                    basis = Integer.toString(lastFullYear);
                }
                default -> throw new IllegalStateException("No figure for " + c.kpi());
            }
            return Progress.of(c, current, basis.isEmpty() ? null : basis, date);
        }

        private List<CohortKpi> cohorts() {
            if (cohorts == null) {
                cohorts = new ArrayList<>();
                latestCompleted().forEach((programme, year) -> cohorts.add(kpis.cohort(municipality, programme, year)));
            }
            return cohorts;
        }

        /** Per programme, the latest start year up to the last full year whose students have all finished. */
        private Map<Programme, Integer> latestCompleted() {
            Map<Programme, Integer> result = new EnumMap<>(Programme.class);
            for (Programme p : Programme.values()) {
                for (int year = lastFullYear + 1; year > lastFullYear + 1 - LOOK_BACK_YEARS; year--) {
                    CohortKpi k = kpis.cohort(municipality, p, year);
                    if (k.hired() > 0 && k.active() == 0) {
                        result.put(p, year);
                        break;
                    }
                }
            }
            return result;
        }

        private KpiService.RecruitmentKpi recruitment() {
            if (recruitment == null) {
                recruitment = kpis.recruitment(municipality, lastFullYear);
            }
            return recruitment;
        }
    }
}
