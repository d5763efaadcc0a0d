package dk.sosuhub.kpi.internal;

import dk.sosuhub.kpi.StudentStatistics.CohortCounts;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.kpi.KpiService.CohortKpi;
import dk.sosuhub.kpi.KpiService.QuotaLine;
import dk.sosuhub.kpi.NationalKpiService.MunicipalityKpi;
import dk.sosuhub.kpi.NationalKpiService.NationalKpi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalRollupTest {

    private static final List<Municipality> ALL = List.of(new Municipality("250", "Frederikssund"),
            new Municipality("751", "Aarhus"), new Municipality("101", "København"));

    /** Frederikssund's published SSH 2022 cohort and a made-up larger Aarhus one. */
    private static NationalKpi rollUp() {
        CohortCounts frederikssund = new CohortCounts(37, 31, 6, 19,
                Map.of(UnitType.HOME_CARE, 7L, UnitType.CARE_HOME, 7L, UnitType.SSA_STUDENT, 5L),
                Map.of(DropoutReason.ACADEMIC_DEMANDS, 2L, DropoutReason.OTHER, 4L), Map.of("BASIC", 6L));
        CohortCounts aarhus = new CohortCounts(163, 109, 34, 81, Map.of(UnitType.HOME_CARE, 81L),
                Map.of(DropoutReason.ACADEMIC_DEMANDS, 34L), Map.of("BASIC", 20L, "PLACEMENT_1", 14L));
        Map<String, Map<Programme, CohortCounts>> cohorts = Map.of(
                "250", Map.of(Programme.SSH, frederikssund), "751", Map.of(Programme.SSH, aarhus));
        Map<String, Map<Programme, Map<DropoutReason, Long>>> dropouts = Map.of(
                "250", Map.of(Programme.SSA, Map.of(DropoutReason.ABSENCE, 4L)),
                "751", Map.of(Programme.SSA, Map.of(DropoutReason.ABSENCE, 6L, DropoutReason.MOVED, 1L)));
        Map<String, Map<Programme, Map<Origin, Long>>> hires = Map.of(
                "250", Map.of(Programme.SSH, Map.of(Origin.EXTERNAL, 32L, Origin.OWN_UNSKILLED_STAFF, 5L)),
                "751", Map.of(Programme.SSH, Map.of(Origin.EXTERNAL, 160L, Origin.OWN_UNSKILLED_STAFF, 3L)));
        Map<String, SickLeave> sick = Map.of("250", new SickLeave(new BigDecimal("10.5"), 1000),
                "751", new SickLeave(new BigDecimal("90"), 9000));
        Map<String, Map<Programme, Integer>> minimums = Map.of("250", new EnumMap<>(Map.of(Programme.SSH, 27, Programme.SSA, 56)));
        return NationalKpiServiceImpl.rollUp(2022, ALL, cohorts, dropouts, hires, sick, minimums);
    }

    @Test
    void ratesAreRecomputedFromSummedCountsNotAveraged() {
        CohortKpi ssh = rollUp().cohorts().get(Programme.SSH.ordinal());
        assertEquals(200, ssh.hired());
        assertEquals(140, ssh.completed());
        assertEquals(new BigDecimal("0.7000"), ssh.completionRate());   // the average of 0.8378 and 0.6687 would be 0.7533
        assertEquals(new BigDecimal("0.2000"), ssh.dropoutRate());
        assertEquals(new BigDecimal("0.7143"), ssh.employmentRate());   // 100 / 140
        assertEquals(Map.of(UnitType.HOME_CARE, 88L, UnitType.CARE_HOME, 7L, UnitType.SSA_STUDENT, 5L), ssh.employedByUnitType());
        assertEquals(Map.of("BASIC", 26L, "PLACEMENT_1", 14L), ssh.dropoutByPhase());
        assertEquals(0, rollUp().cohorts().get(Programme.SSA.ordinal()).hired());
        assertNull(rollUp().cohorts().get(Programme.SSA.ordinal()).completionRate());
    }

    @Test
    void dropoutsRecruitmentAndSickLeaveAreSums() {
        NationalKpi n = rollUp();
        assertEquals(11L, n.dropouts().total().get(Programme.SSA));
        assertEquals(10L, n.dropouts().byReason().get(Programme.SSA).get(DropoutReason.ABSENCE));
        assertEquals(0L, n.dropouts().total().get(Programme.SSH));
        assertEquals(200, n.recruitment().hired());
        assertEquals(8, n.recruitment().ownUnskilledStaff());
        assertEquals(new BigDecimal("0.0400"), n.recruitment().internalRate());
        assertEquals(new BigDecimal("100.5"), n.sickLeave().sickDays());
        assertEquals(10_000, n.sickLeave().plannedDays());
        assertEquals(new BigDecimal("0.0101"), n.sickLeave().sickLeaveRate());   // not the average of 0.0105 and 0.0100
    }

    @Test
    void quotaSumsTheAgreedMinimums() {
        NationalKpi n = rollUp();
        QuotaLine ssh = n.quota().programmes().get(Programme.SSH.ordinal());
        assertEquals(27, ssh.minimum());
        assertEquals(200, ssh.hired());
        assertTrue(ssh.met());
        QuotaLine ssa = n.quota().programmes().get(Programme.SSA.ordinal());
        assertEquals(56, ssa.minimum());
        assertFalse(ssa.met());
        assertEquals(1, n.municipalitiesWithQuota());
        assertEquals(0, n.municipalitiesMeetingQuota());
    }

    @Test
    void everyMunicipalityHasARowEvenWithoutRecords() {
        NationalKpi n = rollUp();
        assertEquals(3, n.municipalityCount());
        MunicipalityKpi frederikssund = n.municipalities().stream().filter(m -> m.code().equals("250")).findFirst().orElseThrow();
        assertEquals("Frederikssund", frederikssund.name());
        assertEquals(37, frederikssund.hired());
        assertEquals(new BigDecimal("0.8378"), frederikssund.completionRate());
        assertEquals(new BigDecimal("0.1622"), frederikssund.dropoutRate());
        assertEquals(new BigDecimal("0.6129"), frederikssund.employmentRate());
        assertEquals(new BigDecimal("0.0105"), frederikssund.sickLeaveRate());
        assertEquals(83, frederikssund.quotaMinimum());
        assertEquals(new BigDecimal("0.4458"), frederikssund.quotaFulfilment());   // 37 / 83
        assertFalse(frederikssund.quotaMet());
        MunicipalityKpi aarhus = n.municipalities().get(1);
        assertNull(aarhus.quotaMinimum());
        assertNull(aarhus.quotaMet());
        MunicipalityKpi empty = n.municipalities().get(2);
        assertEquals("101", empty.code());
        assertEquals(0, empty.hired());
        assertNull(empty.completionRate());
        assertNull(empty.sickLeaveRate());
    }
}
