package dk.sosuhub.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates are fractions with 4 decimals; a rate over nothing is null, not an error. */
public final class Rates {

    private Rates() {
    }

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(BigDecimal part, long whole) {
        if (whole == 0) {
            return null;
        }
        return part.divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
