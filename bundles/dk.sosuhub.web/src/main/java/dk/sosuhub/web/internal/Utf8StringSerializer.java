package dk.sosuhub.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON strings from the JDK's UTF-8 encoding of them. Jackson's own {@code writeString} encodes a string with
 * letters past ASCII (æ, ø, å, –) one character at a time, and that was 70 % of writing a search answer; the JDK
 * encodes it in one tight loop, and Jackson then only escapes the bytes ({@code writeUTF8String}: quotes, backslashes,
 * control characters, as before). The JSON is the same, byte for byte, except for characters outside Unicode's basic
 * plane (emoji): written as their four UTF-8 bytes instead of two {@code \}{@code u} escapes, the same string to any
 * JSON reader. A lone surrogate, which is not text, becomes {@code ?} instead of failing the answer. Writers of
 * characters (not bytes) and Jackson's token buffers get the string as before.
 */
final class Utf8StringSerializer extends StdScalarSerializer<String> {

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
        if (gen instanceof UTF8JsonGenerator) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            gen.writeUTF8String(utf8, 0, utf8.length);
        } else {
            gen.writeString(value);
        }
    }
}
