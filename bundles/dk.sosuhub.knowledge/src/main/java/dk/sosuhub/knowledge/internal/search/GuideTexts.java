package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The stored texts a search answers with, per guide: id, title and summary for the hit list, body and summary for the
 * snippets, decoded, with their sentence boundaries (found at the first snippet). Decoding a long guide's stored
 * fields and finding its sentences was most of a search's cost (docs/performance.md); all of it depends on the
 * guide alone, so it is kept per segment and document. Segments are immutable: a changed
 * guide is a new document in a new segment, a deleted one is never a hit again, and a segment's texts are dropped
 * when Lucene closes the segment. Nothing of a query is kept. At most {@code maxChars} characters are held; past
 * that, texts are read for the request only.
 */
final class GuideTexts {

    /**
     * A guide's stored texts (null: no value stored). {@code body} is cut where the highlighter stops reading; the
     * summary is whole (the hit list shows it) and cut for the highlighter by {@link #snippetSummary}.
     */
    static final class Text {
        final String id;
        final String title;
        final String summary;
        final String body;
        private final Locale locale;
        private final int maxLength;
        private volatile int[] bodySentences;
        private volatile int[] summarySentences;
        private volatile int[] bodyEscapes;
        private volatile int[] summaryEscapes;

        Text(String id, String title, String summary, String body, Locale locale, int maxLength) {
            this.id = id;
            this.title = title;
            this.summary = summary;
            this.body = body;
            this.locale = locale;
            this.maxLength = maxLength;
        }

        /** The summary as the highlighter reads it. */
        String snippetSummary() {
            return cut(summary, maxLength);
        }

        /** The body's sentence boundaries, found once (see {@link SentenceBoundaries#all}); null without a body. */
        int[] bodySentences() {
            int[] s = bodySentences;
            if (s == null && body != null) bodySentences = s = SentenceBoundaries.all(body, locale);
            return s;
        }

        /** The snippet summary's sentence boundaries, found once; null without a summary. */
        int[] summarySentences() {
            int[] s = summarySentences;
            if (s == null && summary != null) summarySentences = s = SentenceBoundaries.all(snippetSummary(), locale);
            return s;
        }

        /** Where the body has characters the snippets escape ({@link Snippets.MarkFormatter#escapes}), found once. */
        int[] bodyEscapes() {
            int[] e = bodyEscapes;
            if (e == null && body != null) bodyEscapes = e = Snippets.MarkFormatter.escapes(body);
            return e;
        }

        /** Where the snippet summary has characters the snippets escape, found once. */
        int[] summaryEscapes() {
            int[] e = summaryEscapes;
            if (e == null && summary != null) summaryEscapes = e = Snippets.MarkFormatter.escapes(snippetSummary());
            return e;
        }

        long chars() {
            return length(id) + length(title) + length(summary) + length(body);
        }

        private static int length(String s) {
            return s == null ? 0 : s.length();
        }
    }

    private final Locale locale;
    private final int maxLength;
    private final long maxChars;
    private final AtomicLong held = new AtomicLong();
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /**
     * @param maxLength the highlighter's limit: longer stored values are cut there, as its own loading does
     * @param maxChars  characters held at most, over all segments
     */
    GuideTexts(Locale locale, int maxLength, long maxChars) {
        this.locale = locale;
        this.maxLength = maxLength;
        this.maxChars = maxChars;
    }

    private static final class Segment {
        final AtomicReferenceArray<Text> docs;
        final AtomicLong chars = new AtomicLong();

        Segment(int maxDoc) {
            docs = new AtomicReferenceArray<>(maxDoc);
        }
    }

    /** The texts of a document of the segment. */
    Text get(LeafReader leaf, int doc) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        Segment segment = helper == null ? null : segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(this::dropped);
            return new Segment(leaf.maxDoc());
        });
        Text text = segment == null ? null : segment.docs.get(doc);
        if (text != null) return text;
        text = read(leaf, doc);
        long n = text.chars();
        if (segment != null && held.addAndGet(n) <= maxChars) {
            if (segment.docs.compareAndSet(doc, null, text)) {
                segment.chars.addAndGet(n);
            } else {
                held.addAndGet(-n);
                text = segment.docs.get(doc);
            }
        } else {
            held.addAndGet(-n);
        }
        return text;
    }

    private void dropped(IndexReader.CacheKey key) {
        Segment s = segments.remove(key);
        if (s != null) held.addAndGet(-s.chars.get());
    }

    /** Characters held now (tests). */
    long heldChars() {
        return held.get();
    }

    /** Segments with texts held now (tests). */
    int segments() {
        return segments.size();
    }

    private Text read(LeafReader leaf, int doc) throws IOException {
        Values v = new Values();
        leaf.storedFields().document(doc, v);
        return new Text(v.id, v.title, v.summary, cut(v.body, maxLength), locale, maxLength);
    }

    private static String cut(String s, int maxLength) {
        return s == null || s.length() <= maxLength ? s : s.substring(0, maxLength);
    }

    /** Reads the first stored value of each of the fields (they are single-valued). */
    private static final class Values extends StoredFieldVisitor {
        String id;
        String title;
        String summary;
        String body;

        @Override
        public Status needsField(FieldInfo field) {
            if (id != null && title != null && summary != null && body != null) return Status.STOP;
            return switch (field.name) {
                case Fields.ID -> id == null ? Status.YES : Status.NO;
                case Fields.TITLE -> title == null ? Status.YES : Status.NO;
                case Fields.SUMMARY -> summary == null ? Status.YES : Status.NO;
                case Fields.BODY -> body == null ? Status.YES : Status.NO;
                default -> Status.NO;
            };
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            switch (field.name) {
                case Fields.ID -> id = value;
                case Fields.TITLE -> title = value;
                case Fields.SUMMARY -> summary = value;
                case Fields.BODY -> body = value;
                default -> { }
            }
        }
    }
}
