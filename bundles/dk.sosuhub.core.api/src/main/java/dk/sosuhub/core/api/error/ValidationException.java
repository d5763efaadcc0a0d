package dk.sosuhub.core.api.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input is invalid; every problem found is listed, so the caller can fix them in one go. */
public class ValidationException extends SosuException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() { return errors; }

    @Override public String type() { return "validation"; }

    @Override public int status() { return 422; }

    @Override public String title() { return "Invalid input"; }
}
