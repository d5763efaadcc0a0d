package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads guide files: YAML front matter between {@code ---} lines, then the Markdown body. The front matter is
 * read with SnakeYAML's {@link SafeConstructor} (standard YAML types only, never Java objects) and a resolver
 * that keeps every scalar text: only {@code null}, {@code ~} and an empty value mean "no value", so
 * {@code municipality: 025}, {@code programme: no} or {@code updated: 2026-10-15} stay the text that was
 * written. Fields are text or lists of text ({@code [a, b]} or one {@code - a} per line); empty list items
 * are dropped. A field named twice, a nested mapping or a YAML syntax error is refused with its line.
 */
public final class GuideParser {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

    private GuideParser() {
    }

    /** Thrown for a file that is not a guide. */
    public static final class GuideFormatException extends IllegalArgumentException {
        public GuideFormatException(String message) {
            super(message);
        }
    }

    public static Guide parse(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (!s.startsWith("---\n")) throw new GuideFormatException("Mangler front matter (---)");
        int end = s.indexOf("\n---", 3);
        if (end < 0) throw new GuideFormatException("Front matter er ikke afsluttet (---)");
        Map<String, Object> fm = frontMatter(s.substring(4, end));
        int bodyStart = s.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : s.substring(bodyStart + 1);

        String id = string(fm, "id");
        if (id == null || id.isBlank()) throw new GuideFormatException("Feltet id mangler");
        String programme = string(fm, "programme");
        if (programme != null) {
            programme = programme.toUpperCase(Locale.ROOT);
            if (!programme.equals("SSH") && !programme.equals("SSA"))
                throw new GuideFormatException("programme skal være SSH, SSA eller null: " + programme);
        }
        String municipality = string(fm, "municipality");
        if (municipality == null) municipality = Guide.NATIONAL;
        if (!municipality.equals(Guide.NATIONAL) && !MUNICIPALITY.matcher(municipality).matches())
            throw new GuideFormatException("municipality skal være national eller en kode på tre cifre: " + municipality);
        LocalDate updated = null;
        String u = string(fm, "updated");
        if (u != null) {
            try {
                updated = LocalDate.parse(u);
            } catch (DateTimeParseException e) {
                throw new GuideFormatException("updated er ikke en dato: " + u);
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
        } catch (GuideFormatException e) {
            throw new GuideFormatException(file.getFileName() + ": " + e.getMessage());
        }
    }

    /** All {@code *.md} guides of a folder, sorted by file name. */
    public static List<Guide> readAll(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().map(GuideParser::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The front matter's fields in file order; the block starts on line 2 of the file (after {@code ---}). */
    static Map<String, Object> frontMatter(String block) {
        Object yaml;
        try {
            yaml = yaml().load(block);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " (linje " + (mark.getLine() + 2) + ")";
            throw new GuideFormatException("Ugyldig front matter" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new GuideFormatException("Ugyldig front matter: " + e.getMessage());
        }
        if (yaml == null) {
            return Map.of();
        }
        if (!(yaml instanceof Map<?, ?> fields)) {
            throw new GuideFormatException("Front matter skal være felter (navn: værdi)");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach((key, value) -> map.put(String.valueOf(key), value(String.valueOf(key), value)));
        return map;
    }

    /** A field's value: text, a list of text, or null. */
    private static Object value(String key, Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(item -> {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw new GuideFormatException("Feltet " + key + " må kun have tekst i listen");
                }
                return item == null ? null : item.toString().strip();
            }).filter(item -> item != null && !item.isEmpty()).toList();
        }
        if (value instanceof Map<?, ?>) {
            throw new GuideFormatException("Feltet " + key + " skal være tekst eller en liste, ikke felter");
        }
        return value == null ? null : value.toString();
    }

    /** A loader for one parse (SnakeYAML instances are not thread-safe): safe types, text scalars, no duplicates. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(64 * 1024);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextResolver());
    }

    /** Resolves plain scalars to text, except the YAML spellings of null and an empty value. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
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
