package dk.sosuhub.knowledge.internal.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a function of a single word (its roots in the dictionary, its compound parts, its terms), kept so
 * that a word met again is not worked out again: shared by all threads, and emptied when it holds {@value #MAX_WORDS}
 * words. Words longer than {@value #MAX_LENGTH} characters are worked out every time (no Danish word is that long, and
 * the memo's memory stays bounded whatever is typed). Only facts about words are kept, never a query or an answer.
 */
final class WordMemo<V> {

    static final int MAX_WORDS = 50_000;
    static final int MAX_LENGTH = 64;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> of;

    /** @param of the function; it must depend on the word alone and return the same value for it every time */
    WordMemo(Function<String, V> of) {
        this.of = of;
    }

    V get(String word) {
        if (word.length() > MAX_LENGTH) {
            return of.apply(word);
        }
        V v = known.get(word);
        if (v == null) {
            v = of.apply(word);
            if (known.size() >= MAX_WORDS) known.clear();
            known.put(word, v);
        }
        return v;
    }
}
