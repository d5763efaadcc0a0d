package dk.sosuhub.messages.internal.mail;

import dk.sosuhub.messages.NotificationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Danish text of a notification mail. It names a student by first name only and links to the platform,
 * where the content stays: no message text, subject, absence detail or handover text ever goes in a mail.
 */
public final class MailText {

    /** One notification put in a mail: its kind and the student's first name. */
    public record Item(NotificationKind kind, String firstName) {
    }

    public record Mail(String subject, String body) {
    }

    private MailText() {
    }

    /** @param link where the reader goes to read it all (the page /beskeder, or /mit-forloeb for a student) */
    public static Mail compose(List<Item> items, String link) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Item item : items) {
            counts.computeIfAbsent(item.firstName(), n -> new int[NotificationKind.values().length])[item.kind().ordinal()]++;
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((name, c) -> {
            int messages = c[NotificationKind.MESSAGE.ordinal()];
            int absences = c[NotificationKind.ABSENCE.ordinal()];
            int handovers = c[NotificationKind.HANDOVER.ordinal()];
            if (messages > 0) {
                lines.add("- " + (messages == 1 ? "1 ny besked" : messages + " nye beskeder") + " om " + name);
            }
            if (absences > 0) {
                lines.add("- " + (absences == 1 ? "1 fraværsregistrering" : absences + " fraværsregistreringer") + " for " + name);
            }
            if (handovers > 0) {
                lines.add("- " + (handovers == 1 ? "1 overgangsskema" : handovers + " overgangsskemaer") + " om " + name);
            }
        });
        String subject = counts.size() == 1 ? "SOSU Hub: nyt om " + counts.keySet().iterator().next() : "SOSU Hub: nyt om dine elever";
        String body = "Hej\n\nDer er nyt til dig i SOSU Hub:\n\n" + String.join("\n", lines) + "\n\nLæs det her: " + link
                + "\n\nAf hensyn til elevernes data står indholdet kun i SOSU Hub. Du kan ændre, hvor ofte du får"
                + " e-mails, under Indstillinger på siden Beskeder.\n\nVenlig hilsen\nSOSU Hub\n";
        return new Mail(subject, body);
    }
}
