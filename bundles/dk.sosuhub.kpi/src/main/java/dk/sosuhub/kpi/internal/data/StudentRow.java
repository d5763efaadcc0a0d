package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.UnitType;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;

/**
 * Read-only view of core's {@code student} table, only the columns the statistics count (JPQL cannot reach
 * another persistence unit's entities). Never persisted or changed: core writes students.
 */
@Entity
@Table(name = "student")
public class StudentRow {

    @Id
    private Long id;

    private String municipality;

    private String name;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private StudentStatus status;

    @Column(name = "completion_date")
    private LocalDate completionDate;

    @Column(name = "dropout_date")
    private LocalDate dropoutDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "dropout_reason")
    private DropoutReason dropoutReason;

    @Column(name = "dropout_phase")
    private String dropoutPhase;

    @Column(name = "employment_date")
    private LocalDate employmentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_unit")
    private UnitType employmentUnit;

    protected StudentRow() {
    }
}
