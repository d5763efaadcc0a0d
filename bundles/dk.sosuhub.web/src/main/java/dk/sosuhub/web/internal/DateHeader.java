package dk.sosuhub.web.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import javax.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code Date} header of every REST answer, formatted once a second. CXF's JAX-RS writer otherwise formats it
 * with a new {@code SimpleDateFormat} (and calendar) per answer, a few per cent of a small answer's cost. It does so
 * before the response filters run, so the value is put among the out message's protocol headers, which that
 * writer takes over first. Same value, same form (IMF-fixdate, e.g. {@code Fri, 04 Dec 2026 09:25:18 GMT}).
 */
final class DateHeader extends AbstractPhaseInterceptor<Message> {

    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private volatile Stamp last = new Stamp(Long.MIN_VALUE, null);

    DateHeader() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> headers = (Map<String, List<Object>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        if (!headers.containsKey(HttpHeaders.DATE)) {
            List<Object> value = new ArrayList<>(1);
            value.add(now(System.currentTimeMillis()));
            headers.put(HttpHeaders.DATE, value);
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
