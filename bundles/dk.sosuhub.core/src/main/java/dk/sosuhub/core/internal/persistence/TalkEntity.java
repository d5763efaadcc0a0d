package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "talk")
public class TalkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id")
    private Long studentId;

    @Enumerated(EnumType.STRING)
    private TalkType type;

    @Column(name = "talk_date")
    private LocalDate date;

    /** Participants separated by newlines. */
    private String participants;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected TalkEntity() {
    }

    public TalkEntity(long studentId, TalkType type, LocalDate date, List<String> participants) {
        this.studentId = studentId;
        this.type = type;
        this.date = date;
        this.participants = String.join("\n", participants);
        this.createdAt = LocalDateTime.now();
    }

    public Long studentId() { return studentId; }

    public Talk toModel() {
        return new Talk(id, type, date, participants == null || participants.isEmpty() ? List.of()
                : Arrays.asList(participants.split("\n")));
    }

    /** GDPR erasure: who took part is free text about people. */
    public void forgetParticipants() {
        this.participants = "";
    }
}
