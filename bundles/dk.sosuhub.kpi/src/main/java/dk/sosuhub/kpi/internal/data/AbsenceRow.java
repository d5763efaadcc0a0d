package dk.sosuhub.kpi.internal.data;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Read-only view of core's {@code absence} table (see {@link StudentRow}). */
@Entity
@Table(name = "absence")
public class AbsenceRow {

    @Id
    private Long id;

    @Column(name = "student_id")
    private Long studentId;

    private String municipality;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "sick_days")
    private BigDecimal sickDays;

    protected AbsenceRow() {
    }
}
