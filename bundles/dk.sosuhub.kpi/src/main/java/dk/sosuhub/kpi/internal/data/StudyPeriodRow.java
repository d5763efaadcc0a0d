package dk.sosuhub.kpi.internal.data;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Read-only view of core's {@code study_period} table (see {@link StudentRow}). */
@Entity
@Table(name = "study_period")
@IdClass(StudyPeriodRow.Key.class)
public class StudyPeriodRow {

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

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String site;

    protected StudyPeriodRow() {
    }
}
