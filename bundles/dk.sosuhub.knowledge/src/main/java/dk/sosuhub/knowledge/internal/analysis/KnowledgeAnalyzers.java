package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The analysis chains. Filters are constructed directly (no SPI factory lookup, see stack notes trap 10).
 * <pre>
 * text:  StandardTokenizer → WordDelimiterGraph (euv1 → euv 1, SSH'ere → ssh ere) → lower case → aa/ae/oe → å/æ/ø
 *        → stop words → Hunspell stems (unknown compounds by their head) → fold æ/ø/å to a/o → dedup
 * parts: as text, but after stemming only the parts of compounds, stemmed again (voksenelevlønnen → voksen elev løn)
 * words: StandardTokenizer → lower case → aa/ae/oe → å/æ/ø           (surface words: spelling, autocomplete)
 * </pre>
 */
public final class KnowledgeAnalyzers {

    private static final int WDGF_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private final LanguageResources lang;
    private final CompoundSplitter splitter;
    private final Analyzer text;
    private final Analyzer parts;
    private final Analyzer words;
    /** Stems of words, shared by every stem filter of these analyzers (see {@link DanishStemFilter}). */
    private final WordMemo<String[]> stems;
    /** Roots of words in the dictionary (see {@link #roots}). */
    private final WordMemo<List<String>> roots;
    /** Whether words are spelled correctly (see {@link #spelledCorrectly}). */
    private final WordMemo<Boolean> correct;
    /** The terms of single words in the text fields and in the parts field (see {@link #textTerms}). */
    private final WordMemo<List<String>> textTerms, partTerms;
    /** Single words as the text fields normalize them (see {@link #textForm}). */
    private final WordMemo<String> textForm;

    public KnowledgeAnalyzers(LanguageResources lang) {
        this.lang = lang;
        this.splitter = new CompoundSplitter(lang.words(), lang.stopWords(), lang.dictionary());
        Hunspell hunspell = lang.speller(); // thread-safe
        this.roots = new WordMemo<>(word -> dictionaryRoots(hunspell, word));
        this.stems = DanishStemFilter.memo(roots::get, splitter);
        this.correct = new WordMemo<>(hunspell::spell);
        this.text = chain(false);
        this.parts = chain(true);
        // the chains are the same for every field: the field's name does not matter here
        this.textTerms = new WordMemo<>(word -> List.copyOf(terms(text, "text", word)));
        this.partTerms = new WordMemo<>(word -> List.copyOf(terms(parts, "parts", word)));
        this.textForm = new WordMemo<>(word -> text.normalize("text", word).utf8ToString());
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new DanishNormalizationFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new DanishNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    public LanguageResources language() { return lang; }

    public Analyzer text() { return text; }

    public Analyzer words() { return words; }

    public CompoundSplitter splitter() { return splitter; }

    /** The word's roots in the dictionary, lower-cased (hjælper → hjælper, hjælpe); empty for an unknown word. */
    public List<String> roots(String word) { return roots.get(word); }

    private static List<String> dictionaryRoots(Hunspell hunspell, String word) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String r : hunspell.getRoots(word)) out.add(r.toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            // odd input: treat as unknown
        }
        return List.copyOf(out);
    }

    /** Whether the dictionary knows the word as it is spelled (compounds of known words included). */
    public boolean spelledCorrectly(String word) { return correct.get(word); }

    /** Only the parts of compound words (voksenelevløn → voksen elev løn), for the parts field. */
    public Analyzer parts() { return parts; }

    /**
     * The terms the text analyzer makes of one word (its stems), as {@link #terms} gives them; a word met before is
     * not analysed again. The planner asks this for every typed word and for the compounds it tries.
     */
    public List<String> textTerms(String word) { return textTerms.get(word); }

    /** The terms the parts analyzer makes of one word (the stems of its compound parts); see {@link #textTerms}. */
    public List<String> partTerms(String word) { return partTerms.get(word); }

    /** One word as the text analyzer normalizes it, unstemmed (Hjælper → hjalper); see {@link #textTerms}. */
    public String textForm(String word) { return textForm.get(word); }

    private Analyzer chain(boolean partsOnly) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new WordDelimiterGraphFilter(source, WDGF_FLAGS, null);
                ts = new FlattenGraphFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = new DanishNormalizationFilter(ts);
                ts = new StopFilter(ts, lang.stopWords());
                ts = new DanishStemFilter(ts, stems);
                if (partsOnly) {
                    ts = new DanishCompoundFilter(ts, splitter);
                    ts = new DanishStemFilter(ts, stems);
                }
                ts = new ScandinavianFoldingFilter(ts);
                ts = new RemoveDuplicatesTokenFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ScandinavianFoldingFilter(new DanishNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }

    /** The terms an analyzer makes of a text. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
