package dk.sosuhub.knowledge.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Audience;
import dk.sosuhub.knowledge.GuideData;
import dk.sosuhub.knowledge.SearchRequest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search as REST and SOAP callers ask it, checked: audience codes must be known, the page between 1 and
 * {@value #MAX_PAGE}. The query itself is never refused: any text is searched for.
 */
public final class SearchRequests {

    public static final int MAX_PAGE = 100;
    static final int MAX_FILTERS = 20;

    private SearchRequests() {
    }

    /**
     * @param audience codes; a value may hold several separated by commas
     * @param topics   topics as tagged (case and spacing do not matter)
     * @param page     1-based, null for the first
     * @throws dk.sosuhub.core.api.error.ValidationException listing every invalid parameter
     */
    public static SearchRequest of(String municipality, String query, List<String> audience, List<String> topics, Integer page) {
        Validator v = new Validator();
        Set<String> audiences = new LinkedHashSet<>();
        for (String code : split(audience)) {
            Audience a = Audience.ofCode(code).orElse(null);
            v.require(a != null, "audience", "unknown code '" + abbreviate(code) + "'; allowed: "
                    + Arrays.stream(Audience.values()).map(Audience::code).collect(Collectors.joining(", ")));
            if (a != null) {
                audiences.add(a.code());
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String topic : topics == null ? List.<String>of() : topics) {
            String tag = GuideData.tag(topic);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        v.require(tags.size() <= MAX_FILTERS, "topic", "at most " + MAX_FILTERS + " values")
                .require(page == null || (page >= 1 && page <= MAX_PAGE), "page", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
        return new SearchRequest(municipality, query == null ? "" : query, audiences, tags, page == null ? 1 : page);
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(s -> s != null).flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
