package dk.sosuhub.knowledge.internal.guides;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.GuideData;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A guide; {@code municipality} null for a national one. */
@Entity
@Table(name = "guide")
public class GuideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String municipality;

    private String title;

    private String summary;

    private String body;

    /** Audience codes separated by commas. */
    private String audiences;

    /** Topics separated by newlines (a topic is one line). */
    private String topics;

    private String programme;

    private LocalDate updated;

    private String source;

    private boolean shipped;

    @Version
    private int version;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected GuideEntity() {
    }

    /** A guide written by a municipality's editor. */
    public GuideEntity(String slug, String municipality, GuideData valid) {
        this.slug = slug;
        this.municipality = municipality;
        this.createdAt = LocalDateTime.now();
        assign(valid, Denmark.today());
        this.shipped = false;
    }

    /** A guide as shipped with the platform. */
    public static GuideEntity shipped(Guide guide) {
        GuideEntity e = new GuideEntity();
        e.slug = guide.id();
        e.municipality = guide.national() ? null : guide.municipality();
        e.createdAt = LocalDateTime.now();
        e.assignShipped(guide);
        return e;
    }

    /** An editor's change: the guide is the municipality's text from now on. */
    public void assign(GuideData valid, LocalDate today) {
        title = valid.title();
        summary = valid.summary();
        body = valid.body();
        audiences = String.join(",", valid.audience());
        topics = String.join("\n", valid.topics());
        programme = valid.programme();
        updated = today;
        shipped = false;
        changedAt = LocalDateTime.now();
    }

    /** The shipped text, keeping id and municipality. */
    public void assignShipped(Guide guide) {
        title = guide.title();
        summary = guide.summary();
        body = guide.body();
        audiences = String.join(",", guide.audience());
        topics = String.join("\n", guide.topics());
        programme = guide.programme();
        updated = guide.updated();
        source = guide.source();
        shipped = true;
        changedAt = LocalDateTime.now();
    }

    public String slug() { return slug; }

    public String municipality() { return municipality; }

    public boolean national() { return municipality == null; }

    public boolean isShipped() { return shipped; }

    public LocalDate updated() { return updated; }

    public Guide toModel() {
        return new Guide(slug, title, summary, split(audiences, ","), split(topics, "\n"), programme,
                municipality == null ? Guide.NATIONAL : municipality, updated, source, body);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
