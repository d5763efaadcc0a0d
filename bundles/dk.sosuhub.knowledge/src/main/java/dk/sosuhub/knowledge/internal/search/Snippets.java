package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The snippets of a page of hits: the body's best passages with the typed words marked, the summary (marked) when
 * the body has none. What Lucene's {@link UnifiedHighlighter} did for us before, with its own parts
 * ({@link FieldHighlighter}: passages, scores, formatting) and the same settings, so the snippets are the same;
 * it differs in where the texts and offsets come from:
 * <ul>
 *   <li>texts and sentence boundaries from {@link GuideTexts} (kept per guide) instead of the stored fields;</li>
 *   <li>each term's postings are looked up once per segment and field and walked through the page's hits in
 *       document order, where the highlighter looked every term up again and opened new postings for every hit;</li>
 *   <li>the summary is highlighted only for hits whose body has no passage (the only ones it is shown for).</li>
 * </ul>
 */
final class Snippets {

    /** Lucene's passage scores without its per-passage allocations; stateless. */
    private static final SnippetScorer SCORER = new SnippetScorer();
    /** The highlighter's own order of a snippet's passages: as in the text. */
    private static final Comparator<Passage> IN_TEXT_ORDER = Comparator.comparingInt(Passage::getStartOffset);
    /** The highlighter's separator of a multi-valued field's values (our fields have one value). */
    private static final char VALUE_SEPARATOR = '\u0000';
    private static final int BODY_PASSAGES = 2;
    private static final int SUMMARY_PASSAGES = 1;

    private Snippets() {
    }

    /**
     * @param markTerms the analysed terms to mark (in body and summary)
     * @return per hit its snippet (HTML: escaped text with {@code <mark>}), null when neither body nor summary has
     *         a marked word
     */
    static String[] of(IndexSearcher searcher, GuideTexts texts, Collection<String> markTerms, ScoreDoc[] docs,
                       Locale locale) throws IOException {
        return of(searcher, texts, markTerms, docs, locale, new TermLookup(searcher));
    }

    /** @param lookup the search's term lookup (the marked terms' states are mostly known from planning) */
    static String[] of(IndexSearcher searcher, GuideTexts texts, Collection<String> markTerms, ScoreDoc[] docs,
                       Locale locale, TermLookup lookup) throws IOException {
        String[] out = new String[docs.length];
        if (docs.length == 0) return out;
        TreeSet<BytesRef> sorted = new TreeSet<>();
        for (String t : markTerms) sorted.add(new BytesRef(t));
        BytesRef[] terms = sorted.toArray(new BytesRef[0]);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc)); // postings are walked forward
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // per text handed to the highlighter (by identity): its sentence boundaries, and where it has characters to escape
        Map<String, int[]> sentences = new IdentityHashMap<>();
        Map<String, int[]> escapes = new IdentityHashMap<>();

        // the body's snippets are shown on one line
        FieldHighlighter body = highlighter(Fields.BODY, terms, lookup, BODY_PASSAGES, new MarkFormatter(true, escapes),
                locale, sentences);
        GuideTexts.Text[] text = new GuideTexts.Text[docs.length];
        for (int i : order) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            int doc = docs[i].doc - leaf.docBase;
            text[i] = texts.get(leaf.reader(), doc);
            if (text[i].body == null) continue;
            sentences.put(text[i].body, text[i].bodySentences());
            escapes.put(text[i].body, text[i].bodyEscapes());
            Object marked = body.highlightFieldForDoc(leaf.reader(), doc, text[i].body);
            if (marked != null) out[i] = marked.toString();
        }
        FieldHighlighter summary = null;
        for (int i : order) {
            String s = text[i].snippetSummary();
            if (out[i] != null || s == null) continue;
            if (summary == null) {
                summary = highlighter(Fields.SUMMARY, terms, lookup, SUMMARY_PASSAGES, new MarkFormatter(false, escapes),
                        locale, sentences);
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            sentences.put(s, text[i].summarySentences());
            escapes.put(s, text[i].summaryEscapes());
            Object marked = summary.highlightFieldForDoc(leaf.reader(), docs[i].doc - leaf.docBase, s);
            if (marked != null) out[i] = marked.toString();
        }
        return out;
    }

    private static FieldHighlighter highlighter(String field, BytesRef[] terms, TermLookup lookup, int passages,
                                                PassageFormatter formatter, Locale locale,
                                                Map<String, int[]> sentences) {
        return new FieldHighlighter(field, new Offsets(field, terms, lookup),
                new SplittingBreakIterator(new SentenceBoundaries(locale, sentences), VALUE_SEPARATOR),
                SCORER, passages, 0, formatter, IN_TEXT_ORDER);
    }

    /**
     * The marked terms' offsets in a document, from the postings (the field is indexed with offsets). Asked for the
     * documents of a segment in increasing order, it looks each term up once and moves its postings forward. The
     * terms come from the search's {@link TermLookup}: most were looked up in planning, and a segment without the term
     * is known without a seek.
     */
    private static final class Offsets extends FieldOffsetStrategy {
        private final BytesRef[] terms;
        private final TermLookup lookup;
        private LeafReader leaf;
        private TermsEnum termsEnum;
        private PostingsEnum[] postings;
        private int lastDoc;

        Offsets(String field, BytesRef[] terms, TermLookup lookup) {
            super(new UHComponents(field, field::equals, new MatchNoDocsQuery(), terms, PhraseHelper.NONE,
                    new LabelledCharArrayMatcher[0], false, Set.of()));
            this.terms = terms;
            this.lookup = lookup;
        }

        @Override
        public UnifiedHighlighter.OffsetSource getOffsetSource() {
            return UnifiedHighlighter.OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
            if (reader != leaf || doc < lastDoc) open(reader); // a new segment, or asked out of order: start again
            lastDoc = doc;
            if (termsEnum == null) return OffsetsEnum.EMPTY;
            List<OffsetsEnum> found = new ArrayList<>(2);
            for (int i = 0; i < terms.length; i++) {
                PostingsEnum p = postings[i];
                if (p == null) continue;
                int d = p.docID() < doc ? p.advance(doc) : p.docID();
                if (d == doc) found.add(new OffsetsEnum.OfPostings(terms[i], p));
            }
            return switch (found.size()) {
                case 0 -> OffsetsEnum.EMPTY;
                case 1 -> found.get(0);
                default -> new OffsetsEnum.MultiOffsetsEnum(found);
            };
        }

        private void open(LeafReader reader) throws IOException {
            leaf = reader;
            LeafReaderContext ctx = lookup.context(reader);
            termsEnum = lookup.termsEnum(ctx, getField());
            postings = new PostingsEnum[terms.length];
            if (termsEnum == null) return;
            for (int i = 0; i < terms.length; i++) postings[i] = seek(ctx, terms[i]);
        }

        private PostingsEnum seek(LeafReaderContext ctx, BytesRef term) throws IOException {
            TermState state = lookup.states(new Term(getField(), term)).get(ctx);
            if (state == null) return null;
            PostingsEnum p = lookup.postings(ctx, new Term(getField(), term), state, PostingsEnum.OFFSETS);
            if (p == null) throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets");
            return p;
        }
    }

    /**
     * The snippets' text, as Lucene's {@code DefaultPassageFormatter} with {@code <mark>}, its ellipsis and its HTML
     * escaping formats it (the same text: {@code MarkFormatterTest} compares them). It writes into a buffer of about
     * the right size and copies the text between two characters to escape in one piece, where Lucene grows its buffer
     * as it goes and appends every character on its own (a tenth of a search's time and of its memory went there).
     * Where a text has characters to escape is found once per guide ({@link #escapes}), not by reading every character
     * of every passage again in every search (5 % of a search). With {@code oneLine} (the body's snippets), line
     * breaks are written as spaces and the snippet is trimmed, as replacing and stripping the formatted snippet would,
     * without copying it twice more. A formatter serves one search, whose snippets it writes into one buffer: not
     * thread-safe.
     */
    static final class MarkFormatter extends PassageFormatter {
        private static final String PRE = "<mark>";
        private static final String POST = "</mark>";
        private static final String ELLIPSIS = " … ";
        private final boolean oneLine;
        /** Per text (by identity) {@link #escapes} of it; a text not in it is read for them. */
        private final Map<String, int[]> escapes;
        /** The snippet being written; one buffer for all the snippets of a search (a formatter serves one search). */
        private final Chars out = new Chars(256);

        MarkFormatter(boolean oneLine, Map<String, int[]> escapes) {
            this.oneLine = oneLine;
            this.escapes = escapes;
        }

        MarkFormatter(boolean oneLine) {
            this(oneLine, Map.of());
        }

        /** The positions, in order, of the text's characters that are escaped, or replaced on one line. */
        static int[] escapes(String text) {
            int[] at = new int[16];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (entity(text.charAt(i), true) == null) continue;
                if (n == at.length) at = Arrays.copyOf(at, n * 2);
                at[n++] = i;
            }
            return Arrays.copyOf(at, n);
        }

        /** What the character is written as, null for itself. */
        private static String entity(char c, boolean oneLine) {
            return switch (c) { // Lucene's escapes (OWASP's rules)
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#x27;";
                case '/' -> "&#x2F;";
                case '\n' -> oneLine ? " " : null;
                default -> null;
            };
        }

        @Override
        public String format(Passage[] passages, String content) {
            int[] escaped = escapes.get(content);
            if (escaped == null) escaped = escapes(content);
            out.clear(capacity(passages));
            int pos = 0;
            for (Passage passage : passages) {
                if (passage.getStartOffset() > pos && pos > 0) out.add(ELLIPSIS); // not before the first, nor between adjacent ones
                pos = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    append(out, content, escaped, pos, start);
                    int end = passage.getMatchEnds()[i];
                    while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                        end = Math.max(end, passage.getMatchEnds()[++i]); // overlapping matches are marked as one
                    }
                    end = Math.min(end, passage.getEndOffset()); // a match may reach past its passage
                    out.add(PRE);
                    append(out, content, escaped, start, end);
                    out.add(POST);
                    pos = end;
                }
                append(out, content, escaped, pos, Math.max(pos, passage.getEndOffset()));
                pos = passage.getEndOffset();
            }
            return out.toString(oneLine);
        }

        /** The passages' text with their marks and an ellipsis each, and room for some escapes. */
        private static int capacity(Passage[] passages) {
            int n = 0;
            for (Passage p : passages) {
                n += p.getLength() + p.getNumMatches() * (PRE.length() + POST.length()) + ELLIPSIS.length();
            }
            return n + n / 8;
        }

        /** The text from start to end, escaped; {@code escaped}: {@link #escapes} of the text. */
        private void append(Chars dest, String content, int[] escaped, int start, int end) {
            int run = start;
            int k = Arrays.binarySearch(escaped, start);
            for (k = k < 0 ? -k - 1 : k; k < escaped.length && escaped[k] < end; k++) {
                int i = escaped[k];
                String entity = entity(content.charAt(i), oneLine);
                if (entity != null) {
                    dest.add(content, run, i);
                    dest.add(entity);
                    run = i + 1;
                }
            }
            dest.add(content, run, end);
        }

        /**
         * The snippet's characters. Java 17's {@code StringBuilder} appends a part of a string one character at a time
         * (through {@code charAt}); {@link String#getChars} copies it in one piece.
         */
        private static final class Chars {
            private char[] buf;
            private int len;

            Chars(int capacity) {
                buf = new char[Math.max(16, capacity)];
            }

            /** Empties the buffer, with room for at least {@code capacity} characters. */
            void clear(int capacity) {
                len = 0;
                if (buf.length < capacity) buf = new char[Math.max(capacity, buf.length * 2)];
            }

            void add(String s) {
                add(s, 0, s.length());
            }

            void add(String s, int start, int end) {
                int n = end - start;
                if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
                s.getChars(start, end, buf, len);
                len += n;
            }

            /** The text; with {@code trim}, as {@link String#strip()} of it. */
            String toString(boolean trim) {
                int start = 0;
                int end = len;
                if (trim) {
                    while (start < end && Character.isWhitespace(buf[start])) start++;
                    while (end > start && Character.isWhitespace(buf[end - 1])) end--;
                }
                return new String(buf, start, end - start);
            }
        }
    }
}
