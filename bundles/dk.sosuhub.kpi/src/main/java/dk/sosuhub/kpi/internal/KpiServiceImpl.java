package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.kpi.StudentStatistics;
import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.KpiService;
import dk.sosuhub.kpi.Rates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Component(service = KpiService.class)
public class KpiServiceImpl implements KpiService {

    /** How far back the latest completed cohort is looked for. */
    static final int LOOK_BACK_YEARS = 10;

    private final StudentStatistics statistics;
    private final QuotaService quotas;
    private final Clock clock;

    @Activate
    public KpiServiceImpl(@Reference StudentStatistics statistics, @Reference QuotaService quotas) {
        this(statistics, quotas, Denmark.CLOCK);
    }

    KpiServiceImpl(StudentStatistics statistics, QuotaService quotas, Clock clock) {
        this.statistics = statistics;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Override
    public CohortKpi cohort(String municipality, Programme programme, int year) {
        return cohortKpi(programme, year, statistics.cohort(municipality, programme, year));
    }

    /** The rates of a cohort from its counts (of one municipality, or summed over several). */
    static CohortKpi cohortKpi(Programme programme, int year, CohortCounts c) {
        return new CohortKpi(programme, year, c.hired(), c.completed(), Rates.of(c.completed(), c.hired()),
                c.droppedOut(), Rates.of(c.droppedOut(), c.hired()), c.hired() - c.completed() - c.droppedOut(),
                c.employed(), Rates.of(c.employed(), c.completed()), Rates.of(c.employed(), c.hired()),
                c.employedByUnitType(), c.dropoutByReason(), c.dropoutByPhase());
    }

    @Override
    public DropoutKpi dropouts(String municipality, int year) {
        return dropoutKpi(year, statistics.dropoutsInYear(municipality, year));
    }

    static DropoutKpi dropoutKpi(int year, Map<Programme, Map<DropoutReason, Long>> byReason) {
        Map<Programme, Long> total = new EnumMap<>(Programme.class);
        for (Programme p : Programme.values()) {
            byReason.computeIfAbsent(p, x -> new EnumMap<>(DropoutReason.class));
            total.put(p, byReason.get(p).values().stream().mapToLong(Long::longValue).sum());
        }
        return new DropoutKpi(year, total, byReason);
    }

    @Override
    public CombinedKpi combined(String municipality, Map<Programme, Integer> cohorts) {
        Map<Programme, Integer> chosen = cohorts.isEmpty() ? latestCompleted(municipality) : cohorts;
        List<CohortKpi> list = new ArrayList<>();
        chosen.forEach((programme, year) -> list.add(cohort(municipality, programme, year)));
        long hired = list.stream().mapToLong(CohortKpi::hired).sum();
        long employed = list.stream().mapToLong(CohortKpi::employed).sum();
        return new CombinedKpi(list, hired, employed, Rates.of(employed, hired));
    }

    /** Per programme, the latest start year whose students have all completed or dropped out. */
    private Map<Programme, Integer> latestCompleted(String municipality) {
        Map<Programme, Integer> result = new EnumMap<>(Programme.class);
        int thisYear = LocalDate.now(clock).getYear();
        for (Programme p : Programme.values()) {
            for (int year = thisYear; year > thisYear - LOOK_BACK_YEARS; year--) {
                CohortCounts c = statistics.cohort(municipality, p, year);
                if (c.hired() > 0 && c.completed() + c.droppedOut() == c.hired()) {
                    result.put(p, year);
                    break;
                }
            }
        }
        return result;
    }

    @Override
    public QuotaKpi quota(String municipality, int year) {
        return quotaKpi(year, quotas.quota(municipality), statistics.hiresByOrigin(municipality, year));
    }

    static QuotaKpi quotaKpi(int year, Map<Programme, Integer> minimums, Map<Programme, Map<Origin, Long>> hires) {
        List<QuotaLine> lines = new ArrayList<>();
        for (Programme p : Programme.values()) {
            long hired = hires.getOrDefault(p, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            Integer minimum = minimums.get(p);
            lines.add(new QuotaLine(p, minimum, hired, minimum == null ? null : hired >= minimum));
        }
        return new QuotaKpi(year, lines);
    }

    @Override
    public RecruitmentKpi recruitment(String municipality, int year) {
        return recruitmentKpi(year, statistics.hiresByOrigin(municipality, year));
    }

    static RecruitmentKpi recruitmentKpi(int year, Map<Programme, Map<Origin, Long>> hires) {
        Map<Origin, Long> byOrigin = new EnumMap<>(Origin.class);
        hires.values()
                .forEach(m -> m.forEach((origin, n) -> byOrigin.merge(origin, n, Long::sum)));
        long hired = byOrigin.values().stream().mapToLong(Long::longValue).sum();
        long unskilled = byOrigin.getOrDefault(Origin.OWN_UNSKILLED_STAFF, 0L);
        long ssh = byOrigin.getOrDefault(Origin.OWN_SSH_STAFF, 0L);
        return new RecruitmentKpi(year, hired, unskilled, ssh, Rates.of(unskilled + ssh, hired),
                Rates.of(unskilled, hired), Rates.of(ssh, hired));
    }

    @Override
    public SickLeaveKpi sickLeave(String municipality, int year) {
        return sickLeaveKpi(year, statistics.sickLeave(municipality, year));
    }

    @Override
    public SickLeaveBreakdown sickLeaveBreakdown(String municipality, int year) {
        Map<Programme, StudentStatistics.SickLeave> byProgramme = new EnumMap<>(Programme.class);
        Map<String, StudentStatistics.SickLeave> byCohort = new TreeMap<>();
        Map<String, StudentStatistics.SickLeave> bySite = new TreeMap<>();
        List<StudentSickLeaveKpi> byStudent = new ArrayList<>();
        for (StudentStatistics.StudentSickLeave s : statistics.sickLeaveByStudent(municipality, year)) {
            byProgramme.merge(s.programme(), s.total(), KpiServiceImpl::sum);
            byCohort.merge(s.programme() + "-" + s.startYear(), s.total(), KpiServiceImpl::sum);
            s.bySite().forEach((site, part) -> bySite.merge(site, part, KpiServiceImpl::sum));
            Map<String, SickLeaveShare> sites = new TreeMap<>();
            s.bySite().forEach((site, part) -> sites.put(site, share(part)));
            byStudent.add(new StudentSickLeaveKpi(s.studentId(), s.name(), s.programme(), s.startYear(),
                    s.total().sickDays(), s.total().plannedDays(), share(s.total()).sickLeaveRate(), sites));
        }
        Map<Programme, SickLeaveShare> programmes = new EnumMap<>(Programme.class);
        byProgramme.forEach((p, part) -> programmes.put(p, share(part)));
        Map<String, SickLeaveShare> cohorts = new TreeMap<>();
        byCohort.forEach((c, part) -> cohorts.put(c, share(part)));
        Map<String, SickLeaveShare> sites = new TreeMap<>();
        bySite.forEach((site, part) -> sites.put(site, share(part)));
        return new SickLeaveBreakdown(year, programmes, cohorts, sites, byStudent);
    }

    private static StudentStatistics.SickLeave sum(StudentStatistics.SickLeave a, StudentStatistics.SickLeave b) {
        return new StudentStatistics.SickLeave(a.sickDays().add(b.sickDays()), a.plannedDays() + b.plannedDays());
    }

    private static SickLeaveShare share(StudentStatistics.SickLeave s) {
        return new SickLeaveShare(s.sickDays(), s.plannedDays(), Rates.of(s.sickDays(), s.plannedDays()));
    }

    static SickLeaveKpi sickLeaveKpi(int year, StudentStatistics.SickLeave s) {
        return new SickLeaveKpi(year, s.sickDays(), s.plannedDays(), Rates.of(s.sickDays(), s.plannedDays()));
    }

    @Override
    public KpiReport report(String municipality, int year) {
        List<CohortKpi> cohorts = new ArrayList<>();
        for (Programme p : Programme.values()) {
            cohorts.add(cohort(municipality, p, year));
        }
        return new KpiReport(municipality, year, cohorts, combined(municipality, Map.of()), dropouts(municipality, year),
                quota(municipality, year), recruitment(municipality, year), sickLeave(municipality, year));
    }
}
