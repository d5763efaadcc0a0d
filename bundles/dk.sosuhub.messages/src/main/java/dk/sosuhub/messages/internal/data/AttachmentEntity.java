package dk.sosuhub.messages.internal.data;

import dk.sosuhub.messages.Attachment;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import java.sql.Timestamp;
import java.time.Instant;

@Entity
@Table(name = "msg_attachment")
public class AttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "conversation_id")
    long conversationId;
    @Column(name = "message_id")
    Long messageId;
    @Column(name = "uploaded_by")
    String uploadedBy;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "byte_size")
    int size;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    byte[] content;
    @Column(name = "uploaded_at")
    Timestamp uploadedAt;

    protected AttachmentEntity() {
    }

    AttachmentEntity(long conversationId, String uploadedBy, String fileName, String contentType, byte[] content, Instant at) {
        this.conversationId = conversationId;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedAt = Timestamp.from(at);
    }

    Attachment toModel() {
        return new Attachment(id, fileName, contentType, size);
    }
}
