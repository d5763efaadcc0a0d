package dk.sosuhub.knowledge;

import dk.sosuhub.core.api.model.Audience;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.error.Validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a municipality's editor supplies to write a guide. Any field may be missing here: {@link #validated()}
 * reports every problem at once and returns the normalised data (audience codes in lower case, topics as
 * lower-case tags with hyphens for spaces, programme {@code SSH}, {@code SSA} or null).
 *
 * @param body      Markdown
 * @param audience  codes from {@link Audience#code()}, at least one
 * @param topics    free tags, may be empty
 * @param programme {@code SSH}, {@code SSA} or null
 */
public record GuideData(String title, String summary, String body, List<String> audience, List<String> topics,
                        String programme) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    /** The guide table's body column holds up to 32,000 characters (the Derby/PostgreSQL VARCHAR subset). */
    public static final int MAX_BODY = 32_000;
    public static final int MAX_TOPICS = 20;
    public static final int MAX_TOPIC = 60;

    private static final Locale DA = Locale.forLanguageTag("da-DK");

    /**
     * @throws dk.sosuhub.core.api.error.ValidationException listing every invalid field
     */
    public GuideData validated() {
        Validator v = new Validator()
                .requirePresent(title, "title")
                .requirePresent(summary, "summary")
                .requirePresent(body, "body")
                .require(title == null || title.strip().length() <= MAX_TITLE, "title", "must be at most " + MAX_TITLE + " characters")
                .require(summary == null || summary.strip().length() <= MAX_SUMMARY, "summary",
                        "must be at most " + MAX_SUMMARY + " characters")
                .require(body == null || body.length() <= MAX_BODY, "body", "must be at most " + MAX_BODY + " characters")
                .require(title == null || noControl(title, false), "title", "must be one line of text")
                .require(summary == null || noControl(summary, false), "summary", "must not contain control characters")
                .require(body == null || noControl(body, true), "body", "must not contain control characters");

        Set<String> audiences = new LinkedHashSet<>();
        if (audience == null || audience.isEmpty()) {
            v.require(false, "audience", "needs at least one of " + allowedAudiences());
        } else {
            for (String code : audience) {
                Audience a = Audience.ofCode(code).orElse(null);
                v.require(a != null, "audience", "unknown code '" + abbreviate(code) + "'; allowed: " + allowedAudiences());
                if (a != null) {
                    audiences.add(a.code());
                }
            }
        }

        Set<String> tags = new LinkedHashSet<>();
        if (topics != null) {
            v.require(topics.size() <= MAX_TOPICS, "topics", "at most " + MAX_TOPICS + " topics");
            for (String topic : topics) {
                String tag = tag(topic);
                v.require(!tag.isEmpty(), "topics", "a topic must not be empty");
                v.require(tag.length() <= MAX_TOPIC, "topics", "a topic must be at most " + MAX_TOPIC + " characters");
                v.require(noControl(tag, false), "topics", "a topic must be one line of text");
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }

        String p = programme == null || programme.isBlank() ? null : programme.strip().toUpperCase(Locale.ROOT);
        v.require(p == null || p.equals(Programme.SSH.name()) || p.equals(Programme.SSA.name()), "programme",
                "must be SSH, SSA or null, not '" + abbreviate(programme) + "'");
        v.throwIfInvalid();
        return new GuideData(title.strip(), summary.strip(), body.strip(), List.copyOf(audiences), new ArrayList<>(tags), p);
    }

    /** A topic as stored and counted: trimmed, lower case, runs of white space as one hyphen. */
    public static String tag(String topic) {
        return topic == null ? "" : topic.strip().toLowerCase(DA).replaceAll("\\s+", "-");
    }

    private static boolean noControl(String s, boolean multiline) {
        return s.chars().noneMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }

    private static String allowedAudiences() {
        return Arrays.stream(Audience.values()).map(Audience::code).collect(Collectors.joining(", "));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
