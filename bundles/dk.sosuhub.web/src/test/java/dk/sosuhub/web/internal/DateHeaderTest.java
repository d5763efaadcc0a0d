package dk.sosuhub.web.internal;

import org.junit.jupiter.api.Test;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
