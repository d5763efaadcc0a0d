package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SuccessCriterionTest {

    @Test
    void valuesAreKeptAtFourDecimals() {
        SuccessCriterion c = new SuccessCriterion(null, " Flere ansat ", KpiCode.EMPLOYMENT_RATE, null,
                new BigDecimal("0.4146"), new BigDecimal("0.44463"), LocalDate.of(2027, 12, 31)).validated();
        assertEquals("Flere ansat", c.name());
        assertEquals(new BigDecimal("0.4446"), c.target());
    }

    @Test
    void ratesAreFractionsAndSomeFiguresAreNotPerProgramme() {
        ValidationException e = assertThrows(ValidationException.class, () -> new SuccessCriterion(null, "x",
                KpiCode.SICK_LEAVE_RATE, Programme.SSA, new BigDecimal("8.64"), new BigDecimal("-1"), null).validated());
        assertEquals(List.of("deadline", "programme", "baseline", "target"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        new SuccessCriterion(null, "x", KpiCode.OWN_UNSKILLED_STAFF_HIRED, null, new BigDecimal("11"),
                new BigDecimal("8"), LocalDate.of(2026, 12, 31)).validated();
    }

    @Test
    void everythingMissingIsListed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new SuccessCriterion(null, null, null, null, null, null, null).validated());
        assertEquals(List.of("name", "kpi", "baseline", "target", "deadline"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
    }
}
