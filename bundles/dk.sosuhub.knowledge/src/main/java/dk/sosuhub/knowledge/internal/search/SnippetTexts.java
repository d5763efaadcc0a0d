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
 * The texts snippets are cut from, per guide: the stored body and summary, decoded, with their sentence boundaries.
 * Decoding a long guide's stored body and finding its sentences was most of a search's cost (docs/performance.md);
 * both depend on the guide alone, so they are kept per segment and document. Segments are immutable: a changed
 * guide is a new document in a new segment, a deleted one is never a hit again, and a segment's texts are dropped
 * when Lucene closes the segment. Nothing of a query is kept. At most {@code maxChars} characters are held; past
 * that, texts are read for the request only.
 */
final class SnippetTexts {

    /** A guide's texts as the highlighter reads them, and the sentence boundaries of each (null: no value stored). */
    record Text(String body, int[] bodySentences, String summary, int[] summarySentences) {
        long chars() {
            return (body == null ? 0 : body.length()) + (summary == null ? 0 : summary.length());
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
    SnippetTexts(Locale locale, int maxLength, long maxChars) {
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
        String body = cut(v.body), summary = cut(v.summary);
        return new Text(body, sentences(body), summary, sentences(summary));
    }

    private String cut(String s) {
        return s == null || s.length() <= maxLength ? s : s.substring(0, maxLength);
    }

    private int[] sentences(String s) {
        return s == null ? null : SentenceBoundaries.all(s, locale);
    }

    /** Reads the first stored body and summary (the fields are single-valued). */
    private static final class Values extends StoredFieldVisitor {
        String body;
        String summary;

        @Override
        public Status needsField(FieldInfo field) {
            if (body != null && summary != null) return Status.STOP;
            return switch (field.name) {
                case Fields.BODY -> body == null ? Status.YES : Status.NO;
                case Fields.SUMMARY -> summary == null ? Status.YES : Status.NO;
                default -> Status.NO;
            };
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (field.name.equals(Fields.BODY)) body = value;
            else if (field.name.equals(Fields.SUMMARY)) summary = value;
        }
    }
}
