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
@Table(name = "msg_handover")
public class HandoverEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String municipality;
    @Column(name = "student_id")
    long studentId;
    @Column(name = "placement_seq")
    int placementSeq;
    String author;
    String learnt;
    String support;
    @Column(name = "next_site_notes")
    String nextSiteNotes;
    @Column(name = "created_at")
    Timestamp createdAt;

    protected HandoverEntity() {
    }

    HandoverEntity(String municipality, long studentId, int placementSeq, String author, String learnt, String support,
                   String nextSiteNotes, Instant createdAt) {
        this.municipality = municipality;
        this.studentId = studentId;
        this.placementSeq = placementSeq;
        this.author = author;
        this.learnt = learnt;
        this.support = support;
        this.nextSiteNotes = nextSiteNotes;
        this.createdAt = Timestamp.from(createdAt);
    }
}
