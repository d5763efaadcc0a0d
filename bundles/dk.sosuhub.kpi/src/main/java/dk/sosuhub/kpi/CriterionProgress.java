package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A success criterion with where its key figure stands now.
 *
 * @param label    the key figure's Danish name
 * @param current  the key figure now (null when there is nothing to compute it from)
 * @param basis    what {@code current} was computed over: a year ("2025") or cohorts ("SSH 2022, SSA 2020")
 * @param progress how far {@code current} has come from baseline to target (0 = at the baseline, 1 = at the
 *                 target, negative = moved away), 4 decimals; null without a current value or when the target is
 *                 no improvement on the baseline (a floor to stay above, such as "at least 8 a year")
 */
public record CriterionProgress(long id, String name, KpiCode kpi, String label, Programme programme,
                                BigDecimal baseline, BigDecimal target, LocalDate deadline, BigDecimal current,
                                String basis, BigDecimal progress, CriterionStatus status) {
}
