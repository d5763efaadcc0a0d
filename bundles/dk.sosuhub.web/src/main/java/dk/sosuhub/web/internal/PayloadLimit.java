package dk.sosuhub.web.internal;

import dk.sosuhub.web.BodyLimit;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Refuses request bodies over a limit with 413, whether or not the client announced the length. The limit is
 * the API's, or the operation's own {@link BodyLimit}.
 */
public class PayloadLimit implements ReaderInterceptor {

    private final long defaultMaxBytes;

    @Context
    private ResourceInfo resourceInfo;

    public PayloadLimit(long maxBytes) {
        this.defaultMaxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        long maxBytes = method != null && method.isAnnotationPresent(BodyLimit.class)
                ? method.getAnnotation(BodyLimit.class).value() : defaultMaxBytes;
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            throw tooLarge(maxBytes);
        }
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static TooLarge tooLarge(long maxBytes) {
        return new TooLarge("The request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** Thrown from inside the JSON parser too, where Jackson may wrap it; the problem mapper looks for it. */
    static final class TooLarge extends WebApplicationException {
        TooLarge(String message) {
            super(message, Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long maxBytes;
        private long count;

        Bounded(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
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
                throw tooLarge(maxBytes);
            }
        }
    }
}
