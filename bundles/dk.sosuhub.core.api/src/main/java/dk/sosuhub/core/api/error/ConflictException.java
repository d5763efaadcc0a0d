package dk.sosuhub.core.api.error;

import java.util.List;

/** The request is valid but clashes with the current state (a duplicate, a dependency, an impossible event). */
public class ConflictException extends SosuException {

    private final List<String> conflicting;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<String> conflicting) {
        super(message);
        this.conflicting = List.copyOf(conflicting);
    }

    /** Identifiers of what the request clashes with, e.g. the modules that depend on one being disabled. */
    public List<String> conflicting() { return conflicting; }

    @Override public String type() { return "conflict"; }

    @Override public int status() { return 409; }

    @Override public String title() { return "Conflict"; }
}
