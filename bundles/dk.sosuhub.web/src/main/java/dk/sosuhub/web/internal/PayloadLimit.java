package dk.sosuhub.web.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses request bodies over a limit with 413, whether or not the client announced the length. */
public class PayloadLimit implements ReaderInterceptor {

    private final long maxBytes;

    public PayloadLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            throw tooLarge();
        }
        context.setInputStream(new Bounded(context.getInputStream()));
        return context.proceed();
    }

    private TooLarge tooLarge() {
        return new TooLarge("The request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** Thrown from inside the JSON parser too, where Jackson may wrap it; the problem mapper looks for it. */
    static final class TooLarge extends WebApplicationException {
        TooLarge(String message) {
            super(message, Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
