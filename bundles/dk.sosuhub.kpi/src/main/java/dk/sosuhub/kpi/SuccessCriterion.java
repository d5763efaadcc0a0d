package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.error.Validator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A municipality's success criterion (succeskriterium): a computed key figure, where it stood (baseline) and
 * where it should be (target) by a deadline.
 *
 * @param id        null before it is stored
 * @param programme null for both programmes together (or for figures that are not per programme)
 * @param baseline  a fraction for rates (0.4146 = 41.46 %), a number of students for counts
 */
public record SuccessCriterion(Long id, String name, KpiCode kpi, Programme programme, BigDecimal baseline,
                               BigDecimal target, LocalDate deadline) {

    static final BigDecimal MAX_VALUE = new BigDecimal("10000");

    /**
     * @return the criterion with values at 4 decimals and the name stripped
     * @throws dk.sosuhub.core.api.error.ValidationException listing every invalid field
     */
    public SuccessCriterion validated() {
        Validator v = new Validator()
                .requirePresent(name, "name")
                .require(name == null || name.strip().length() <= 200, "name", "must be at most 200 characters")
                .requirePresent(kpi, "kpi")
                .requirePresent(baseline, "baseline")
                .requirePresent(target, "target")
                .requirePresent(deadline, "deadline");
        if (kpi != null) {
            v.require(programme == null || kpi.perProgramme(), "programme", kpi + " is not per programme; leave it out");
            BigDecimal max = kpi.rate() ? BigDecimal.ONE : MAX_VALUE;
            String range = "must be between 0 and " + (kpi.rate() ? "1 (a fraction: 0.25 is 25 %)" : MAX_VALUE);
            v.require(baseline == null || (baseline.signum() >= 0 && baseline.compareTo(max) <= 0), "baseline", range);
            v.require(target == null || (target.signum() >= 0 && target.compareTo(max) <= 0), "target", range);
        }
        v.require(deadline == null || (deadline.getYear() >= 2000 && deadline.getYear() <= 2100), "deadline",
                "must be in the years 2000 to 2100");
        v.throwIfInvalid();
        return new SuccessCriterion(id, name.strip(), kpi, programme, baseline.setScale(4, RoundingMode.HALF_UP),
                target.setScale(4, RoundingMode.HALF_UP), deadline);
    }

    public SuccessCriterion withId(Long newId) {
        return new SuccessCriterion(newId, name, kpi, programme, baseline, target, deadline);
    }
}
