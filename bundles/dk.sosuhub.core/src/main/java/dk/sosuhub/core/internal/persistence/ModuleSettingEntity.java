package dk.sosuhub.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** Whether one municipality has switched one module on or off. No row means the module's default (on). */
@Entity
@Table(name = "module_setting")
@IdClass(ModuleSettingEntity.Key.class)
public class ModuleSettingEntity {

    public static class Key implements Serializable {
        private String municipality;
        private String moduleId;

        public Key() {
        }

        public Key(String municipality, String moduleId) {
            this.municipality = municipality;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(municipality, k.municipality) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipality, moduleId);
        }
    }

    @Id
    private String municipality;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    private boolean enabled;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected ModuleSettingEntity() {
    }

    public ModuleSettingEntity(String municipality, String moduleId, boolean enabled) {
        this.municipality = municipality;
        this.moduleId = moduleId;
        setEnabled(enabled);
    }

    public String moduleId() { return moduleId; }

    public boolean enabled() { return enabled; }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.updatedAt = LocalDateTime.now();
    }
}
