package dk.sosuhub.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An SSA student (from) who switched to SSH, continued as a new SSH student record (to). */
@Entity
@Table(name = "programme_switch")
public class ProgrammeSwitchEntity {

    @Id
    @Column(name = "from_student_id")
    private Long fromStudentId;

    @Column(name = "to_student_id")
    private Long toStudentId;

    private String municipality;

    @Column(name = "switch_date")
    private LocalDate date;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected ProgrammeSwitchEntity() {
    }

    public ProgrammeSwitchEntity(long fromStudentId, long toStudentId, String municipality, LocalDate date) {
        this.fromStudentId = fromStudentId;
        this.toStudentId = toStudentId;
        this.municipality = municipality;
        this.date = date;
        this.createdAt = LocalDateTime.now();
    }

    public long fromStudentId() { return fromStudentId; }

    public long toStudentId() { return toStudentId; }

    public LocalDate date() { return date; }
}
