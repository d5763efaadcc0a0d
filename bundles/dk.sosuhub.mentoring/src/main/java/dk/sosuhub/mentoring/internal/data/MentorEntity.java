package dk.sosuhub.mentoring.internal.data;

import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.Scheme;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "mentoring_mentor")
public class MentorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    private String name;

    /** Comma-separated scheme names. */
    private String schemes;

    private int capacity;

    private String site;

    private String username;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_mentor_language", joinColumns = @JoinColumn(name = "mentor_id"))
    @Column(name = "language")
    private List<String> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_mentor_competence", joinColumns = @JoinColumn(name = "mentor_id"))
    @Column(name = "competence")
    private List<String> competences = new ArrayList<>();

    protected MentorEntity() {
    }

    MentorEntity(String municipality) {
        this.municipality = municipality;
    }

    /** The mentor, already validated and normalised. */
    void assign(Mentor m) {
        this.name = m.name();
        this.schemes = m.schemes().stream().map(Enum::name).collect(Collectors.joining(","));
        this.capacity = m.capacity();
        this.site = m.site();
        this.username = m.username();
        this.active = m.active();
        this.languages.clear();
        this.languages.addAll(m.languages());
        this.competences.clear();
        this.competences.addAll(m.competences());
    }

    Long id() { return id; }

    String municipality() { return municipality; }

    String name() { return name; }

    int capacity() { return capacity; }

    boolean active() { return active; }

    String username() { return username; }

    List<Scheme> schemeList() {
        return schemes == null || schemes.isEmpty() ? List.of()
                : Arrays.stream(schemes.split(",")).map(Scheme::valueOf).toList();
    }

    Mentor toModel(int load) {
        return new Mentor(id, name, schemeList(), capacity, site, List.copyOf(languages), List.copyOf(competences), active,
                username, load);
    }
}
