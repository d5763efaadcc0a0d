package dk.sosuhub.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(name = "absence")
public class AbsenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id")
    private Long studentId;

    private String municipality;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "sick_days")
    private BigDecimal sickDays;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected AbsenceEntity() {
    }

    public AbsenceEntity(long studentId, String municipality, LocalDate startDate, BigDecimal sickDays) {
        this.studentId = studentId;
        this.municipality = municipality;
        this.startDate = startDate;
        this.sickDays = sickDays;
        this.createdAt = LocalDateTime.now();
    }

    public Long studentId() { return studentId; }

    public Long id() { return id; }

    public LocalDate startDate() { return startDate; }

    public BigDecimal sickDays() { return sickDays; }
}
