package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.NeedToKnow;
import dk.sosuhub.kpi.EarlyWarnings.EarlyWarningReport;
import dk.sosuhub.kpi.KpiService.SickLeaveBreakdown;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Optional;
import java.util.Set;

/**
 * The named students in the KPI module's answers (early warnings, sick leave by student) as one caller may see them:
 * a supervisor only their own students. Figures over many students stay whole.
 */
@Component(service = NeedToKnowFilter.class)
public class NeedToKnowFilter {

    private final NeedToKnow needToKnow;

    @Activate
    public NeedToKnowFilter(@Reference NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
    }

    public EarlyWarningReport warnings(Caller caller, String municipality, EarlyWarningReport report) {
        Optional<Set<Long>> visible = needToKnow.restrictedTo(caller, municipality);
        return visible.isEmpty() ? report : new EarlyWarningReport(report.date(), report.enrolled(),
                report.warnings().stream().filter(w -> visible.get().contains(w.studentId())).toList());
    }

    public SickLeaveBreakdown sickLeave(Caller caller, String municipality, SickLeaveBreakdown breakdown) {
        Optional<Set<Long>> visible = needToKnow.restrictedTo(caller, municipality);
        return visible.isEmpty() ? breakdown : new SickLeaveBreakdown(breakdown.year(), breakdown.byProgramme(),
                breakdown.byCohort(), breakdown.bySite(),
                breakdown.byStudent().stream().filter(s -> visible.get().contains(s.studentId())).toList());
    }
}
