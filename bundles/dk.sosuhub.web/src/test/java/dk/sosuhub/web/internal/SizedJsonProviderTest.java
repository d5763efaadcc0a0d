package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SizedJsonProviderTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final SizedJsonProvider provider = new SizedJsonProvider(mapper);

    private byte[] write(Object value, MultivaluedMap<String, Object> headers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                headers, out);
        return out.toByteArray();
    }

    @Test
    void aSmallAnswerIsSentWholeWithItsLength() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        Map<String, Object> value = Map.of("username", "frederikssund", "roles", List.of("municipality-admin"));
        byte[] body = write(value, headers);
        assertArrayEquals(mapper.writeValueAsBytes(value), body);
        assertEquals(String.valueOf(body.length), headers.getFirst("Content-Length"));
    }

    @Test
    void answersOneAfterAnotherOnAThreadGetTheirOwnBytesWhateverTheirSize() throws IOException {
        // larger than the thread's buffer but sent whole, then smaller than the one before
        for (int words : new int[] {3_000, 10, 1_500, 1}) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            List<String> value = java.util.Collections.nCopies(words, "elev-" + words);
            byte[] body = write(value, headers);
            assertArrayEquals(mapper.writeValueAsBytes(value), body, words + " words");
            assertEquals(String.valueOf(body.length), headers.getFirst("Content-Length"));
        }
    }

    @Test
    void aLongAnswerIsStreamedWithoutALength() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        List<String> value = java.util.Collections.nCopies(20_000, "sosu-assistent");
        byte[] body = write(value, headers);
        assertArrayEquals(mapper.writeValueAsBytes(value), body);
        assertNull(headers.getFirst("Content-Length"));
    }
}
