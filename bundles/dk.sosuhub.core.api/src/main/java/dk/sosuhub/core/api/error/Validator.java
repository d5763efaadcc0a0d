package dk.sosuhub.core.api.error;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors and throws them together. */
public final class Validator {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validator require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new ValidationException.FieldError(field, message));
        }
        return this;
    }

    public Validator requirePresent(Object value, String field) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        return require(!blank, field, "is required");
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
