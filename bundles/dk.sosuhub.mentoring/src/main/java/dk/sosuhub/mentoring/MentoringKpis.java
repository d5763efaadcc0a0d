package dk.sosuhub.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Key figures of the relationships referred in the period (all schemes unless one is given).
 *
 * @param referred         relationships referred in the period
 * @param started          of those, started (active or closed)
 * @param closed           of those, closed
 * @param successful       of those, closed as FUNCTIONING_WELL or GRADUATED
 * @param successRate      successful / closed, 4 decimals; null when none closed
 * @param activeNow        of those, active today
 * @param meanWeeksToStart mean weeks from referral to start of the started ones, 1 decimal; null when none started
 * @param retention        the dropout rate of students with and without a retention mentor in the same cohorts
 */
public record MentoringKpis(Scheme scheme, LocalDate from, LocalDate to, int referred, int started, int closed,
                            int successful, BigDecimal successRate, int activeNow, BigDecimal meanWeeksToStart,
                            RetentionComparison retention) {

    /**
     * Students whose retention-mentor course started (referred in the period) against the other students of the
     * same cohorts (programme and start year), from the student register.
     *
     * @param cohorts e.g. "SSA 2022"
     */
    public record RetentionComparison(List<String> cohorts, int withMentor, int withMentorDroppedOut,
                                      BigDecimal dropoutRateWithMentor, int withoutMentor, int withoutMentorDroppedOut,
                                      BigDecimal dropoutRateWithoutMentor) {
    }
}
