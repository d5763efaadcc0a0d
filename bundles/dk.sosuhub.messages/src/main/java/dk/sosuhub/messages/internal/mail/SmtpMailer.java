package dk.sosuhub.messages.internal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text mail through the configured SMTP server. Jakarta Mail finds its providers with the
 * service loader, so under OSGi the mail bundle's class loader is made the thread's context class loader while
 * it works; the body is handed over as bytes (a DataSource), which needs no content handler lookup.
 */
public final class SmtpMailer {

    private SmtpMailer() {
    }

    public static void send(MailSettings settings, String to, String subject, String body) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Properties p = new Properties();
            p.put("mail.smtp.host", settings.host());
            p.put("mail.smtp.port", String.valueOf(settings.port()));
            p.put("mail.smtp.connectiontimeout", "5000");
            p.put("mail.smtp.timeout", "10000");
            p.put("mail.smtp.writetimeout", "10000");
            p.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            p.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
            boolean auth = !settings.username().isBlank();
            p.put("mail.smtp.auth", String.valueOf(auth));
            Session session = Session.getInstance(p, auth ? new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            } : null);
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.from()));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            mail.setSubject(subject, StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            mail.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8")));
            mail.setHeader("Content-Type", "text/plain; charset=UTF-8");
            Transport.send(mail);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
