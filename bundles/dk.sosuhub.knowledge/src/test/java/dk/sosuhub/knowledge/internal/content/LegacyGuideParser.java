package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written front-matter parser that {@link GuideParser} replaced (SnakeYAML), kept only so that
 * {@code GuideParserMigrationTest} can prove every shipped guide reads the same with both. Reads guide files: flat YAML-style front matter between {@code ---} lines, then the Markdown body.
 * Supported values: plain scalars, quoted strings, {@code [a, b]} lists and {@code null}.
 */
final class LegacyGuideParser {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

    private LegacyGuideParser() {
    }


    public static Guide parse(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (!s.startsWith("---\n")) throw new GuideParser.GuideFormatException("Mangler front matter (---)");
        int end = s.indexOf("\n---", 3);
        if (end < 0) throw new GuideParser.GuideFormatException("Front matter er ikke afsluttet (---)");
        Map<String, Object> fm = frontMatter(s.substring(4, end));
        int bodyStart = s.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : s.substring(bodyStart + 1);

        String id = string(fm, "id");
        if (id == null || id.isBlank()) throw new GuideParser.GuideFormatException("Feltet id mangler");
        String programme = string(fm, "programme");
        if (programme != null) {
            programme = programme.toUpperCase(Locale.ROOT);
            if (!programme.equals("SSH") && !programme.equals("SSA"))
                throw new GuideParser.GuideFormatException("programme skal være SSH, SSA eller null: " + programme);
        }
        String municipality = string(fm, "municipality");
        if (municipality == null) municipality = Guide.NATIONAL;
        if (!municipality.equals(Guide.NATIONAL) && !MUNICIPALITY.matcher(municipality).matches())
            throw new GuideParser.GuideFormatException("municipality skal være national eller en kode på tre cifre: " + municipality);
        LocalDate updated = null;
        String u = string(fm, "updated");
        if (u != null) {
            try {
                updated = LocalDate.parse(u);
            } catch (DateTimeParseException e) {
                throw new GuideParser.GuideFormatException("updated er ikke en dato: " + u);
            }
        }
        return new Guide(id, string(fm, "title"), string(fm, "summary"), list(fm, "audience"), list(fm, "topics"),
                programme, municipality, updated, string(fm, "source"), body);
    }

    public static Guide read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GuideParser.GuideFormatException e) {
            throw new GuideParser.GuideFormatException(file.getFileName() + ": " + e.getMessage());
        }
    }

    /** All {@code *.md} guides of a folder, sorted by file name. */
    public static List<Guide> readAll(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().map(LegacyGuideParser::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> frontMatter(String block) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new GuideParser.GuideFormatException("Ugyldig linje i front matter: " + line);
            String key = line.substring(0, colon).trim();
            String raw = line.substring(colon + 1).trim();
            map.put(key, value(raw));
        }
        return map;
    }

    private static Object value(String raw) {
        if (raw.startsWith("[") && raw.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : splitList(raw.substring(1, raw.length() - 1))) {
                Object v = scalar(item.trim());
                if (v != null && !v.toString().isEmpty()) items.add(v.toString());
            }
            return items;
        }
        return scalar(raw);
    }

    /** Splits on commas outside quotes. */
    private static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString());
        return out;
    }

    private static String scalar(String raw) {
        if (raw.isEmpty() || raw.equals("null") || raw.equals("~")) return null;
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        return raw;
    }

    private static String string(Map<String, Object> fm, String key) {
        Object v = fm.get(key);
        if (v == null) return null;
        if (v instanceof List<?> l) return l.isEmpty() ? null : String.join(", ", l.stream().map(Object::toString).toList());
        return v.toString();
    }

    private static List<String> list(Map<String, Object> fm, String key) {
        Object v = fm.get(key);
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l.stream().map(Object::toString).toList();
        return List.of(v.toString());
    }
}
