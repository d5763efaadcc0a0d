package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.internal.analysis.KnowledgeAnalyzers;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns raw user input into a Lucene query without a query parser: the input is only ever analysed into words,
 * so quotes, brackets, operators and wildcards are plain text and cannot break anything.
 * Per word: its stems in the text fields, as part of compounds in documents, its own compound parts,
 * abbreviation long forms (and back), thesaurus synonyms; unknown words are spell-corrected against the index.
 * <p>
 * A term no guide has is left out of the query (its clause could match nothing and score nothing, so every score is
 * the same), which spares rewriting, weighing and scoring clauses that only Lucene would find empty; the query's
 * structure, and with it whether a word counts as searchable, is the same as with them.
 */
final class QueryPlanner {

    static final int MAX_INPUT = 1000;
    static final int MAX_WORDS = 16;
    private static final int MAX_SYNONYMS = 3;

    /**
     * The planned query; {@code query} is null when nothing searchable is left. {@code markTerms}: the words to mark
     * in snippets, stems of what was typed (no synonyms or expansions).
     */
    record Plan(Query query, String suggestion, List<String> words, Set<String> markTerms, Map<Term, Float> flatTerms,
                TermLookup lookup) {

        /** Every term of the query once, on the combined fields: same matches, cheap to score (first pass). */
        Query flatQuery() throws IOException {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Map.Entry<Term, Float> e : flatTerms.entrySet()) {
                b.add(new BoostQuery(lookup.query(e.getKey()), e.getValue()), Occur.SHOULD);
            }
            return b.build();
        }
    }

    private final KnowledgeAnalyzers analyzers;
    private final LanguageResources lang;
    private final Weights w;
    private final DirectSpellChecker spell = new ScanningSpellChecker();
    private final WordBreakSpellChecker wordBreak = new WordBreakSpellChecker();
    /**
     * Per abbreviation (in the resource's order) the stems of each of its long forms: the same for every query, so
     * analysed once, at the first query, instead of every form for every query.
     */
    private volatile Map<String, List<List<String>>> abbreviationStems;

    QueryPlanner(KnowledgeAnalyzers analyzers, Weights weights) {
        this.analyzers = analyzers;
        this.lang = analyzers.language();
        this.w = weights;
        spell.setMaxEdits(2);
        spell.setMinPrefix(1);
        spell.setMinQueryLength(4);
        spell.setAccuracy(0.6f);
        wordBreak.setMinBreakWordLength(3);
        wordBreak.setMaxChanges(1);
    }

    /**
     * @param visible whether a surface word occurs in a guide the caller may see (corrections must not leak
     *                words of other municipalities' guides)
     */
    Plan plan(String raw, IndexSearcher searcher, Predicate<String> visible) throws IOException {
        String input = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
        List<String> words = KnowledgeAnalyzers.terms(analyzers.words(), Fields.WORDS, input);
        if (words.size() > MAX_WORDS) words = words.subList(0, MAX_WORDS);
        IndexReader reader = searcher.getIndexReader();
        TermLookup lookup = new TermLookup(searcher);
        Terms acc = new Terms(lookup);

        List<String> finalWords = new ArrayList<>();
        boolean corrected = false;
        for (String word : words) {
            if (lang.stopWords().contains(word) || !needsCorrection(word, acc)) {
                finalWords.add(word);
                continue;
            }
            List<String> fix = correct(word, reader, visible);
            if (fix == null) {
                finalWords.add(word);
            } else {
                finalWords.addAll(fix);
                corrected = true;
            }
        }

        BooleanQuery.Builder main = new BooleanQuery.Builder();
        int groups = 0;
        for (String word : new LinkedHashSet<>(finalWords)) {
            if (lang.stopWords().contains(word)) continue;
            Query group = wordGroup(word, lookup, acc, 1f);
            if (group != null) {
                main.add(group, Occur.SHOULD);
                groups++;
            }
        }
        if (groups == 0) return new Plan(null, null, finalWords, Set.of(), Map.of(), lookup);
        // words typed apart that the guides write as one compound: voksen elev løn → voksenelevløn
        List<String> content = finalWords.stream().filter(x -> !lang.stopWords().contains(x)).toList();
        for (int i = 0; i + 1 < content.size(); i++) {
            for (int n = 2; n <= 3 && i + n <= content.size(); n++) {
                String joined = String.join("", content.subList(i, i + n));
                String linked = content.get(i) + "s" + content.get(i + 1);
                List<String> candidates = new ArrayList<>(List.of(joined));
                if (n == 2) {
                    candidates.add(linked);
                    // "vejleder i oplæringen" → oplæringsvejleder: the guide writes the modifier first
                    for (String root : rootsOf(content.get(i + 1))) {
                        for (String link : List.of("", "s", "e")) candidates.add(root + link + content.get(i));
                    }
                }
                for (String c : candidates) {
                    if (textDocFreq(acc, c) > 0) {
                        Query group = wordGroup(c, lookup, acc, w.joined());
                        if (group != null) main.add(new BoostQuery(group, w.joined()), Occur.SHOULD);
                        break;
                    }
                }
            }
        }
        // long form typed: add the abbreviation (specialpædagogisk støtte → sps)
        for (Map.Entry<String, List<List<String>>> e : abbreviationStems().entrySet()) {
            String abbr = e.getKey();
            for (List<String> stems : e.getValue()) {
                if (!stems.isEmpty() && acc.stems.containsAll(stems) && !acc.stems.contains(abbr)) {
                    addShould(main, acc.text(abbr, w.abbreviation()));
                    break;
                }
            }
        }
        String suggestion = corrected ? String.join(" ", finalWords) : null;
        return new Plan(main.build(), suggestion, finalWords, acc.stems, acc.flat, lookup);
    }

    /** Collects the terms of a plan: the stems to mark and every term with its effective weight. */
    private final class Terms {
        final Set<String> stems = new LinkedHashSet<>();
        final Map<Term, Float> flat = new LinkedHashMap<>();
        final TermLookup lookup;

        Terms(TermLookup lookup) {
            this.lookup = lookup;
        }

        /** The word's terms in the text fields (its stems). */
        List<String> stemsOf(String word) {
            return analyzers.textTerms(word);
        }

        /** The word's compound parts, stemmed (the parts field's terms). */
        List<String> partsOf(String word) {
            return analyzers.partTerms(word);
        }

        /** A term over the text fields, weighted; null when no guide has it. */
        Query text(String t, float weight) throws IOException {
            Term all = new Term(Fields.ALL, t);
            if (lookup.docFreq(all) == 0) return null;
            flat.merge(all, weight, Math::max);
            Query q = fieldsQuery(t, lookup);
            return weight == 1f ? q : new BoostQuery(q, weight);
        }

        /** A term as part of compounds in the guides, weighted; null when no guide has it. */
        Query part(String t, float weight) throws IOException {
            Term part = new Term(Fields.PARTS, t);
            if (lookup.docFreq(part) == 0) return null;
            flat.merge(part, weight, Math::max);
            return new BoostQuery(lookup.query(part), weight);
        }
    }

    private static void addShould(BooleanQuery.Builder b, Query q) {
        if (q != null) b.add(q, Occur.SHOULD);
    }

    /** True when the word matches nothing and may be a misspelling worth correcting. */
    private boolean needsCorrection(String word, Terms acc) throws IOException {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) return false;
        for (String t : acc.stemsOf(word)) {
            if (docFreq(acc.lookup, t) > 0) return false;
        }
        for (String t : acc.partsOf(word)) {
            if (docFreq(acc.lookup, t) > 0) return false;
        }
        if (lang.expansions(word).size() > 0) return false;
        return !analyzers.spelledCorrectly(word); // a correct Danish word is not "corrected" into another one
    }

    /** A correction of an unknown word from the index vocabulary, or null. */
    private List<String> correct(String word, IndexReader reader, Predicate<String> visible) throws IOException {
        SuggestWord[] similar = spell.suggestSimilar(new Term(Fields.WORDS, word), 5, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        for (SuggestWord s : similar) {
            if (visible.test(s.string)) return List.of(s.string);
        }
        SuggestWord[][] breaks = wordBreak.suggestWordBreaks(new Term(Fields.WORDS, word), 3, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX,
                WordBreakSpellChecker.BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
        for (SuggestWord[] split : breaks) {
            List<String> parts = new ArrayList<>();
            boolean ok = true;
            for (SuggestWord s : split) {
                ok &= s.string.length() >= 3 && visible.test(s.string);
                parts.add(s.string);
            }
            if (ok) return parts;
        }
        return null;
    }

    /** The query of one typed word; {@code mult} is the weight the group gets above (for the flat terms). */
    private Query wordGroup(String word, TermLookup lookup, Terms acc, float mult) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        List<String> stems = acc.stemsOf(word);
        // a typed word that is itself a root most likely means that word: hjælper (noun) over hjælpe (verb)
        String surface = analyzers.textForm(word);
        boolean lemma = stems.size() > 1 && stems.contains(surface);
        for (String t : new LinkedHashSet<>(stems)) {
            float tw = lemma && !t.equals(surface) ? mult * w.otherRoot() : mult;
            acc.stems.add(t);
            addShould(b, acc.text(t, tw));
            addShould(b, acc.part(t, tw * w.partOfDocCompound()));
            n += 2;
        }
        for (String p : new LinkedHashSet<>(acc.partsOf(word))) {
            if (stems.contains(p)) continue;
            acc.stems.add(p);
            addShould(b, acc.text(p, mult * w.queryCompoundPart()));
            addShould(b, acc.part(p, mult * w.queryCompoundPart() * w.partOfDocCompound()));
            n += 2;
        }
        for (List<String> form : abbreviationStems().getOrDefault(word, List.of())) {
            float fw = mult * w.abbreviation();
            BooleanQuery.Builder f = new BooleanQuery.Builder();
            for (String t : new LinkedHashSet<>(form)) {
                addShould(f, acc.text(t, fw));
                addShould(f, acc.part(t, fw * w.partOfDocCompound()));
            }
            BooleanQuery longForm = f.build();
            if (!longForm.clauses().isEmpty()) b.add(longForm, Occur.SHOULD);
            n++;
        }
        int syn = 0;
        for (String s : lang.synonyms(word)) {
            if (syn >= MAX_SYNONYMS) break;
            List<String> st = acc.stemsOf(s);
            if (st.isEmpty() || stems.containsAll(st) || docFreq(lookup, st.get(0)) == 0) continue;
            addShould(b, acc.text(st.get(0), mult * w.synonym()));
            syn++;
            n++;
        }
        return n == 0 ? null : b.build();
    }

    private Map<String, List<List<String>>> abbreviationStems() {
        Map<String, List<List<String>>> m = abbreviationStems;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : lang.abbreviations().entrySet()) {
                List<List<String>> forms = new ArrayList<>();
                for (String form : e.getValue()) forms.add(List.copyOf(KnowledgeAnalyzers.terms(analyzers.text(), Fields.BODY, form)));
                m.put(e.getKey(), List.copyOf(forms));
            }
            abbreviationStems = m = java.util.Collections.unmodifiableMap(m);
        }
        return m;
    }

    /** One term over the text fields (those having it), best field counting most. */
    Query fieldsQuery(String term, TermLookup lookup) throws IOException {
        List<Query> perField = new ArrayList<>(4);
        field(perField, lookup, new Term(Fields.TITLE, term), w.title());
        field(perField, lookup, new Term(Fields.SUMMARY, term), w.summary());
        field(perField, lookup, new Term(Fields.TOPICS, term), w.topics());
        field(perField, lookup, new Term(Fields.BODY, term), w.body());
        // one field: what Lucene's rewrite makes of a one-clause disjunction anyway
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, w.tie());
    }

    private static void field(List<Query> perField, TermLookup lookup, Term term, float weight) throws IOException {
        if (lookup.docFreq(term) == 0) return;
        Query q = lookup.query(term);
        perField.add(weight == 1f ? q : new BoostQuery(q, weight)); // a weight of 1 is what rewriting drops anyway
    }

    /** The word and its dictionary roots, unfolded. */
    private Set<String> rootsOf(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        out.addAll(analyzers.roots(word));
        return out;
    }

    /** Guides having a stem of the word as a whole word. */
    private int textDocFreq(Terms acc, String word) throws IOException {
        int df = 0;
        for (String t : acc.stemsOf(word)) {
            df += acc.lookup.docFreq(new Term(Fields.ALL, t));
        }
        return df;
    }

    private static int docFreq(TermLookup lookup, String term) throws IOException {
        return lookup.docFreq(new Term(Fields.ALL, term)) + lookup.docFreq(new Term(Fields.PARTS, term));
    }
}
