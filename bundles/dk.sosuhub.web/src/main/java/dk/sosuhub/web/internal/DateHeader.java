package dk.sosuhub.web.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header of every REST answer, formatted once a second: CXF otherwise formats it itself with a new
 * {@code SimpleDateFormat} (and calendar) per answer, a few per cent of a small answer's cost. Same value, same form
 * (IMF-fixdate, e.g. {@code Fri, 04 Dec 2026 09:25:18 GMT}).
 */
final class DateHeader implements ContainerResponseFilter {

    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private volatile Stamp last = new Stamp(Long.MIN_VALUE, null);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.DATE)) {
            response.getHeaders().putSingle(HttpHeaders.DATE, now(System.currentTimeMillis()));
        }
    }

    String now(long millis) {
        long second = Math.floorDiv(millis, 1000);
        Stamp s = last;
        if (s.second() != second) {
            s = new Stamp(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            last = s;
        }
        return s.text();
    }
}
