package dk.sosuhub.knowledge.internal.search;

/** Index field names. */
final class Fields {
    static final String ID = "id";
    static final String MUNICIPALITY = "municipality";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String TOPICS = "topics";
    /** Parts of compound words of all text (voksenelevløn → voksen elev løn). */
    static final String PARTS = "parts";
    /** Surface words of all text: spelling corrections and word completion. */
    static final String WORDS = "words";
    /** Surface words of the title: title completion. */
    static final String TITLE_WORDS = "title_words";
    static final String TITLE_SORT = "title_sort";
    static final String AUDIENCE = "audience";
    static final String TOPIC = "topic";
    static final String PROGRAMME = "programme";
    /** Title, summary, body and topics in one field (counting and first-pass scoring). */
    static final String ALL = "all";
    static final String[] TEXT = {TITLE, SUMMARY, BODY, TOPICS};

    private Fields() {
    }
}
