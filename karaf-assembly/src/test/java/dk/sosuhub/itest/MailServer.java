package dk.sosuhub.itest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the booted Karaf, where the tests run; its bundle is installed by the
 * test before this class is first used. Jakarta Mail finds its providers through the thread's context class
 * loader, so the server's threads are started with the mail bundle's.
 */
final class MailServer {

    /** One mail as received: recipient, subject and the decoded text. */
    record Mail(String to, String subject, String text) {
    }

    private final int port;
    private GreenMail server;

    MailServer(int port) {
        this.port = port;
    }

    void start() {
        withMailLoader(() -> {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        });
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    boolean running() {
        return server != null;
    }

    /** Every mail received since this server started. */
    List<Mail> received() {
        List<Mail> out = new ArrayList<>();
        withMailLoader(() -> {
            try {
                for (MimeMessage m : server.getReceivedMessages()) {
                    StringBuilder to = new StringBuilder();
                    for (Address a : m.getAllRecipients()) {
                        to.append(a.toString());
                    }
                    out.add(new Mail(to.toString(), m.getSubject(), new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (Exception e) {
                throw new AssertionError("Could not read the received mails: " + e, e);
            }
        });
        return out;
    }

    List<Mail> to(String address) {
        return received().stream().filter(m -> m.to().equals(address)).toList();
    }

    private static void withMailLoader(Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
