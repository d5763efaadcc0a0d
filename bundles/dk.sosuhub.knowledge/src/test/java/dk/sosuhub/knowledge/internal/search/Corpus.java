package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.internal.content.GuideParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The shipped content, the judged queries and generated corpora for tests and the benchmark. */
final class Corpus {

    private Corpus() {
    }

    static Path content() {
        String p = System.getProperty("sosuhub.content");
        Path path = p != null ? Path.of(p) : Path.of("../../content");
        if (!Files.isDirectory(path.resolve("guides"))) throw new IllegalStateException("content folder not found: " + path.toAbsolutePath());
        return path;
    }

    static List<Guide> guides() {
        return GuideParser.readAll(content().resolve("guides"));
    }

    /** query → (guide id → grade), in file order. */
    static Map<String, Map<String, Integer>> judged() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(content().resolve("eval/judged-queries.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * n guides made by recombining paragraphs of the real ones: each takes the front matter of a random real
     * guide and 5–12 random paragraphs; about one in ten belongs to one of five municipalities.
     */
    static List<Guide> generated(List<Guide> real, int n, long seed) {
        List<String> paragraphs = new ArrayList<>();
        for (Guide g : real) {
            for (String p : g.body().split("\n\\s*\n")) if (p.strip().length() > 40) paragraphs.add(p.strip());
        }
        String[] codes = {"101", "147", "250", "461", "751"};
        Random rnd = new Random(seed);
        List<Guide> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Guide t = real.get(rnd.nextInt(real.size()));
            int k = 5 + rnd.nextInt(8);
            StringBuilder body = new StringBuilder();
            for (int j = 0; j < k; j++) body.append(paragraphs.get(rnd.nextInt(paragraphs.size()))).append("\n\n");
            String municipality = rnd.nextInt(10) == 0 ? codes[rnd.nextInt(codes.length)] : Guide.NATIONAL;
            out.add(new Guide("gen-" + i, t.title() + " (" + (i + 1) + ")", t.summary(), t.audience(), t.topics(),
                    t.programme(), municipality, t.updated(), t.source(), body.toString()));
        }
        return out;
    }
}
