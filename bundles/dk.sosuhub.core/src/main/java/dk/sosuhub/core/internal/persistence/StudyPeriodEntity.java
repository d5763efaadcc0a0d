package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.StudyPeriod;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

@Entity
@Table(name = "study_period")
@IdClass(StudyPeriodEntity.Key.class)
public class StudyPeriodEntity {

    public static class Key implements Serializable {
        private Long studentId;
        private Integer seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(studentId, k.studentId) && Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studentId, seq);
        }
    }

    @Id
    @Column(name = "student_id")
    private Long studentId;

    @Id
    private Integer seq;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    private int number;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String site;

    private String supervisor;

    protected StudyPeriodEntity() {
    }

    public StudyPeriodEntity(long studentId, StudyPeriod p) {
        this.studentId = studentId;
        this.seq = p.seq();
        this.kind = p.kind();
        this.number = p.number();
        this.startDate = p.startDate();
        this.endDate = p.endDate();
        this.site = p.site();
        this.supervisor = p.supervisor();
    }

    public Long studentId() { return studentId; }

    public StudyPeriod toModel() {
        return new StudyPeriod(seq, kind, number, startDate, endDate, site, supervisor);
    }
}
