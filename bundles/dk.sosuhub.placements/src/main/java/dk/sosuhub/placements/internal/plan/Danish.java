package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.SiteType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

/** Danish words for the planner's texts. */
public final class Danish {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Danish() {
    }

    public static String type(SiteType type) {
        return switch (type) {
            case CARE_HOME -> "plejecenter";
            case HOME_CARE -> "hjemmepleje";
            case REHABILITATION -> "genoptræning";
            case DAY_CENTRE -> "dagcenter";
            case PSYCHIATRY -> "psykiatri";
            case HOSPITAL -> "hospital";
        };
    }

    public static String types(Collection<SiteType> types) {
        return list(types.stream().sorted().map(Danish::type).toList(), "eller");
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The period's first and last day ({@code end} is the day after). */
    public static String span(LocalDate start, LocalDate end) {
        return date(start) + "–" + date(end.minusDays(1));
    }

    /** "a", "a og b", "a, b og c" (or with {@code eller}). */
    public static String list(List<String> items, String and) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }
}
