package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.StudentRecords;
import dk.sosuhub.core.api.StudentRecords.StudentRecord;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.support.StudentSupport;
import dk.sosuhub.kpi.EarlyWarnings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The early-warning list; thresholds from the configuration {@code dk.sosuhub.kpi} (etc/dk.sosuhub.kpi.cfg). */
@Component(service = EarlyWarnings.class, configurationPid = EarlyWarningsImpl.PID)
@Designate(ocd = EarlyWarningsImpl.Config.class)
public class EarlyWarningsImpl implements EarlyWarnings {

    public static final String PID = "dk.sosuhub.kpi";

    @ObjectClassDefinition(name = "SOSU Hub key figures: early warnings")
    public @interface Config {
        @AttributeDefinition(description = "Weeks of recent sick leave looked at")
        int sickLeave_recentWeeks() default 8;

        @AttributeDefinition(description = "Recent sick-leave rate (fraction of weekdays) that flags a student by itself")
        String sickLeave_threshold() default "0.10";

        @AttributeDefinition(description = "Recent rate this many times the earlier rate counts as rising")
        String sickLeave_risingFactor() default "2";

        @AttributeDefinition(description = "A rising rate must be at least this (fraction) to flag")
        String sickLeave_risingMinimum() default "0.05";

        @AttributeDefinition(description = "Sick days in placement period 1 that flag a student")
        String firstPlacement_maxSickDays() default "5";

        @AttributeDefinition(description = "Days after a placement starts by which the expectations talk is due")
        int talks_expectationsDays() default 14;

        @AttributeDefinition(description = "Days of grace after the mid-term and final evaluations are due")
        int talks_graceDays() default 7;
    }

    private final StudentRecords records;
    private final ModuleService modules;
    private volatile WarningRules rules;

    /**
     * Modules that support students (e.g. mentoring's retention mentors), whiteboard services of the core API: each
     * warning shows whether the student has a retention mentor while such a module is there and switched on; kpi
     * imports nothing of theirs and works without any.
     */
    private final List<StudentSupport> supports = new CopyOnWriteArrayList<>();

    @Activate
    public EarlyWarningsImpl(@Reference StudentRecords records, @Reference ModuleService modules, Config config) {
        this.records = records;
        this.modules = modules;
        modified(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSupport(StudentSupport support) {
        supports.add(support);
    }

    void removeSupport(StudentSupport support) {
        supports.remove(support);
    }

    @Modified
    void modified(Config config) {
        rules = new WarningRules(thresholds(config));
    }

    static WarningRules.Thresholds thresholds(Config c) {
        WarningRules.Thresholds t = new WarningRules.Thresholds(c.sickLeave_recentWeeks(), decimal(c.sickLeave_threshold()),
                decimal(c.sickLeave_risingFactor()), decimal(c.sickLeave_risingMinimum()),
                decimal(c.firstPlacement_maxSickDays()), c.talks_expectationsDays(), c.talks_graceDays());
        if (t.recentWeeks() < 1 || t.expectationsDays() < 0 || t.graceDays() < 0) {
            throw new IllegalArgumentException("Invalid early-warning configuration " + t);
        }
        return t;
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value.strip());
    }

    @Override
    public EarlyWarningReport warnings(String municipality, LocalDate date) {
        if (date == null) {
            throw new ValidationException("date", "is required");
        }
        WarningRules current = rules;
        List<StudentRecord> enrolled = records.enrolled(municipality, date);
        List<EarlyWarning> warnings = new ArrayList<>();
        for (StudentRecord r : enrolled) {
            List<Flag> flags = current.flags(r, date);
            if (!flags.isEmpty()) {
                warnings.add(new EarlyWarning(r.student().id(), r.student().name(), r.student().programme(),
                        r.student().personalAdvisor(), StudyPeriod.phaseAt(r.plan(), date), flags));
            }
        }
        warnings.sort(Comparator.comparingInt((EarlyWarning w) -> -w.reasons().size()).thenComparingLong(EarlyWarning::studentId));
        return new EarlyWarningReport(date, enrolled.size(), withRetentionMentors(municipality, date, warnings));
    }

    /** The warnings with whether each student has (or waits for) a retention mentor, when a support module is on. */
    private List<EarlyWarning> withRetentionMentors(String municipality, LocalDate date, List<EarlyWarning> warnings) {
        List<StudentSupport> on = supports.stream().filter(s -> modules.isEnabled(municipality, s.moduleId())).toList();
        if (on.isEmpty() || warnings.isEmpty()) {
            return warnings;
        }
        List<Long> ids = warnings.stream().map(EarlyWarning::studentId).toList();
        Map<Long, StudentSupport.Status> status = new HashMap<>();
        for (StudentSupport support : on) {
            for (StudentSupport.Measure m : support.open(municipality, ids, date)) {
                if (StudentSupport.RETENTION_MENTOR.equals(m.kind())) {
                    status.merge(m.studentId(), m.status(), (a, b) -> a == StudentSupport.Status.ACTIVE ? a : b);
                }
            }
        }
        return warnings.stream().map(w -> new EarlyWarning(w.studentId(), w.name(), w.programme(), w.personalAdvisor(),
                w.phase(), w.reasons(), status.get(w.studentId()) == StudentSupport.Status.ACTIVE,
                status.get(w.studentId()) == StudentSupport.Status.REFERRED)).toList();
    }
}
