package dk.sosuhub.messages.internal.mail;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local hours in which immediate mails go out, {@code from} included, {@code to} excluded; 00-24 is always. */
public record SendHours(int from, int to) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public SendHours {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("sendHours must be HH-HH with 0 <= from < to <= 24, not " + from + "-" + to);
        }
    }

    public static SendHours parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("sendHours must look like 07-18, not '" + text + "'");
        }
        return new SendHours(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean contains(LocalDateTime t) {
        return t.getHour() >= from && t.getHour() < to;
    }

    /** {@code t} when it is inside the hours, otherwise when they next open. */
    public LocalDateTime nextOpen(LocalDateTime t) {
        if (contains(t)) {
            return t;
        }
        LocalDateTime today = t.toLocalDate().atTime(from, 0);
        return t.getHour() < from ? today : today.plusDays(1);
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d", from, to);
    }
}
