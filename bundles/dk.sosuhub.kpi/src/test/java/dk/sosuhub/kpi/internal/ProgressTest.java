package dk.sosuhub.kpi.internal;

import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.kpi.SuccessCriterion;
import dk.sosuhub.kpi.CriterionStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgressTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 1);
    private static final LocalDate AFTER = LocalDate.of(2028, 1, 1);

    private static SuccessCriterion criterion(KpiCode kpi, String baseline, String target) {
        return new SuccessCriterion(1L, "x", kpi, null, new BigDecimal(baseline), new BigDecimal(target),
                LocalDate.of(2027, 12, 31)).validated();
    }

    @Test
    void hiringRateOnItsWayFrom41Point46To44Point46() {
        SuccessCriterion c = criterion(KpiCode.EMPLOYMENT_RATE, "0.4146", "0.4446");
        assertEquals(new BigDecimal("0.5000"), Progress.fraction(c, new BigDecimal("0.4296")));
        assertEquals(CriterionStatus.ON_TRACK, Progress.status(c, new BigDecimal("0.4296"), BEFORE));
        assertEquals(CriterionStatus.MET, Progress.status(c, new BigDecimal("0.4446"), BEFORE));
        assertEquals(CriterionStatus.BEHIND, Progress.status(c, new BigDecimal("0.4146"), BEFORE));
        assertEquals(new BigDecimal("-1.0000"), Progress.fraction(c, new BigDecimal("0.3846")));
        assertEquals(CriterionStatus.MISSED, Progress.status(c, new BigDecimal("0.4296"), AFTER));
        assertEquals(CriterionStatus.MET, Progress.status(c, new BigDecimal("0.5"), AFTER));
    }

    @Test
    void lowerIsBetterForSickLeave() {
        SuccessCriterion c = criterion(KpiCode.SICK_LEAVE_RATE, "0.0864", "0.0764");
        assertEquals(new BigDecimal("0.6400"), Progress.fraction(c, new BigDecimal("0.0800")));
        assertEquals(CriterionStatus.ON_TRACK, Progress.status(c, new BigDecimal("0.0800"), BEFORE));
        assertEquals(CriterionStatus.BEHIND, Progress.status(c, new BigDecimal("0.0900"), BEFORE));
        assertEquals(CriterionStatus.MET, Progress.status(c, new BigDecimal("0.0700"), BEFORE));
    }

    @Test
    void aFloorHasNoProgressButIsMetOrNot() {
        SuccessCriterion c = criterion(KpiCode.OWN_UNSKILLED_STAFF_HIRED, "11", "8");
        assertNull(Progress.fraction(c, new BigDecimal("9")));
        assertEquals(CriterionStatus.MET, Progress.status(c, new BigDecimal("8"), BEFORE));
        assertEquals(CriterionStatus.BEHIND, Progress.status(c, new BigDecimal("7"), BEFORE));
    }

    @Test
    void noCurrentValueIsNoData() {
        SuccessCriterion c = criterion(KpiCode.DROPOUT_RATE, "0.4", "0.372");
        assertNull(Progress.fraction(c, null));
        assertEquals(CriterionStatus.NO_DATA, Progress.status(c, null, AFTER));
    }
}
