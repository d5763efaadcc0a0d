package dk.sosuhub.web.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

import java.text.SimpleDateFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateHeaderTest {

    @Test
    void formatsAsCxfDid() {
        // CXF's own: HttpUtils.getHttpDateFormat()
        SimpleDateFormat cxf = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US);
        cxf.setTimeZone(TimeZone.getTimeZone("GMT"));
        DateHeader header = new DateHeader();
        for (long millis : new long[] {0L, 1_796_377_518_123L, 1_796_377_518_999L, 1_796_377_519_000L, 1_709_164_800_000L}) {
            assertEquals(cxf.format(new Date(millis)), header.now(millis));
        }
        assertEquals("Fri, 04 Dec 2026 09:45:18 GMT", header.now(1_796_377_518_500L));
    }

    @Test
    void givesTheAnswerADateBeforeCxfWouldFormatOne() {
        Message answer = new MessageImpl();
        new DateHeader().handleMessage(answer);
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> headers = (Map<String, List<Object>>) answer.get(Message.PROTOCOL_HEADERS);
        String date = (String) headers.get("date").get(0);
        long age = Math.abs(System.currentTimeMillis() - ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant().toEpochMilli());
        assertTrue(age < 60_000, date);
    }

    @Test
    void keepsADateTheAnswerAlreadyHas() {
        Message answer = new MessageImpl();
        Map<String, List<Object>> headers = new HashMap<>();
        headers.put("Date", new ArrayList<>(List.of("Thu, 01 Jan 1970 00:00:00 GMT")));
        answer.put(Message.PROTOCOL_HEADERS, headers);
        new DateHeader().handleMessage(answer);
        assertEquals(List.of("Thu, 01 Jan 1970 00:00:00 GMT"), headers.get("Date"));
    }
}
