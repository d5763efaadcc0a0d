package dk.sosuhub.messages.internal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.sosuhub.messages.NotificationKind;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mail through a real SMTP server (GreenMail); the port follows -Dsosuhub.itest.port when given. */
class SmtpMailerTest {

    private static final int PORT = Integer.parseInt(System.getProperty("sosuhub.itest.port", "18181")) + 19;

    @Test
    void aComposedMailArrivesWithDanishTextAndOnlyTheFirstName() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            MailSettings settings = MailSettings.of(Map.of("host", "127.0.0.1", "port", String.valueOf(PORT),
                    "from", "sosuhub@frederikssund.dk"));
            MailText.Mail mail = MailText.compose(List.of(new MailText.Item(NotificationKind.MESSAGE, "Søren"),
                    new MailText.Item(NotificationKind.MESSAGE, "Søren"), new MailText.Item(NotificationKind.ABSENCE, "Åse")),
                    "http://sosuhub.example/beskeder");
            SmtpMailer.send(settings, "vejleder@frederikssund.dk", mail.subject(), mail.body());
            assertTrue(server.waitForIncomingEmail(5000, 1));
            MimeMessage received = server.getReceivedMessages()[0];
            String body = new String(received.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("SOSU Hub: nyt om dine elever", received.getSubject());
            assertTrue(body.contains("2 nye beskeder om Søren"), body);
            assertTrue(body.contains("1 fraværsregistrering for Åse"), body);
            assertTrue(body.contains("http://sosuhub.example/beskeder"), body);
            assertEquals("vejleder@frederikssund.dk", received.getAllRecipients()[0].toString());
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerThatIsDownFails() {
        MailSettings settings = MailSettings.of(Map.of("host", "127.0.0.1", "port", String.valueOf(PORT)));
        assertThrows(Exception.class, () -> SmtpMailer.send(settings, "a@b.dk", "x", "y"));
        assertFalse(MailText.compose(List.of(new MailText.Item(NotificationKind.HANDOVER, "Ib")), "l").body().contains("null"));
    }
}
