package dk.sosuhub.messages.internal.data;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.sql.Timestamp;
import java.time.Instant;

@Entity
@Table(name = "msg_message")
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "conversation_id")
    long conversationId;
    String author;
    String body;
    @Column(name = "created_at")
    Timestamp createdAt;

    protected MessageEntity() {
    }

    MessageEntity(long conversationId, String author, String body, Instant createdAt) {
        this.conversationId = conversationId;
        this.author = author;
        this.body = body;
        this.createdAt = Timestamp.from(createdAt);
    }
}
