package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;

import java.time.LocalDate;
import java.util.List;

/** Students at risk of dropping out, each with why they were flagged. */
public interface EarlyWarnings {

    /** @param detail the specifics in Danish, e.g. "Sygefravær 12,5 % de seneste 8 uger (før 2,0 %)" */
    record Flag(WarningReason code, String label, String detail) {
    }

    /**
     * @param activeRetentionMentor   whether the student has a retention mentor (fastholdelsesmentor) whose course is
     *                                running on the date; null where no module offering retention mentors
     *                                ({@link dk.sosuhub.core.api.support.StudentSupport}) is installed and switched on
     * @param retentionMentorReferred whether the student is referred to one and waiting for the start; null likewise
     */
    record EarlyWarning(long studentId, String name, Programme programme, String personalAdvisor, String phase,
                        List<Flag> reasons, Boolean activeRetentionMentor, Boolean retentionMentorReferred) {

        /** A warning without what a support module knows. */
        public EarlyWarning(long studentId, String name, Programme programme, String personalAdvisor, String phase,
                            List<Flag> reasons) {
            this(studentId, name, programme, personalAdvisor, phase, reasons, null, null);
        }
    }

    /** @param enrolled how many students were enrolled on the date; {@code warnings} lists those flagged */
    record EarlyWarningReport(LocalDate date, int enrolled, List<EarlyWarning> warnings) {
    }

    EarlyWarningReport warnings(String municipality, LocalDate date);
}
