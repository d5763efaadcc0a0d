package dk.sosuhub.messages.internal.data;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.sql.Timestamp;
import java.time.Instant;

/** Something a user is to be told about by mail; PENDING until it is mailed or dropped. */
@Entity
@Table(name = "msg_notification")
public class NotificationEntity {

    public static final String PENDING = "PENDING";
    public static final String MAILED = "MAILED";
    public static final String DROPPED = "DROPPED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String municipality;
    String username;
    String kind;
    @Column(name = "student_id")
    long studentId;
    @Column(name = "conversation_id")
    Long conversationId;
    @Column(name = "message_id")
    Long messageId;
    @Column(name = "handover_id")
    Long handoverId;
    @Column(name = "available_at")
    Timestamp availableAt;
    String state;
    @Column(name = "mail_id")
    Long mailId;

    protected NotificationEntity() {
    }

    NotificationEntity(String municipality, String username, String kind, long studentId, Long conversationId,
                       Long messageId, Long handoverId, Instant availableAt) {
        this.municipality = municipality;
        this.username = username;
        this.kind = kind;
        this.studentId = studentId;
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.handoverId = handoverId;
        this.availableAt = Timestamp.from(availableAt);
        this.state = PENDING;
    }
}
