package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;

import java.time.LocalDate;
import java.util.List;

/** Students at risk of dropping out, each with why they were flagged. */
public interface EarlyWarnings {

    /** @param detail the specifics in Danish, e.g. "Sygefravær 12,5 % de seneste 8 uger (før 2,0 %)" */
    record Flag(WarningReason code, String label, String detail) {
    }

    record EarlyWarning(long studentId, String name, Programme programme, String personalAdvisor, String phase,
                        List<Flag> reasons) {
    }

    /** @param enrolled how many students were enrolled on the date; {@code warnings} lists those flagged */
    record EarlyWarningReport(LocalDate date, int enrolled, List<EarlyWarning> warnings) {
    }

    EarlyWarningReport warnings(String municipality, LocalDate date);
}
