package dk.sosuhub.knowledge;

import java.util.Map;

/** Hit counts per audience code, topic and programme ({@code SSH}, {@code SSA}, {@code ingen}) over all hits. */
public record Facets(Map<String, Long> audience, Map<String, Long> topics, Map<String, Long> programme) {

    public static final String NO_PROGRAMME = "ingen";

    public static Facets empty() {
        return new Facets(Map.of(), Map.of(), Map.of());
    }
}
