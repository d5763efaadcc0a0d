package dk.sosuhub.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises the request body limit of one REST operation above the API's 1 MiB (e.g. an uploaded KAR archive).
 * The body is still counted as it is read, whether or not the client announced its length.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The largest body this operation reads, in bytes. */
    long value();
}
