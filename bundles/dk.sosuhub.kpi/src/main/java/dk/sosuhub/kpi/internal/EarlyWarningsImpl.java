package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.StudentRecords;
import dk.sosuhub.core.api.StudentRecords.StudentRecord;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.kpi.EarlyWarnings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    private volatile WarningRules rules;

    @Activate
    public EarlyWarningsImpl(@Reference StudentRecords records, Config config) {
        this.records = records;
        modified(config);
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
        return new EarlyWarningReport(date, enrolled.size(), warnings);
    }
}
