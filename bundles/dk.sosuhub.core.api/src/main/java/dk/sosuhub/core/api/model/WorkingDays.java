package dk.sosuhub.core.api.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Working days as the sick-leave figures count them: Monday to Friday, public holidays included. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Weekdays in [from, to); none when {@code to} is not after {@code from}. */
    public static long between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long weeks = ChronoUnit.DAYS.between(from, to) / 7;
        long count = weeks * 5;
        for (LocalDate d = from.plusDays(weeks * 7); d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
