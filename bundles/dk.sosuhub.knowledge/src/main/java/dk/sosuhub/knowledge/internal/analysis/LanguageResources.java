package dk.sosuhub.knowledge.internal.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Danish language resources of the analysis chain, loaded once:
 * <ul>
 *   <li>Hunspell dictionary (hunspell-da, shipped in the bundle, MPL-1.1) for stemming and spell checks;</li>
 *   <li>word list (wdanish, GPL: read from the system, {@code /usr/share/dict/danish}) for decompounding,
 *       falling back to the base forms of the Hunspell dictionary;</li>
 *   <li>thesaurus (mythes-da, shipped, MPL-1.1) for query-time synonyms;</li>
 *   <li>stop words (Snowball's Danish list, in Lucene) and the domain abbreviations (our resource file).</li>
 * </ul>
 * See NOTICE-da_DK.txt beside the resources.
 */
public final class LanguageResources {

    private static final Logger LOG = Logger.getLogger(LanguageResources.class.getName());
    public static final String WORDLIST_PROPERTY = "sosuhub.knowledge.wordlist";
    public static final String DEFAULT_WORDLIST = "/usr/share/dict/danish";
    private static final String BASE = "/dk/sosuhub/knowledge/internal/analysis/";

    private static volatile LanguageResources shared;

    private final Dictionary dictionary;
    private final CharArraySet words;
    private final String wordSource;
    private final Map<String, List<String>> thesaurus;
    private final CharArraySet stopWords;
    private final Map<String, List<String>> abbreviations;

    private LanguageResources(Path wordList) throws IOException {
        this.dictionary = loadDictionary();
        this.stopWords = CharArraySet.unmodifiableSet(DanishAnalyzer.getDefaultStopSet());
        if (wordList != null && Files.isReadable(wordList)) {
            this.words = loadWordList(wordList, dictionary);
            this.wordSource = wordList.toString();
        } else {
            LOG.warning("Ordlisten " + wordList + " (Debian-pakken wdanish) mangler; orddeling bruger "
                    + "grundformerne fra Hunspell-ordbogen i stedet.");
            this.words = loadHunspellStems();
            this.wordSource = "hunspell";
        }
        this.thesaurus = loadThesaurus();
        this.abbreviations = loadAbbreviations();
    }

    /** The resources with the word list named by the system property (default {@value #DEFAULT_WORDLIST}). */
    public static LanguageResources shared() {
        LanguageResources r = shared;
        if (r == null) {
            synchronized (LanguageResources.class) {
                r = shared;
                if (r == null) {
                    String wl = System.getProperty(WORDLIST_PROPERTY, DEFAULT_WORDLIST);
                    shared = r = load(wl.isBlank() ? null : Path.of(wl));
                }
            }
        }
        return r;
    }

    /** Loads the resources with the given word list ({@code null} or missing: Hunspell fallback). */
    public static LanguageResources load(Path wordList) {
        try {
            return new LanguageResources(wordList);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Dictionary dictionary() { return dictionary; }

    /** A new spell checker (not thread-safe, cheap to create). */
    public Hunspell speller() { return new Hunspell(dictionary); }

    /** Lower-case words for decompounding. */
    public CharArraySet words() { return words; }

    /** Where the decompounding words come from: a file path or {@code hunspell}. */
    public String wordSource() { return wordSource; }

    public CharArraySet stopWords() { return stopWords; }

    /** Single-word synonyms of a lower-case word (no hypernyms or hyponyms). */
    public List<String> synonyms(String word) {
        return thesaurus.getOrDefault(word, List.of());
    }

    /** Long forms of a lower-case abbreviation. */
    public List<String> expansions(String abbreviation) {
        return abbreviations.getOrDefault(abbreviation, List.of());
    }

    public Map<String, List<String>> abbreviations() { return abbreviations; }

    /** Changes when the analysis would index differently; stored with the index. */
    public String fingerprint() {
        return "words=" + wordSource + ":" + words.size();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LanguageResources.class.getResourceAsStream(BASE + name);
        if (in == null) throw new IOException("Ressourcen mangler i bundlet: " + name);
        return in;
    }

    private static Dictionary loadDictionary() throws IOException {
        try (InputStream aff = resource("da_DK.aff"); InputStream dic = resource("da_DK.dic")) {
            return new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
        } catch (java.text.ParseException e) {
            throw new IOException("Hunspell-ordbogen kan ikke læses: " + e.getMessage(), e);
        }
    }

    private static CharArraySet loadWordList(Path file, Dictionary dictionary) throws IOException {
        CharArraySet set = new CharArraySet(400_000, false);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                // three-letter entries include abbreviations (opg, ave): keep those the dictionary lists too
                if (line.strip().length() == 3 && dictionary.lookupEntries(line.strip()) == null) continue;
                addWord(set, line);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet loadHunspellStems() throws IOException {
        CharArraySet set = new CharArraySet(200_000, false);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("da_DK.dic"), StandardCharsets.UTF_8))) {
            r.readLine(); // count
            String line;
            while ((line = r.readLine()) != null) {
                int slash = line.indexOf('/');
                addWord(set, slash < 0 ? line : line.substring(0, slash));
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** Keeps lower-case alphabetic words of three letters or more. */
    private static void addWord(CharArraySet set, String raw) {
        String w = raw.strip();
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) return;
        if (!w.equals(w.toLowerCase(Locale.ROOT))) return; // proper nouns and abbreviations are no compound parts
        set.add(w);
    }

    private static Map<String, List<String>> loadThesaurus() throws IOException {
        Map<String, List<String>> map = new HashMap<>(150_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("th_da_DK.dat"), StandardCharsets.UTF_8))) {
            r.readLine(); // encoding
            String line;
            while ((line = r.readLine()) != null) {
                int bar = line.lastIndexOf('|');
                if (bar <= 0) continue;
                String head = line.substring(0, bar).toLowerCase(Locale.ROOT);
                int n;
                try {
                    n = Integer.parseInt(line.substring(bar + 1).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                Set<String> syns = new LinkedHashSet<>();
                for (int i = 0; i < n && (line = r.readLine()) != null; i++) {
                    String[] parts = line.split("\\|");
                    for (int j = 1; j < parts.length; j++) {
                        String s = parts[j].strip().toLowerCase(Locale.ROOT);
                        // hyponyms and hypernyms widen too much; multi-word entries are left out
                        if (s.isEmpty() || s.contains("(") || s.contains(" ") || s.equals(head)) continue;
                        syns.add(s);
                    }
                }
                if (!head.contains(" ") && !syns.isEmpty()) {
                    map.merge(head, List.copyOf(syns), (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
                        return List.copyOf(all);
                    });
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, List<String>> loadAbbreviations() throws IOException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("abbreviations.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.indexOf('=');
                if (eq <= 0) continue;
                List<String> forms = new ArrayList<>();
                for (String f : line.substring(eq + 1).split("\\|")) if (!f.isBlank()) forms.add(f.strip().toLowerCase(Locale.ROOT));
                map.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), List.copyOf(forms));
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
