package dk.sosuhub.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON strings encoded as UTF-8 and escaped in one pass into a buffer of the writing thread. Jackson's own
 * {@code writeString} encodes a string with letters past ASCII (æ, ø, å, –) one character at a time, and that was
 * 70 % of writing a search answer. The JDK's encoding ({@code getBytes}) followed by Jackson's escaping of the bytes
 * was as fast as this pass, but allocated one to three arrays per string: 12 % of all a search request allocated.
 * The escapes are from Jackson's own table (quote, backslash, {@code \b \t \n \f \r}, other control characters as
 * {@code \}{@code u00XX}), so the JSON is the same, byte for byte, except for characters outside Unicode's basic plane
 * (emoji): written as their four UTF-8 bytes instead of two {@code \}{@code u} escapes, the same string to any JSON
 * reader. A lone surrogate, which is not text, becomes {@code ?} instead of failing the answer. Writers of characters
 * (not bytes) and Jackson's token buffers get the string as before.
 */
final class Utf8StringSerializer extends StdScalarSerializer<String> {

    /** Strings up to this long are encoded in the thread's buffer; longer ones (rare in answers) by the JDK. */
    static final int BUFFERED_CHARS = 1024;
    /** The most bytes a character becomes: a control character's {@code \}{@code u00XX}. */
    private static final int MAX_BYTES_PER_CHAR = 6;
    private static final ThreadLocal<byte[]> BUFFER =
            ThreadLocal.withInitial(() -> new byte[BUFFERED_CHARS * MAX_BYTES_PER_CHAR]);
    /** Jackson's own escapes of ASCII: 0 written as is, else the character after the backslash, or -1 for u00XX. */
    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    private static final byte[] HEX = CharTypes.copyHexBytes(true);

    Utf8StringSerializer() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("utf8-strings").addSerializer(String.class, new Utf8StringSerializer());
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, String value) {
        return value.isEmpty();
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!(gen instanceof UTF8JsonGenerator)) {
            gen.writeString(value);
        } else if (value.length() <= BUFFERED_CHARS) {
            byte[] buffer = BUFFER.get();
            gen.writeRawUTF8String(buffer, 0, encode(value, buffer));
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            gen.writeUTF8String(utf8, 0, utf8.length);
        }
    }

    /** The text as escaped UTF-8 into {@code out}, which has room for 6 bytes a character; the length written. */
    static int encode(String text, byte[] out) {
        int o = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int escape = ESCAPES[c];
                if (escape == 0) {
                    out[o++] = (byte) c;
                } else if (escape > 0) {
                    out[o++] = '\\';
                    out[o++] = (byte) escape;
                } else {
                    out[o++] = '\\';
                    out[o++] = 'u';
                    out[o++] = '0';
                    out[o++] = '0';
                    out[o++] = HEX[c >> 4];
                    out[o++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[o++] = '?';
            }
        }
        return o;
    }
}
