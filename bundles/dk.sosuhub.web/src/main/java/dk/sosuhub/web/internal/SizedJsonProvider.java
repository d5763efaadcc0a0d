package dk.sosuhub.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Jackson's JSON provider, with a {@code Content-Length} for answers of up to {@value #MAX_BUFFERED} bytes: the JSON is
 * written to a buffer first and sent in one piece. Jackson flushes the stream when it has written a value, which
 * made the servlet container commit every answer as {@code Transfer-Encoding: chunked} and write it twice (the
 * body, then the closing chunk). A longer answer is streamed as before once it outgrows the buffer.
 * <p>
 * The resource method's annotations are not handed on to Jackson: it reads only its own ones there ({@code @JsonView},
 * {@code @JacksonFeatures}), which no resource uses, and to find its cached writer it hashed all of them on every
 * answer, reflectively and down through nested ones (the search's OpenAPI {@code @Parameter} with its {@code @Schema}
 * cost 1.5 % of a search's time).
 * <p>
 * The buffer is the writing thread's own up to {@value #THREAD_BUFFER} bytes (most answers), so an answer does not
 * allocate one.
 */
final class SizedJsonProvider extends JacksonJsonProvider {

    static final int MAX_BUFFERED = 64 * 1024;
    static final int THREAD_BUFFER = 8 * 1024;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[THREAD_BUFFER]);
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    SizedJsonProvider(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Head head = new Head(entityStream, BUFFER.get());
        super.writeTo(value, type, genericType, NO_ANNOTATIONS, mediaType, httpHeaders, head);
        if (!head.spilled) {
            // headers may change until the first byte is written
            httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(head.count));
            entityStream.write(head.buffer, 0, head.count);
        }
    }

    /** Holds the first {@value #MAX_BUFFERED} bytes; past them, writes through to the entity stream. */
    static final class Head extends OutputStream {
        private final OutputStream target;
        private byte[] buffer;
        private int count;
        private boolean spilled;

        /** @param buffer where to begin; a larger one is allocated when the answer outgrows it */
        Head(OutputStream target, byte[] buffer) {
            this.target = target;
            this.buffer = buffer;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (spilled) {
                target.write(b, off, len);
            } else if (count + len <= MAX_BUFFERED) {
                if (count + len > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_BUFFERED, Math.max(count + len, buffer.length * 2)));
                }
                System.arraycopy(b, off, buffer, count, len);
                count += len;
            } else {
                spilled = true;
                target.write(buffer, 0, count);
                buffer = null;
                target.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (spilled) {
                target.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
