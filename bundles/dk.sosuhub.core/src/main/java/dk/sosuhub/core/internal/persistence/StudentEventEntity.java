package dk.sosuhub.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The history behind a student's status: every lifecycle event as it was recorded. */
@Entity
@Table(name = "student_event")
public class StudentEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id")
    private Long studentId;

    private String type;

    @Column(name = "event_date")
    private LocalDate date;

    private String detail;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected StudentEventEntity() {
    }

    public StudentEventEntity(long studentId, String type, LocalDate date, String detail) {
        this.studentId = studentId;
        this.type = type;
        this.date = date;
        this.detail = detail;
        this.createdAt = LocalDateTime.now();
    }
}
