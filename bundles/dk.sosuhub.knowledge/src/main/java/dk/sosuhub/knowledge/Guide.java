package dk.sosuhub.knowledge;

import dk.sosuhub.core.api.model.Audience;
import dk.sosuhub.core.api.model.Programme;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A guide of the knowledge base.
 *
 * @param id           stable slug, e.g. {@code euv1-vejen-til-ssh}
 * @param title        Danish title
 * @param summary      one or two sentences
 * @param audience     codes from {@link Audience#code()}
 * @param topics       topic slugs
 * @param programme    {@code SSH}, {@code SSA} or {@code null}
 * @param municipality {@link #NATIONAL} or a 3-digit municipality code
 * @param updated      last editorial update, may be {@code null}
 * @param source       where the facts come from, may be {@code null}
 * @param body         Markdown body (without front matter)
 */
public record Guide(String id, String title, String summary, List<String> audience, List<String> topics,
                    String programme, String municipality, LocalDate updated, String source, String body) {

    /** Municipality value of a guide every municipality sees. */
    public static final String NATIONAL = "national";

    public Guide {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        audience = audience == null ? List.of() : List.copyOf(audience);
        topics = topics == null ? List.of() : List.copyOf(topics);
        municipality = municipality == null || municipality.isBlank() ? NATIONAL : municipality;
        body = body == null ? "" : body;
    }

    /** True if every municipality sees this guide. */
    public boolean national() {
        return NATIONAL.equals(municipality);
    }

    /** True if the given municipality may see this guide. */
    public boolean visibleTo(String municipalityCode) {
        return national() || municipality.equals(municipalityCode);
    }
}
