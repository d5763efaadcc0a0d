package dk.sosuhub.messages.internal.data;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.sql.Timestamp;
import java.time.Instant;

/** A composed mail waiting for (or done with) the SMTP server. */
@Entity
@Table(name = "msg_outbox")
public class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String recipient;
    String subject;
    String body;
    @Column(name = "created_at")
    Timestamp createdAt;
    int attempts;
    @Column(name = "next_attempt_at")
    Timestamp nextAttemptAt;
    @Column(name = "sent_at")
    Timestamp sentAt;
    @Column(name = "last_error")
    String lastError;

    protected OutboxEntity() {
    }

    OutboxEntity(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Timestamp.from(now);
        this.nextAttemptAt = Timestamp.from(now);
    }
}
