package dk.sosuhub.kpi.internal;

import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.kpi.SuccessCriterion;
import dk.sosuhub.kpi.CriterionProgress;
import dk.sosuhub.kpi.CriterionStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How far a criterion's key figure has come from its baseline towards its target. */
final class Progress {

    private Progress() {
    }

    static CriterionProgress of(SuccessCriterion c, BigDecimal current, String basis, LocalDate date) {
        return new CriterionProgress(c.id(), c.name(), c.kpi(), c.kpi().label(), c.programme(), c.baseline(), c.target(),
                c.deadline(), current, basis, fraction(c, current), status(c, current, date));
    }

    /** Null without a current value, or when the target is no improvement on the baseline (a floor). */
    static BigDecimal fraction(SuccessCriterion c, BigDecimal current) {
        if (current == null || !better(c.kpi(), c.target(), c.baseline())) {
            return null;
        }
        return current.subtract(c.baseline()).divide(c.target().subtract(c.baseline()), 4, RoundingMode.HALF_UP);
    }

    static CriterionStatus status(SuccessCriterion c, BigDecimal current, LocalDate date) {
        if (current == null) {
            return CriterionStatus.NO_DATA;
        }
        if (current.compareTo(c.target()) == 0 || better(c.kpi(), current, c.target())) {
            return CriterionStatus.MET;
        }
        if (date.isAfter(c.deadline())) {
            return CriterionStatus.MISSED;
        }
        return better(c.kpi(), current, c.baseline()) ? CriterionStatus.ON_TRACK : CriterionStatus.BEHIND;
    }

    /** Whether {@code a} is strictly better than {@code b} for this key figure. */
    static boolean better(KpiCode kpi, BigDecimal a, BigDecimal b) {
        int cmp = a.compareTo(b);
        return kpi.higherIsBetter() ? cmp > 0 : cmp < 0;
    }
}
