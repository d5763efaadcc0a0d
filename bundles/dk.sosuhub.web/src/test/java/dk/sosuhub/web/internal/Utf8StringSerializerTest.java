package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8StringSerializerTest {

    private final ObjectMapper jackson = new ObjectMapper();
    private final ObjectMapper ours = new ObjectMapper().registerModule(Utf8StringSerializer.module());

    record Hit(String id, String title, String snippet, String suggestion, List<String> words, Map<String, Object> more) {
    }

    /** Letters of every width, JSON's special characters, every control character. */
    private static final String PALETTE = "abcXYZ019 ,.:-_/<>&'\"\\\u007f æøåÆØÅéü–…→€\u2028\u2029中"
            + new String(java.util.stream.IntStream.range(0, 0x20).toArray(), 0, 0x20);

    @Test
    void writesTheSameBytesAsJacksonForTextInTheBasicPlane() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            List<String> words = new ArrayList<>();
            for (int w = random.nextInt(4); w > 0; w--) words.add(text(random));
            Map<String, Object> more = new LinkedHashMap<>();
            more.put(text(random), text(random));
            more.put("n", i);
            Hit hit = new Hit(text(random), text(random), text(random), i % 3 == 0 ? null : text(random), words, more);
            assertArrayEquals(jackson.writeValueAsBytes(hit), ours.writeValueAsBytes(hit), hit.toString());
        }
    }

    @Test
    void stringsLongerThanTheThreadsBufferAreWrittenTheSameToo() throws IOException {
        Random random = new Random(11);
        for (int length : new int[] {Utf8StringSerializer.BUFFERED_CHARS, Utf8StringSerializer.BUFFERED_CHARS + 1, 50_000}) {
            List<String> value = List.of(text(random, length), text(random, 20));
            assertArrayEquals(jackson.writeValueAsBytes(value), ours.writeValueAsBytes(value), "length " + length);
        }
    }

    private static String text(Random random) {
        return text(random, random.nextInt(40));
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int n = length; n > 0; n--) b.append(PALETTE.charAt(random.nextInt(PALETTE.length())));
        return b.toString();
    }

    @Test
    void charactersPastTheBasicPlaneAreWrittenAsUtf8AndReadBackTheSame() throws IOException {
        String emoji = "Godt gået \uD83D\uDC4D";
        byte[] json = ours.writeValueAsBytes(List.of(emoji));
        assertEquals("[\"" + emoji + "\"]", new String(json, StandardCharsets.UTF_8));
        assertEquals(List.of(emoji), jackson.readValue(json, List.class));
    }

    @Test
    void aLoneSurrogateIsNotTextAndBecomesAQuestionMark() throws IOException {
        assertEquals("[\"a?b\"]", new String(ours.writeValueAsBytes(List.of("a\uD83Db")), StandardCharsets.UTF_8));
    }

    @Test
    void writersOfCharactersAndTokenBuffersGetTheStringAsBefore() throws IOException {
        List<String> value = List.of("Oplæring – \"første\" dag\n");
        assertEquals(jackson.writeValueAsString(value), ours.writeValueAsString(value));
        assertEquals(jackson.valueToTree(value), ours.valueToTree(value));
    }
}
