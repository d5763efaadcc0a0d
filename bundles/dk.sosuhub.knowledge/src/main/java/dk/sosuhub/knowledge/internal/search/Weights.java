package dk.sosuhub.knowledge.internal.search;

/** Relative weights of the query parts; set once from corpus-independent reasoning and checked by the benchmark. */
record Weights(float title, float summary, float topics, float body, float tie,
               float partOfDocCompound, float queryCompoundPart, float abbreviation, float synonym,
               float correction, float joined, float otherRoot) {

    static final Weights DEFAULT = new Weights(3f, 2f, 2f, 1f, 0.3f, 0.4f, 0.6f, 0.6f, 0.2f, 0.9f, 1.0f, 0.3f);
}
