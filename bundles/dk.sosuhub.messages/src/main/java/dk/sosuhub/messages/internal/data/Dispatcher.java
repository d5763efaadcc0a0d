package dk.sosuhub.messages.internal.data;

import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService.User;
import dk.sosuhub.messages.Frequency;
import dk.sosuhub.messages.NotificationKind;
import dk.sosuhub.messages.internal.MessagesModule;
import dk.sosuhub.messages.internal.Participation;
import dk.sosuhub.messages.internal.mail.MailSettings;
import dk.sosuhub.messages.internal.mail.MailText;
import dk.sosuhub.messages.internal.mail.Schedule;
import dk.sosuhub.messages.internal.mail.SmtpMailer;
import dk.sosuhub.core.api.StudentService;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Turns pending notifications into mails and delivers them, once a second on a thread of its own:
 * <ol>
 *   <li>compose: for each user with pending notifications, the kinds whose frequency is due ({@link Schedule})
 *       go into one mail in the outbox ({@code msg_outbox}), in the transaction that marks them MAILED; messages
 *       the user has read meanwhile, kinds set to NEVER and users without an e-mail address are DROPPED;</li>
 *   <li>deliver: every outbox mail that is due goes to the SMTP server; a failure is retried after
 *       {@code retryDelay}, doubling up to an hour. The outbox is in the database, so a restart or a mail server
 *       that is down loses nothing.</li>
 * </ol>
 */
@Component(service = Dispatcher.class, immediate = true, configurationPid = "dk.sosuhub.mail",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 100;

    @Reference(target = "(osgi.unit.name=sosuhub-messages)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + MessagesModule.ID + ")")
    ModuleSchema schema;

    @Reference
    People people;

    @Reference
    StudentService students;

    private volatile MailSettings settings = MailSettings.defaults();
    private ScheduledExecutorService timer;

    @Activate
    void activate(Map<String, Object> config) {
        modified(config);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sosuhub-mail");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Modified
    void modified(Map<String, Object> config) {
        try {
            settings = MailSettings.of(config);
            LOG.info("Mail: {}", settings);
        } catch (RuntimeException e) {
            LOG.error("dk.sosuhub.mail is invalid ({}); keeping {}", e.getMessage(), settings);
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    MailSettings settings() {
        return settings;
    }

    void tick() {
        try {
            compose(people.now());
            deliver(people.now());
        } catch (RuntimeException e) {
            LOG.warn("Mail dispatch failed, tried again in a second: {}", e.toString());
        }
    }

    /** Puts every user's due notifications in mails. */
    void compose(Instant now) {
        List<String> users = Tx.run(jpa, em -> em.createQuery("select distinct n.username from NotificationEntity n"
                        + " where n.state = :p and n.availableAt <= :now", String.class)
                .setParameter("p", NotificationEntity.PENDING).setParameter("now", Timestamp.from(now)).getResultList());
        for (String username : users) {
            composeFor(username, now);
        }
    }

    private void composeFor(String username, Instant now) {
        Optional<User> user = people.user(username);
        MailSettings s = settings;
        Tx.run(jpa, em -> {
            List<NotificationEntity> pending = em.createQuery("select n from NotificationEntity n where n.username = :u"
                            + " and n.state = :p and n.availableAt <= :now order by n.id", NotificationEntity.class)
                    .setParameter("u", username).setParameter("p", NotificationEntity.PENDING)
                    .setParameter("now", Timestamp.from(now)).getResultList();
            Map<NotificationKind, Frequency> prefs = PreferencesImpl.of(em, username);
            Map<Frequency, List<NotificationEntity>> byFrequency = pending.stream().collect(Collectors.groupingBy(
                    n -> prefs.get(NotificationKind.valueOf(n.kind)), () -> new EnumMap<>(Frequency.class), Collectors.toList()));
            List<NotificationEntity> due = new ArrayList<>();
            byFrequency.forEach((frequency, items) -> {
                if (frequency == Frequency.NEVER) {
                    items.forEach(n -> n.state = NotificationEntity.DROPPED);
                    return;
                }
                Instant earliest = items.stream().map(n -> n.availableAt.toInstant()).min(Instant::compareTo).orElseThrow();
                if (!Schedule.due(frequency, earliest, s).isAfter(now)) {
                    due.addAll(items);
                }
            });
            List<MailText.Item> lines = new ArrayList<>();
            for (NotificationEntity n : due) {
                if (isRead(em, n) || user.isEmpty() || user.get().email() == null || user.get().email().isBlank()) {
                    n.state = NotificationEntity.DROPPED;
                } else {
                    lines.add(new MailText.Item(NotificationKind.valueOf(n.kind), firstName(n)));
                }
            }
            if (!lines.isEmpty()) {
                boolean student = user.get().roles().contains(Role.STUDENT);
                MailText.Mail mail = MailText.compose(lines, s.baseUrl() + (student ? "/mit-forloeb" : "/beskeder"));
                OutboxEntity out = new OutboxEntity(user.get().email(), mail.subject(), mail.body(), now);
                em.persist(out);
                em.flush();
                due.stream().filter(n -> NotificationEntity.PENDING.equals(n.state)).forEach(n -> {
                    n.state = NotificationEntity.MAILED;
                    n.mailId = out.id;
                });
            }
            return null;
        });
    }

    private static boolean isRead(EntityManager em, NotificationEntity n) {
        return n.messageId != null && n.conversationId != null
                && ConversationServiceImpl.lastRead(em, n.conversationId, n.username) >= n.messageId;
    }

    private String firstName(NotificationEntity n) {
        try {
            return Participation.firstName(students.get(n.municipality, n.studentId).name());
        } catch (RuntimeException e) {
            return "eleven";
        }
    }

    /** Sends the outbox's due mails; each failure postpones that mail by its doubling retry delay. */
    void deliver(Instant now) {
        MailSettings s = settings;
        if (!s.configured()) {
            return;
        }
        List<OutboxEntity> due = Tx.run(jpa, em -> em.createQuery("select o from OutboxEntity o where o.sentAt is null"
                        + " and o.nextAttemptAt <= :now order by o.id", OutboxEntity.class)
                .setParameter("now", Timestamp.from(now)).setMaxResults(BATCH).getResultList());
        for (OutboxEntity mail : due) {
            String error = null;
            try {
                SmtpMailer.send(s, mail.recipient, mail.subject, mail.body);
            } catch (Exception e) {
                error = e.toString();
            }
            String failure = error;
            Instant at = people.now();
            Tx.run(jpa, em -> {
                OutboxEntity o = em.find(OutboxEntity.class, mail.id);
                if (failure == null) {
                    o.sentAt = Timestamp.from(at);
                } else {
                    o.attempts++;
                    o.nextAttemptAt = Timestamp.from(at.plus(s.retryAfter(o.attempts)));
                    o.lastError = failure.length() > 1000 ? failure.substring(0, 1000) : failure;
                }
                return null;
            });
            if (failure != null) {
                LOG.info("Mail {} not delivered (attempt {}), retried later: {}", mail.id, mail.attempts + 1, failure);
            }
        }
    }
}
