package dk.sosuhub.knowledge;


import java.util.List;

/**
 * The guides of the knowledge base; the database is their truth. National guides (shipped with the platform)
 * are seen by every municipality and written by nobody through a municipality; a municipality's own guides are
 * seen and written only inside it, so a guide of another municipality is "not found". Every change is told to
 * the registered {@link GuideListener}s after it is committed.
 */
public interface GuideService {

    /** The outcome of {@link #importShipped}. */
    record ImportResult(int added, int updated, int unchanged) {
    }

    /** National guides and the municipality's own, by title. */
    List<Guide> visible(String municipality);

    /** @throws dk.sosuhub.core.api.error.NotFoundException unless the guide is visible to the municipality */
    Guide get(String municipality, String id);

    /** A new guide of the municipality; its id is derived from the municipality code and the title. */
    Guide create(String municipality, GuideData data);

    /**
     * Replaces the fields of one of the municipality's own guides; the id stays.
     *
     * @throws dk.sosuhub.core.api.error.ForbiddenException for a national guide (read-only)
     */
    Guide update(String municipality, String id, GuideData data);

    /** @throws dk.sosuhub.core.api.error.ForbiddenException for a national guide (read-only) */
    void delete(String municipality, String id);

    /** Every guide of every municipality: what a search index is built from. */
    List<Guide> all();

    long count();

    /**
     * Brings the guides shipped with the distribution into the database, keyed by their id (the file's slug):
     * a guide never imported before is added, one imported before is updated when its {@code updated} date is
     * newer and nobody has edited or deleted it since. Running it again changes nothing.
     */
    ImportResult importShipped(List<Guide> shipped);
}
