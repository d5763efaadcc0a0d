package dk.sosuhub.knowledge.internal.guides;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A shipped guide that has been imported, with the shipped {@code updated} date of the text imported last. */
@Entity
@Table(name = "guide_import")
public class GuideImportEntity {

    @Id
    private String slug;

    private LocalDate updated;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    protected GuideImportEntity() {
    }

    public GuideImportEntity(String slug, LocalDate updated) {
        this.slug = slug;
        imported(updated);
    }

    public String slug() {
        return slug;
    }

    /** Whether a shipped text of this date is newer than the one imported last. */
    public boolean olderThan(LocalDate shipped) {
        return shipped != null && (updated == null || shipped.isAfter(updated));
    }

    public void imported(LocalDate shippedUpdated) {
        this.updated = shippedUpdated;
        this.importedAt = LocalDateTime.now();
    }
}
