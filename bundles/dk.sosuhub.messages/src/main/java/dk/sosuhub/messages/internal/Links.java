package dk.sosuhub.messages.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The http(s) addresses in a plain-text message, which pages show as links (the text itself stays plain). */
public final class Links {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    public static List<String> in(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = URL.matcher(text == null ? "" : text);
        while (m.find()) {
            String link = m.group().replaceAll("[.,;:!?)\\]]+$", "");
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }
}
