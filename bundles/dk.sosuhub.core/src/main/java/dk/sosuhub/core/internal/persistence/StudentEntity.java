package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.model.Dropout;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Employment;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.Track;

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

@Entity
@Table(name = "student")
public class StudentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    private String name;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    private Track track;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "age_at_start")
    private Integer ageAtStart;

    @Column(name = "personal_advisor")
    private String personalAdvisor;

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

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected StudentEntity() {
    }

    public StudentEntity(String municipality) {
        this.municipality = municipality;
        this.status = StudentStatus.ACTIVE;
        this.createdAt = LocalDateTime.now();
    }

    /** Copies validated data (see {@link StudentData#validated()}) onto the entity. */
    public void assign(StudentData data) {
        this.name = data.name();
        this.programme = data.programme();
        this.track = data.track();
        this.origin = data.origin();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.birthDate = data.birthDate();
        this.ageAtStart = data.ageAtStart();
        this.personalAdvisor = data.personalAdvisor();
        this.updatedAt = LocalDateTime.now();
    }

    /** GDPR erasure: the name is replaced and the birth date reduced to the age at start, which the figures use. */
    public void anonymise(String replacementName) {
        if (birthDate != null) {
            this.ageAtStart = Student.ageAt(birthDate, startDate);
            this.birthDate = null;
        }
        this.name = replacementName;
        this.updatedAt = LocalDateTime.now();
    }

    public void complete(LocalDate date) {
        this.status = StudentStatus.COMPLETED;
        this.completionDate = date;
        this.updatedAt = LocalDateTime.now();
    }

    public void dropOut(LocalDate date, DropoutReason reason, String phase) {
        this.status = StudentStatus.DROPPED_OUT;
        this.dropoutDate = date;
        this.dropoutReason = reason;
        this.dropoutPhase = phase;
        this.updatedAt = LocalDateTime.now();
    }

    public void employ(LocalDate date, UnitType unit) {
        this.employmentDate = date;
        this.employmentUnit = unit;
        this.updatedAt = LocalDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public Student toModel() {
        return new Student(id, municipality, name, programme, track, origin, startDate, endDate, birthDate,
                ageAtStart, personalAdvisor, status, completionDate,
                dropoutDate == null ? null : new Dropout(dropoutDate, dropoutReason, dropoutPhase),
                employmentDate == null ? null : new Employment(employmentDate, employmentUnit));
    }
}
