package dk.sosuhub.web;

import dk.sosuhub.core.api.error.Validator;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters taken as strings, so that a bad value is a 422 naming the parameter instead of the
 * JAX-RS default (404 without a word). Collects every problem; call {@link #throwIfInvalid()} at the end.
 */
public final class QueryParams {

    private final Validator validator = new Validator();

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            validator.require(false, name, "unknown value '" + abbreviate(value) + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    public Integer integer(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            validator.require(false, name, "must be a whole number, not '" + abbreviate(value) + "'");
            return null;
        }
    }

    public <E extends Enum<E>> E requiredEnum(String name, String value, Class<E> type) {
        validator.requirePresent(value, name);
        return enumValue(name, value, type);
    }

    public Integer requiredInteger(String name, String value) {
        validator.requirePresent(value, name);
        return integer(name, value);
    }

    /** A year between 1990 and 2100. */
    public Integer year(String name, String value) {
        Integer year = requiredInteger(name, value);
        if (year != null) {
            validator.require(year >= 1990 && year <= 2100, name, "must be a year between 1990 and 2100");
        }
        return year;
    }

    public void throwIfInvalid() {
        validator.throwIfInvalid();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
