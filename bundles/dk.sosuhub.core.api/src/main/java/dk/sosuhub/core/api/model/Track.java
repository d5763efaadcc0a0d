package dk.sosuhub.core.api.model;

/** The route a student takes into the programme. */
public enum Track {
    ORDINARY,
    /** Shortened route for experienced unskilled adults: 17-week school course, finishes as SSH. */
    EUV1,
    /** The municipality's own SSH staff upgrading to SSA. */
    SSH_TO_SSA
}
