package dk.sosuhub.messages.internal.mail;

import dk.sosuhub.messages.Frequency;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScheduleTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final MailSettings DEFAULTS = MailSettings.defaults();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CPH).toInstant();
    }

    @Test
    void immediateWaitsTheDelayInsideTheSendingHours() {
        assertEquals(at("2026-12-07T10:30"), Schedule.due(Frequency.IMMEDIATE, at("2026-12-07T10:00"), DEFAULTS));
        // 17:45 + 30 min is 18:15, after the hours (18 excluded): the next morning at 07:00
        assertEquals(at("2026-12-08T07:00"), Schedule.due(Frequency.IMMEDIATE, at("2026-12-07T17:45"), DEFAULTS));
        assertEquals(at("2026-12-08T07:00"), Schedule.due(Frequency.IMMEDIATE, at("2026-12-08T02:10"), DEFAULTS));
        assertEquals(at("2026-12-07T17:59"), Schedule.due(Frequency.IMMEDIATE, at("2026-12-07T17:29"), DEFAULTS));
    }

    @Test
    void immediateAlwaysWithHours00To24() {
        MailSettings always = MailSettings.of(Map.of("sendHours", "00-24", "immediateDelay", "PT5S"));
        assertEquals(at("2026-12-08T02:10:05"), Schedule.due(Frequency.IMMEDIATE, at("2026-12-08T02:10"), always));
    }

    @Test
    void dailyAt16AndWeeklyOnMondayAt8() {
        assertEquals(at("2026-12-07T16:00"), Schedule.due(Frequency.DAILY, at("2026-12-07T09:00"), DEFAULTS));
        assertEquals(at("2026-12-07T16:00"), Schedule.due(Frequency.DAILY, at("2026-12-07T16:00"), DEFAULTS));
        assertEquals(at("2026-12-08T16:00"), Schedule.due(Frequency.DAILY, at("2026-12-07T16:01"), DEFAULTS));
        // Friday 4 December 2026 -> Monday 7 December
        assertEquals(at("2026-12-07T08:00"), Schedule.due(Frequency.WEEKLY, at("2026-12-04T12:00"), DEFAULTS));
        assertEquals(at("2026-12-07T08:00"), Schedule.due(Frequency.WEEKLY, at("2026-12-07T07:59"), DEFAULTS));
        assertEquals(at("2026-12-14T08:00"), Schedule.due(Frequency.WEEKLY, at("2026-12-07T08:01"), DEFAULTS));
        assertEquals(Instant.MAX, Schedule.due(Frequency.NEVER, at("2026-12-07T08:01"), DEFAULTS));
    }

    @Test
    void summerTimeIsLocalTime() {
        assertEquals(at("2026-07-06T16:00"), Schedule.due(Frequency.DAILY, at("2026-07-06T09:00"), DEFAULTS));
        assertEquals(Instant.parse("2026-07-06T14:00:00Z"), Schedule.due(Frequency.DAILY, at("2026-07-06T09:00"), DEFAULTS));
    }

    @Test
    void retriesDoubleUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), DEFAULTS.retryAfter(1));
        assertEquals(Duration.ofMinutes(2), DEFAULTS.retryAfter(2));
        assertEquals(Duration.ofMinutes(32), DEFAULTS.retryAfter(6));
        assertEquals(Duration.ofHours(1), DEFAULTS.retryAfter(7));
        assertEquals(Duration.ofHours(1), DEFAULTS.retryAfter(500));
    }

    @Test
    void defaultsAreTheShippedOnes() {
        assertEquals(Duration.ofMinutes(30), DEFAULTS.immediateDelay());
        assertEquals("07-18", DEFAULTS.sendHours().toString());
        assertEquals(Duration.ofMinutes(1), DEFAULTS.retryDelay());
        assertEquals(false, DEFAULTS.configured());
    }

    @Test
    void badHoursAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SendHours.parse("18-07"));
        assertThrows(IllegalArgumentException.class, () -> SendHours.parse("7 til 18"));
        assertThrows(IllegalArgumentException.class, () -> SendHours.parse("00-25"));
    }
}
