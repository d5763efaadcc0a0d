package dk.sosuhub.placements.internal.data;

import dk.sosuhub.placements.Supervisor;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "placement_supervisor")
public class SupervisorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    @Column(name = "site_id")
    private long siteId;

    private String name;

    private int capacity;

    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_supervisor_competence", joinColumns = @JoinColumn(name = "supervisor_id"))
    @Column(name = "competence")
    private List<String> competences = new ArrayList<>();

    protected SupervisorEntity() {
    }

    SupervisorEntity(String municipality, long siteId) {
        this.municipality = municipality;
        this.siteId = siteId;
    }

    void assign(Supervisor s, List<String> tags) {
        this.name = s.name().strip();
        this.capacity = s.capacity();
        this.username = s.username() == null ? null : s.username().strip();
        this.competences.clear();
        this.competences.addAll(tags);
    }

    String municipality() { return municipality; }

    Supervisor toModel() {
        return new Supervisor(id, siteId, name, capacity, competences, username);
    }
}
