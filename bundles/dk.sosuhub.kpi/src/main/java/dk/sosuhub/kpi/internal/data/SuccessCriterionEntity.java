package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.kpi.KpiCode;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.SuccessCriterion;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(name = "success_criterion")
public class SuccessCriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    private String name;

    @Enumerated(EnumType.STRING)
    private KpiCode kpi;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    private BigDecimal baseline;

    private BigDecimal target;

    private LocalDate deadline;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected SuccessCriterionEntity() {
    }

    public SuccessCriterionEntity(String municipality) {
        this.municipality = municipality;
        this.createdAt = LocalDateTime.now();
    }

    /** Copies a validated criterion (see {@link SuccessCriterion#validated()}). */
    public void assign(SuccessCriterion c) {
        this.name = c.name();
        this.kpi = c.kpi();
        this.programme = c.programme();
        this.baseline = c.baseline();
        this.target = c.target();
        this.deadline = c.deadline();
        this.updatedAt = LocalDateTime.now();
    }

    public String municipality() { return municipality; }

    public SuccessCriterion toModel() {
        return new SuccessCriterion(id, name, kpi, programme, baseline, target, deadline);
    }
}
