package dk.sosuhub.core.api.error;

/**
 * A failure the caller can act on. Each subclass maps to one HTTP status and one SOAP fault code
 * in the web layer; the {@link #type()} becomes the problem type (RFC 9457).
 */
public abstract class SosuException extends RuntimeException {

    protected SosuException(String message) {
        super(message);
    }

    /** Short, stable, machine-readable problem type, e.g. {@code validation}, {@code module-disabled}. */
    public abstract String type();

    /** The HTTP status this failure stands for. */
    public abstract int status();

    /** Short human-readable summary of the problem type. */
    public abstract String title();
}
