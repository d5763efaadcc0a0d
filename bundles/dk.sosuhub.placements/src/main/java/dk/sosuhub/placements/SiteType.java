package dk.sosuhub.placements;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of placement site (oplæringssted). Psychiatry and hospital are the region's; the rest the municipality's. */
public enum SiteType {
    /** Plejecenter. */
    CARE_HOME(false),
    /** Hjemmepleje. */
    HOME_CARE(false),
    /** Genoptræning / rehabilitering. */
    REHABILITATION(false),
    /** Dagcenter. */
    DAY_CENTRE(false),
    /** Psykiatri (regional). */
    PSYCHIATRY(true),
    /** Hospital (regional). */
    HOSPITAL(true);

    private final boolean regional;

    SiteType(boolean regional) {
        this.regional = regional;
    }

    public boolean regional() { return regional; }

    /** The municipal site types: care home, home care, rehabilitation, day centre. */
    public static Set<SiteType> municipal() {
        EnumSet<SiteType> set = EnumSet.noneOf(SiteType.class);
        Arrays.stream(values()).filter(t -> !t.regional).forEach(set::add);
        return set;
    }
}
