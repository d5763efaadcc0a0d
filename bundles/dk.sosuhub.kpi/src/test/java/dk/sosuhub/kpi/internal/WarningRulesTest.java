package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.StudentRecords.StudentRecord;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.core.api.model.Track;
import dk.sosuhub.kpi.EarlyWarnings.Flag;
import dk.sosuhub.kpi.WarningReason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    /** SSH from 6 January 2025: basic course to 6 June, placement 1 from 6 June 2025 to mid-September. */
    private static final List<StudyPeriod> PLAN = StudyPeriod.nominalPlan(Programme.SSH, START);
    private static final StudyPeriod PLACEMENT_1 = PLAN.get(1);
    private final WarningRules rules = new WarningRules(new WarningRules.Thresholds(8, new BigDecimal("0.10"),
            new BigDecimal("2"), new BigDecimal("0.05"), new BigDecimal("5"), 14, 7));

    private static StudentRecord record(List<Absence> absences, List<Talk> talks) {
        Student s = new Student(1, "250", "Test", Programme.SSH, Track.ORDINARY, Origin.EXTERNAL, START,
                PLAN.get(PLAN.size() - 1).endDate(), null, 30, null, StudentStatus.ACTIVE, null, null, null);
        return new StudentRecord(s, PLAN, absences, talks);
    }

    private static Absence sick(String date, String days) {
        return new Absence(0, LocalDate.parse(date), new BigDecimal(days), null);
    }

    private List<WarningReason> codes(List<Absence> absences, List<Talk> talks, LocalDate date) {
        return rules.flags(record(absences, talks), date).stream().map(Flag::code).toList();
    }

    @Test
    void aQuietStudentDuringTheBasicCourseIsNotFlagged() {
        assertEquals(List.of(), codes(List.of(sick("2025-02-03", "1")), List.of(), LocalDate.of(2025, 4, 1)));
    }

    @Test
    void sickLeaveAboveTheThresholdInTheLastWeeksIsFlagged() {
        // 4 of the 40 weekdays in the last 8 weeks: 10 %
        List<Flag> flags = rules.flags(record(List.of(sick("2025-03-10", "4")), List.of()), LocalDate.of(2025, 4, 1));
        assertEquals(WarningReason.RISING_SICK_LEAVE, flags.get(0).code());
        assertTrue(flags.get(0).detail().contains("10,0 %"), flags.get(0).detail());
        // 1.5 of 40 (3.75 %) is below the threshold and too little to count as rising from nothing
        assertEquals(List.of(), codes(List.of(sick("2025-03-10", "1.5")), List.of(), LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aRateThatDoublesFromBeforeIsRising() {
        // before the window: 1 day in ~60 weekdays (~1.7 %); in the window 2.5 of 40 (6.25 %)
        List<Absence> absences = List.of(sick("2025-01-20", "1"), sick("2025-05-12", "2.5"));
        assertEquals(List.of(WarningReason.RISING_SICK_LEAVE), codes(absences, List.of(), LocalDate.of(2025, 5, 30)));
        // 2.5 days in the window against 4 before: not rising
        List<Absence> steady = List.of(sick("2025-01-20", "4"), sick("2025-05-12", "2.5"));
        assertEquals(List.of(), codes(steady, List.of(), LocalDate.of(2025, 5, 30)));
    }

    @Test
    void absenceInTheFirstPlacementAndMissedTalks() {
        LocalDate date = PLACEMENT_1.startDate().plusDays(30);
        List<Absence> absences = List.of(sick(PLACEMENT_1.startDate().plusDays(3).toString(), "5"));
        List<Talk> none = List.of();
        List<WarningReason> codes = codes(absences, none, date);
        assertTrue(codes.contains(WarningReason.ABSENCE_IN_FIRST_PLACEMENT), codes.toString());
        assertTrue(codes.contains(WarningReason.MISSED_TALK), "no expectations talk after 30 days: " + codes);
        List<Talk> held = List.of(new Talk(1, TalkType.EXPECTATIONS, PLACEMENT_1.startDate().minusDays(3), List.of()));
        assertTrue(!codes(List.of(), held, date).contains(WarningReason.MISSED_TALK));
    }

    @Test
    void theMidtermAndFinalTalksAreDueAtTheMiddleAndEnd() {
        List<Talk> talks = new ArrayList<>(List.of(new Talk(1, TalkType.EXPECTATIONS, PLACEMENT_1.startDate(), List.of())));
        LocalDate afterMiddle = PLACEMENT_1.endDate().minusDays(10);
        List<Flag> flags = rules.flags(record(List.of(), talks), afterMiddle);
        assertEquals(1, flags.size(), flags.toString());
        assertTrue(flags.get(0).detail().startsWith("Midtvejsevaluering i 1. oplæringsperiode"), flags.get(0).detail());
        talks.add(new Talk(2, TalkType.MIDTERM, afterMiddle.minusDays(5), List.of()));
        assertEquals(List.of(), rules.flags(record(List.of(), talks), afterMiddle));
        // the school period after placement 1: the final evaluation is now overdue
        List<Flag> later = rules.flags(record(List.of(), talks), PLACEMENT_1.endDate().plusDays(10));
        assertTrue(later.get(0).detail().startsWith("Slutevaluering"), later.toString());
    }

}
