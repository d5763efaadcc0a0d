package dk.sosuhub.kpi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RatesTest {

    @Test
    void ratesAreFractionsWithFourDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("0.8378"), Rates.of(31, 37), "SSH 2022: 31 of 37 completed");
        assertEquals(new BigDecimal("0.6129"), Rates.of(19, 31), "19 of the 31 completed were hired");
        assertEquals(new BigDecimal("1.0000"), Rates.of(5, 5));
        assertEquals(new BigDecimal("0.0000"), Rates.of(0, 5));
        assertEquals(new BigDecimal("0.6667"), Rates.of(2, 3));
    }

    @Test
    void decimalPartsSuchAsHalfSickDaysKeepTheirPrecision() {
        assertEquals(new BigDecimal("0.0214"), Rates.of(new BigDecimal("5.5"), 257));
    }

    @Test
    void aRateOverNothingIsNullNotADivisionError() {
        assertNull(Rates.of(0, 0));
        assertNull(Rates.of(BigDecimal.ONE, 0));
    }
}
