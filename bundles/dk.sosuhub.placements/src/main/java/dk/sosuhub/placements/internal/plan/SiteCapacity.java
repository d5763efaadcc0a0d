package dk.sosuhub.placements.internal.plan;

/** A site's capacity in each time segment (capacity changes and {@code active} applied). One per site. */
public final class SiteCapacity {

    private final long siteId;
    private final int[] bySegment;

    SiteCapacity(long siteId, int[] bySegment) {
        this.siteId = siteId;
        this.bySegment = bySegment;
    }

    public int at(TimeSegment segment) {
        return bySegment[segment.index()];
    }

    /** The capacity in the segment of this index. */
    public int at(int segment) {
        return bySegment[segment];
    }

    @Override
    public String toString() {
        return "SiteCapacity[" + siteId + "]";
    }
}
