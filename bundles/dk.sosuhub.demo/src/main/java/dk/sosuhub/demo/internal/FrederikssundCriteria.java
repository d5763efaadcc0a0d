package dk.sosuhub.demo.internal;

import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.SuccessCriterion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Frederikssund's success criteria from its education strategy (see the KPI section of the domain notes),
 * with the published figures as baselines.
 */
final class FrederikssundCriteria {

    private FrederikssundCriteria() {
    }

    static final List<SuccessCriterion> ALL = List.of(
            // (19 + 15) / (37 + 45) = 41.46 % of the latest completed cohorts hired; +3 percentage points by 2027
            criterion("Flere nyuddannede ansat i kommunen", KpiCode.EMPLOYMENT_RATE, null, "0.4146", "0.4446", 2027),
            // The national framework: 7 % less dropout by 2026, from the SSA 2020 and SSH 2022 cohorts' 40 % and 16.22 %
            criterion("Mindre frafald på SSA-uddannelsen", KpiCode.DROPOUT_RATE, Programme.SSA, "0.4000", "0.3720", 2026),
            criterion("Mindre frafald på SSH-uddannelsen", KpiCode.DROPOUT_RATE, Programme.SSH, "0.1622", "0.1508", 2026),
            // Students' sick leave 8.64 % in 2023; 1 percentage point lower by 2027
            criterion("Lavere sygefravær blandt elever", KpiCode.SICK_LEAVE_RATE, null, "0.0864", "0.0764", 2027),
            // Hired 2023: 11 own unskilled staff and 5 own SSH staff; at least 8 and 5 a year
            criterion("Mindst 8 egne ufaglærte i uddannelse om året", KpiCode.OWN_UNSKILLED_STAFF_HIRED, null, "11", "8", 2026),
            criterion("Mindst 5 egne SSH'ere i SSA-uddannelse om året", KpiCode.OWN_SSH_STAFF_TO_SSA, null, "5", "5", 2026),
            // The 2020–2026 agreement: at least 56 SSA and 27 SSH a year; 98 hired against 83 in 2023
            criterion("Dimensioneringsaftalen opfyldt", KpiCode.QUOTA_FULFILMENT, null, "1.1807", "1", 2026));

    private static SuccessCriterion criterion(String name, KpiCode kpi, Programme programme, String baseline,
                                              String target, int year) {
        return new SuccessCriterion(null, name, kpi, programme, new BigDecimal(baseline), new BigDecimal(target),
                LocalDate.of(year, 12, 31));
    }
}
