package dk.sosuhub.messages.internal.mail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The configuration {@code dk.sosuhub.mail} ({@code etc/dk.sosuhub.mail.cfg}): the SMTP server ({@code host},
 * {@code port}, {@code from}, {@code username}, {@code password}, {@code starttls}), when mails go out
 * ({@code immediateDelay} PT30M, {@code sendHours} 07-18, {@code zone} Europe/Copenhagen), how failed deliveries
 * are retried ({@code retryDelay} PT1M, doubling up to an hour), the digests' times ({@code dailyAt} 16:00,
 * {@code weeklyOn} MONDAY, {@code weeklyAt} 08:00) and the address mails link to ({@code baseUrl}).
 * Without a host the mails wait in the outbox.
 */
public record MailSettings(String host, int port, String from, String username, String password, boolean starttls,
                           Duration immediateDelay, SendHours sendHours, Duration retryDelay, ZoneId zone, String baseUrl,
                           LocalTime dailyAt, DayOfWeek weeklyOn, LocalTime weeklyAt) {

    public static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    public static MailSettings defaults() {
        return of(Map.of());
    }

    public static MailSettings of(Map<String, ?> p) {
        return new MailSettings(
                text(p, "host", ""),
                Integer.parseInt(text(p, "port", "25")),
                text(p, "from", "sosuhub@localhost"),
                text(p, "username", ""),
                text(p, "password", ""),
                Boolean.parseBoolean(text(p, "starttls", "false")),
                Duration.parse(text(p, "immediateDelay", "PT30M")),
                SendHours.parse(text(p, "sendHours", "07-18")),
                Duration.parse(text(p, "retryDelay", "PT1M")),
                ZoneId.of(text(p, "zone", "Europe/Copenhagen")),
                text(p, "baseUrl", "http://localhost:8181").replaceAll("/+$", ""),
                LocalTime.parse(text(p, "dailyAt", "16:00")),
                DayOfWeek.valueOf(text(p, "weeklyOn", "MONDAY")),
                LocalTime.parse(text(p, "weeklyAt", "08:00")));
    }

    public boolean configured() {
        return !host.isBlank();
    }

    /** The wait before delivery attempt {@code attempts + 1} after {@code attempts} failures: doubling, at most an hour. */
    public Duration retryAfter(int attempts) {
        Duration d = retryDelay;
        for (int i = 1; i < attempts && d.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : d;
    }

    private static String text(Map<String, ?> p, String key, String fallback) {
        Object v = p.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", from=" + from + ", starttls=" + starttls
                + ", immediateDelay=" + immediateDelay + ", sendHours=" + sendHours + ", retryDelay=" + retryDelay + "]";
    }
}
