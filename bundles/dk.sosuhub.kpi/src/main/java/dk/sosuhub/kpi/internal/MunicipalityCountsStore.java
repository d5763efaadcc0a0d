package dk.sosuhub.kpi.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The national roll-up's counts per municipality and year, kept in memory with the version of the municipality's
 * student records they were counted at ({@code StudentDataVersions}). A municipality's counts are used only while
 * its version is still the one they were counted at; otherwise they are counted again, on demand. Because the
 * version is read before the counting queries start and changes only after a write has committed (and before the
 * write is answered), kept counts always include every write answered before the request: never stale.
 *
 * <p>When many municipalities need counting (the first roll-up of a year, or after writes everywhere), the
 * national grouped queries count them all at once; otherwise each changed one is counted on its own index ranges.
 * Memory: a few small maps per municipality and year, for at most {@link #YEARS} years.
 */
final class MunicipalityCountsStore {

    /** Years kept; the least recently asked is dropped first. */
    static final int YEARS = 12;

    private record Kept(long version, MunicipalityCounts counts) {
    }

    private final CountSource source;
    private final ToLongFunction<String> versions;
    private final int countAllAbove;
    private final Map<Integer, Map<String, Kept>> years = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<String, Kept>> eldest) {
            return size() > YEARS;
        }
    };

    /**
     * @param countAllAbove with more municipalities to count than this, one national count replaces their own
     */
    MunicipalityCountsStore(CountSource source, ToLongFunction<String> versions, int countAllAbove) {
        this.source = source;
        this.versions = versions;
        this.countAllAbove = countAllAbove;
    }

    /** The counts of {@code year} of each of {@code municipalities}, as they are now. */
    Map<String, MunicipalityCounts> counts(int year, Collection<String> municipalities) {
        Map<String, Long> now = new HashMap<>();
        for (String m : municipalities) {
            now.put(m, versions.applyAsLong(m));   // before any counting query starts
        }
        Map<String, Kept> kept = year(year);
        Map<String, MunicipalityCounts> result = new HashMap<>();
        List<String> stale = municipalities.stream().filter(m -> {
            Kept k = kept.get(m);
            if (k != null && k.version() == now.get(m)) {
                result.put(m, k.counts());
                return false;
            }
            return true;
        }).distinct().toList();
        if (stale.size() > countAllAbove) {
            Map<String, MunicipalityCounts> all = source.all(year);
            stale.forEach(m -> result.put(m, all.getOrDefault(m, MunicipalityCounts.NONE)));
        } else {
            stale.forEach(m -> result.put(m, source.one(m, year)));
        }
        stale.forEach(m -> kept.put(m, new Kept(now.get(m), result.get(m))));
        return result;
    }

    /** How many municipality-year counts are kept (for tests). */
    int size() {
        synchronized (years) {
            return years.values().stream().mapToInt(Map::size).sum();
        }
    }

    private Map<String, Kept> year(int year) {
        synchronized (years) {
            return years.computeIfAbsent(year, y -> new ConcurrentHashMap<>());
        }
    }
}
