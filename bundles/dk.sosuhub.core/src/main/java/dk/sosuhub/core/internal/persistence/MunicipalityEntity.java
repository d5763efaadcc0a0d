package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.model.Municipality;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "municipality")
public class MunicipalityEntity {

    @Id
    private String code;

    private String name;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected MunicipalityEntity() {
    }

    public MunicipalityEntity(String code, String name) {
        this.code = code;
        this.name = name;
        this.createdAt = LocalDateTime.now();
    }

    /** When the municipality joined the platform. */
    public java.time.Instant createdAt() {
        return createdAt.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }

    public Municipality toModel() {
        return new Municipality(code, name);
    }
}
