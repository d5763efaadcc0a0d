package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import dk.sosuhub.kpi.StudentStatistics.StudentSickLeave;
import dk.sosuhub.core.api.model.Programme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SickLeaveByStudentTest {

    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);

    @Test
    void absencesCountForTheStudentAndTheSiteOfThePeriodTheyFallIn() {
        SickLeaveByStudent split = new SickLeaveByStudent(Y2024, Y2025);
        split.enrolled(7, "Mette", Programme.SSA, LocalDate.of(2023, 8, 14), LocalDate.of(2026, 10, 14));
        // Monday 4 March to Monday 1 April 2024: 20 weekdays at the care home, then 10 at home care
        split.period(7, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 1), "Plejecenter Solgården");
        split.period(7, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 15), "Hjemmeplejen Nord");
        split.absence(7, LocalDate.of(2024, 3, 11), new BigDecimal("2"));
        split.absence(7, LocalDate.of(2024, 4, 8), new BigDecimal("1.5"));
        split.absence(7, LocalDate.of(2024, 9, 2), new BigDecimal("3"));   // at school: no site

        StudentSickLeave mette = split.result().get(0);

        assertEquals(new SickLeave(new BigDecimal("6.5"), 262), mette.total(), "every weekday of 2024 was planned");
        assertEquals(Map.of("Plejecenter Solgården", new SickLeave(new BigDecimal("2"), 20),
                "Hjemmeplejen Nord", new SickLeave(new BigDecimal("1.5"), 10)), mette.bySite());
        assertEquals(2023, mette.startYear());
    }

    @Test
    void theYearIsCutToTheEnrolmentAndAbsencesOfOthersAreIgnored() {
        SickLeaveByStudent split = new SickLeaveByStudent(Y2024, Y2025);
        // dropped out on Monday 5 February 2024: enrolled on the 25 weekdays before it
        split.enrolled(8, "Ali", Programme.SSH, LocalDate.of(2023, 1, 9), LocalDate.of(2024, 2, 5));
        split.period(8, LocalDate.of(2023, 11, 1), LocalDate.of(2024, 6, 1), "Rehabiliteringscentret");
        split.absence(8, LocalDate.of(2024, 1, 15), BigDecimal.ONE);
        split.absence(99, LocalDate.of(2024, 1, 15), BigDecimal.TEN);   // not enrolled in the year

        List<StudentSickLeave> result = split.result();

        assertEquals(1, result.size());
        assertEquals(new SickLeave(BigDecimal.ONE, 25), result.get(0).total());
        assertEquals(new SickLeave(BigDecimal.ONE, 25), result.get(0).bySite().get("Rehabiliteringscentret"));
    }
}
