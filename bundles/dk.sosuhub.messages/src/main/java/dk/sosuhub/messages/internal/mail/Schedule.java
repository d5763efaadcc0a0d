package dk.sosuhub.messages.internal.mail;

import dk.sosuhub.messages.Frequency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a user's pending notifications of one frequency are due, from the earliest of them: IMMEDIATE after the
 * immediate delay (so that a burst becomes one mail), moved to when the sending hours next open; DAILY at the
 * next 16:00; WEEKLY at the next Monday 08:00 (local time; both configurable). NEVER is never due: such notifications are dropped.
 */
public final class Schedule {

    private Schedule() {
    }

    public static Instant due(Frequency frequency, Instant earliest, MailSettings settings) {
        LocalDateTime t = LocalDateTime.ofInstant(earliest, settings.zone());
        LocalDateTime due = switch (frequency) {
            case IMMEDIATE -> settings.sendHours().nextOpen(LocalDateTime.ofInstant(earliest.plus(settings.immediateDelay()),
                    settings.zone()));
            case DAILY -> t.toLocalTime().isAfter(settings.dailyAt()) ? t.toLocalDate().plusDays(1).atTime(settings.dailyAt())
                    : t.toLocalDate().atTime(settings.dailyAt());
            case WEEKLY -> {
                LocalDateTime day = t.toLocalDate().with(TemporalAdjusters.nextOrSame(settings.weeklyOn())).atTime(settings.weeklyAt());
                yield day.isBefore(t) ? day.plusWeeks(1) : day;
            }
            case NEVER -> null;
        };
        return due == null ? Instant.MAX : due.atZone(settings.zone()).toInstant();
    }
}
