package dk.sosuhub.mentoring.internal.data;

import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.RelationshipStatus;
import dk.sosuhub.mentoring.Scheme;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "mentoring_relationship")
public class RelationshipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    @Enumerated(EnumType.STRING)
    private Scheme scheme;

    @Column(name = "student_id")
    private long studentId;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Enumerated(EnumType.STRING)
    private RelationshipStatus status;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_relationship_need", joinColumns = @JoinColumn(name = "relationship_id"))
    @Column(name = "need")
    private List<String> needs = new ArrayList<>();

    protected RelationshipEntity() {
    }

    RelationshipEntity(String municipality, Scheme scheme, long studentId, Long mentorId, LocalDate referredOn,
                       List<String> needs) {
        this.municipality = municipality;
        this.scheme = scheme;
        this.studentId = studentId;
        this.mentorId = mentorId;
        this.referredOn = referredOn;
        this.status = RelationshipStatus.REFERRED;
        this.needs.addAll(needs);
    }

    void start(LocalDate date, long mentor, LocalDate end) {
        status = RelationshipStatus.ACTIVE;
        startedOn = date;
        mentorId = mentor;
        endDate = end;
    }

    void close(LocalDate date, Outcome how) {
        status = RelationshipStatus.CLOSED;
        closedOn = date;
        outcome = how;
    }

    void withdraw(LocalDate date) {
        status = RelationshipStatus.WITHDRAWN;
        withdrawnOn = date;
    }

    Long id() { return id; }

    String municipality() { return municipality; }

    Scheme scheme() { return scheme; }

    long studentId() { return studentId; }

    Long mentorId() { return mentorId; }

    RelationshipStatus status() { return status; }

    LocalDate referredOn() { return referredOn; }

    LocalDate startedOn() { return startedOn; }

    LocalDate endDate() { return endDate; }

    LocalDate closedOn() { return closedOn; }

    LocalDate withdrawnOn() { return withdrawnOn; }

    Outcome outcome() { return outcome; }

    List<String> needs() { return List.copyOf(needs); }
}
