package dk.sosuhub.core.api.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of a student's plan.
 *
 * @param number the period's number within its kind (placement 1, school 1, placement 2, …); 1 for the basic course
 * @param site       the placement site, where known
 * @param supervisor of a placement period: the username of the student's supervisor (oplæringsvejleder), a user
 *                   of the municipality with role {@code supervisor}; {@code null} when none is known
 */
public record StudyPeriod(int seq, PeriodKind kind, int number, LocalDate startDate, LocalDate endDate, String site,
                          String supervisor) {

    /** A period without a supervisor. */
    public StudyPeriod(int seq, PeriodKind kind, int number, LocalDate startDate, LocalDate endDate, String site) {
        this(seq, kind, number, startDate, endDate, site, null);
    }

    /** The phase name used in the dropout statistics: {@code BASIC}, {@code PLACEMENT_1}, {@code SCHOOL_1}, … */
    public String phase() {
        return kind == PeriodKind.BASIC ? "BASIC" : kind.name() + "_" + number;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && date.isBefore(endDate);
    }

    /**
     * The nominal plan: the basic course, then the main course alternating placement and school periods of
     * equal length, starting with a placement. SSH meets 2 placements, SSA 4 (municipal sites and the regional
     * hospital/psychiatry); each placement is followed by a school period.
     */
    public static List<StudyPeriod> nominalPlan(Programme programme, LocalDate start) {
        List<StudyPeriod> plan = new ArrayList<>();
        LocalDate mainStart = start.plus(programme.basicCourse());
        plan.add(new StudyPeriod(1, PeriodKind.BASIC, 1, start, mainStart, null));
        plan.addAll(nominalMainCourse(programme, mainStart, 2));
        return plan;
    }

    /**
     * The nominal main course alone, from {@code mainStart}: what a student who has done the basic course
     * follows, e.g. after switching from SSA to SSH.
     *
     * @param firstSeq the sequence number of its first period
     */
    public static List<StudyPeriod> nominalMainCourse(Programme programme, LocalDate mainStart, int firstSeq) {
        List<StudyPeriod> plan = new ArrayList<>();
        int placements = programme == Programme.SSH ? 2 : 4;
        int periods = placements * 2;
        long mainDays = ChronoUnit.DAYS.between(mainStart, mainStart.plus(programme.mainCourse()));
        LocalDate from = mainStart;
        for (int i = 0; i < periods; i++) {
            LocalDate to = i == periods - 1 ? mainStart.plus(programme.mainCourse())
                    : mainStart.plusDays(mainDays * (i + 1) / periods);
            PeriodKind kind = i % 2 == 0 ? PeriodKind.PLACEMENT : PeriodKind.SCHOOL;
            plan.add(new StudyPeriod(i + firstSeq, kind, i / 2 + 1, from, to, null));
            from = to;
        }
        return plan;
    }

    /** The phase a date falls in; before the plan it is the basic course, after it the last period. */
    public static String phaseAt(List<StudyPeriod> plan, LocalDate date) {
        if (plan.isEmpty()) {
            return null;
        }
        for (StudyPeriod p : plan) {
            if (p.contains(date)) {
                return p.phase();
            }
        }
        return date.isBefore(plan.get(0).startDate()) ? plan.get(0).phase() : plan.get(plan.size() - 1).phase();
    }

}
