package dk.sosuhub.core.api.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input is invalid; every problem found is listed, so the caller can fix them in one go. */
public class ValidationException extends SosuException {

    /**
     * @param row where the field is in a bulk input, e.g. the CSV row of an import (the header being row 1);
     *            null for a single object
     */
    public record FieldError(String field, String message, Integer row) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> (e.row() == null ? "" : "row " + e.row() + " ") + e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
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
