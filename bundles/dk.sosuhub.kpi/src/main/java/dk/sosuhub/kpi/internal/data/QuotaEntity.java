package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.model.Programme;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "quota")
@IdClass(QuotaEntity.Key.class)
public class QuotaEntity {

    public static class Key implements Serializable {
        private String municipality;
        private Programme programme;

        public Key() {
        }

        public Key(String municipality, Programme programme) {
            this.municipality = municipality;
            this.programme = programme;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(municipality, k.municipality) && programme == k.programme;
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipality, programme);
        }
    }

    @Id
    private String municipality;

    @Id
    @Enumerated(EnumType.STRING)
    private Programme programme;

    private int minimum;

    protected QuotaEntity() {
    }

    public QuotaEntity(String municipality, Programme programme, int minimum) {
        this.municipality = municipality;
        this.programme = programme;
        this.minimum = minimum;
    }

    public String municipality() { return municipality; }

    public Programme programme() { return programme; }

    public int minimum() { return minimum; }

    public void setMinimum(int minimum) { this.minimum = minimum; }
}
