package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.model.WorkingDays;
import dk.sosuhub.core.api.StudentRecords.StudentRecord;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.kpi.EarlyWarnings.Flag;
import dk.sosuhub.kpi.WarningReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The early-warning rules, applied to one student's file on a date:
 * <ul>
 * <li>RISING_SICK_LEAVE: sick days in the last {@code recentWeeks} weeks are at least {@code threshold} of the
 *     weekdays in them, or at least {@code risingMinimum} and {@code risingFactor} times the student's rate
 *     before (when there are 4 weeks or more before). Sick days count on the date they were reported from.</li>
 * <li>ABSENCE_IN_FIRST_PLACEMENT: at least {@code firstPlacementMaxSickDays} sick days in placement period 1.</li>
 * <li>MISSED_TALK: in the latest placement period that has started, the expectations talk is due
 *     {@code expectationsDays} after its start, the mid-term evaluation at its middle and the final evaluation
 *     at its end, each with {@code graceDays} more; a talk of that type dated within the period (the
 *     expectations talk also up to {@code expectationsDays} before it) counts as held.</li>
 * </ul>
 */
final class WarningRules {

    record Thresholds(int recentWeeks, BigDecimal threshold, BigDecimal risingFactor, BigDecimal risingMinimum,
                      BigDecimal firstPlacementMaxSickDays, int expectationsDays, int graceDays) {
    }

    /** Fewer weekdays than this before the recent window are too few to compare with. */
    static final int MIN_EARLIER_WEEKDAYS = 20;

    private final Thresholds t;

    WarningRules(Thresholds thresholds) {
        this.t = thresholds;
    }

    List<Flag> flags(StudentRecord r, LocalDate date) {
        List<Flag> flags = new ArrayList<>();
        sickLeave(r, date, flags);
        firstPlacement(r, date, flags);
        talks(r, date, flags);
        return flags;
    }

    private void sickLeave(StudentRecord r, LocalDate date, List<Flag> flags) {
        LocalDate end = date.plusDays(1);
        LocalDate start = r.student().startDate();
        LocalDate recentFrom = max(start, end.minusWeeks(t.recentWeeks()));
        long recentDays = WorkingDays.between(recentFrom, end);
        if (recentDays == 0) {
            return;
        }
        BigDecimal recentRate = rate(sickDays(r.absences(), recentFrom, end), recentDays);
        long earlierDays = WorkingDays.between(start, recentFrom);
        BigDecimal earlierRate = earlierDays == 0 ? null : rate(sickDays(r.absences(), start, recentFrom), earlierDays);
        boolean high = recentRate.compareTo(t.threshold()) >= 0;
        boolean rising = earlierDays >= MIN_EARLIER_WEEKDAYS && recentRate.compareTo(t.risingMinimum()) >= 0
                && recentRate.compareTo(earlierRate.multiply(t.risingFactor())) >= 0;
        if (high || rising) {
            flags.add(flag(WarningReason.RISING_SICK_LEAVE, "Sygefravær " + percent(recentRate) + " de seneste "
                    + t.recentWeeks() + " uger" + (earlierRate == null ? "" : " (før " + percent(earlierRate) + ")")));
        }
    }

    private void firstPlacement(StudentRecord r, LocalDate date, List<Flag> flags) {
        r.plan().stream().filter(p -> p.kind() == PeriodKind.PLACEMENT && p.number() == 1 && !p.startDate().isAfter(date))
                .findFirst().ifPresent(p -> {
                    BigDecimal sick = sickDays(r.absences(), p.startDate(), min(p.endDate(), date.plusDays(1)));
                    if (sick.compareTo(t.firstPlacementMaxSickDays()) >= 0) {
                        flags.add(flag(WarningReason.ABSENCE_IN_FIRST_PLACEMENT, number(sick)
                                + " sygedage i 1. oplæringsperiode (grænse " + number(t.firstPlacementMaxSickDays()) + ")"));
                    }
                });
    }

    private void talks(StudentRecord r, LocalDate date, List<Flag> flags) {
        StudyPeriod placement = null;
        for (StudyPeriod p : r.plan()) {
            if (p.kind() == PeriodKind.PLACEMENT && !p.startDate().isAfter(date)) {
                placement = p;
            }
        }
        if (placement == null) {
            return;
        }
        LocalDate middle = placement.startDate().plusDays(ChronoUnit.DAYS.between(placement.startDate(), placement.endDate()) / 2);
        LocalDate afterEnd = placement.endDate().plusDays(t.graceDays());
        missed(r.talks(), TalkType.EXPECTATIONS, placement, placement.startDate().minusDays(t.expectationsDays()),
                afterEnd, placement.startDate().plusDays(t.expectationsDays()), date, flags);
        missed(r.talks(), TalkType.MIDTERM, placement, placement.startDate(), afterEnd, middle.plusDays(t.graceDays()), date, flags);
        missed(r.talks(), TalkType.FINAL, placement, placement.startDate(), afterEnd, afterEnd, date, flags);
    }

    /** Flags a talk of the type not held in [from, to] when its due date is before {@code date}. */
    private static void missed(List<Talk> talks, TalkType type, StudyPeriod placement, LocalDate from, LocalDate to,
                               LocalDate due, LocalDate date, List<Flag> flags) {
        if (!due.isBefore(date)) {
            return;
        }
        boolean held = talks.stream().anyMatch(x -> x.type() == type && !x.date().isBefore(from) && !x.date().isAfter(to));
        if (!held) {
            flags.add(flag(WarningReason.MISSED_TALK, type.label() + " i " + placement.number()
                    + ". oplæringsperiode er ikke holdt (skulle holdes senest " + due + ")"));
        }
    }

    private static Flag flag(WarningReason reason, String detail) {
        return new Flag(reason, reason.label(), detail);
    }

    static BigDecimal sickDays(List<Absence> absences, LocalDate from, LocalDate to) {
        return absences.stream().filter(a -> !a.date().isBefore(from) && a.date().isBefore(to))
                .map(Absence::sickDays).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal rate(BigDecimal sick, long days) {
        return sick.divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }


    private static String percent(BigDecimal fraction) {
        return format(fraction.movePointRight(2), "0.0") + " %";
    }

    private static String number(BigDecimal n) {
        return format(n, "0.#");
    }

    private static String format(BigDecimal n, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(new Locale("da", "DK"))).format(n);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
