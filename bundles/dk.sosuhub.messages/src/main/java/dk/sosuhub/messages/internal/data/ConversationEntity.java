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
@Table(name = "msg_conversation")
public class ConversationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String municipality;
    @Column(name = "student_id")
    long studentId;
    String subject;
    @Column(name = "staff_only")
    boolean staffOnly;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "created_at")
    Timestamp createdAt;

    protected ConversationEntity() {
    }

    ConversationEntity(String municipality, long studentId, String subject, boolean staffOnly, String createdBy, Instant createdAt) {
        this.municipality = municipality;
        this.studentId = studentId;
        this.subject = subject;
        this.staffOnly = staffOnly;
        this.createdBy = createdBy;
        this.createdAt = Timestamp.from(createdAt);
    }
}
