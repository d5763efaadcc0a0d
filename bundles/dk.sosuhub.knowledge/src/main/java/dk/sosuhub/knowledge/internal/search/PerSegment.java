package dk.sosuhub.knowledge.internal.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.IOFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Something worked out once per segment: segments are immutable, so it holds until the segment is closed, and is
 * dropped then. A reader without a core cache key gets it worked out every time.
 */
final class PerSegment<T> {

    private final Map<IndexReader.CacheKey, T> cache = new ConcurrentHashMap<>();
    private final IOFunction<LeafReader, T> build;

    PerSegment(IOFunction<LeafReader, T> build) {
        this.build = build;
    }

    T of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return build(reader);
        return cache.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(cache::remove);
            return build(reader);
        });
    }

    private T build(LeafReader reader) {
        try {
            return build.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
