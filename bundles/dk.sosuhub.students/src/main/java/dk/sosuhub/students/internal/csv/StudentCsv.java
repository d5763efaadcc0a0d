package dk.sosuhub.students.internal.csv;

import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.ValidationException.FieldError;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.Track;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Students from CSV: a header row with the JSON field names (any order, any case), one student per row.
 * Dates as YYYY-MM-DD or as Danish spreadsheets write them (DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY); empty cells
 * are missing values. Every problem of every row is reported at once, with the row's number.
 */
public final class StudentCsv {

    public static final List<String> COLUMNS = List.of("name", "programme", "track", "origin", "startDate",
            "endDate", "birthDate", "ageAtStart", "personalAdvisor");
    private static final List<DateTimeFormatter> DANISH_DATES = List.of(DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    /** Validated students, each with the CSV row it came from. */
    public record Parsed(List<Integer> rows, List<StudentData> students) {
    }

    private StudentCsv() {
    }

    /** @throws ValidationException listing every bad row, field and message */
    public static Parsed read(String text) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text == null ? "" : text);
        } catch (Csv.MalformedException e) {
            throw new ValidationException(List.of(new FieldError("csv", e.getMessage(), e.row())));
        }
        if (rows.isEmpty()) {
            throw new ValidationException("csv", "is empty; the first row must name the columns: " + String.join(", ", COLUMNS));
        }
        if (rows.size() - 1 > StudentService.MAX_BULK) {
            throw new ValidationException("csv", "has " + (rows.size() - 1) + " students; at most "
                    + StudentService.MAX_BULK + " can be imported at a time");
        }
        Csv.Row header = rows.get(0);
        Map<String, Integer> columns = columns(header);
        if (rows.size() == 1) {
            throw new ValidationException(List.of(new FieldError("csv", "has no students below the header", header.number())));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<StudentData> students = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<FieldError> rowErrors = new ArrayList<>();
            if (row.cells().size() > header.cells().size()) {
                rowErrors.add(new FieldError("csv", "has " + row.cells().size() + " cells; the header has "
                        + header.cells().size(), row.number()));
            }
            Cells cells = new Cells(row, columns, rowErrors);
            StudentData data = new StudentData(cells.text("name"), cells.enumValue("programme", Programme.class),
                    cells.enumValue("track", Track.class), cells.enumValue("origin", Origin.class),
                    cells.date("startDate"), cells.date("endDate"), cells.date("birthDate"), cells.integer("ageAtStart"),
                    cells.text("personalAdvisor"));
            try {
                StudentData valid = data.validated();
                if (rowErrors.isEmpty()) {
                    numbers.add(row.number());
                    students.add(valid);
                }
            } catch (ValidationException e) {
                // a field that did not parse is reported once, not again as missing
                e.errors().stream().filter(f -> rowErrors.stream().noneMatch(r -> r.field().equals(f.field())))
                        .forEach(f -> rowErrors.add(new FieldError(f.field(), f.message(), row.number())));
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Parsed(numbers, students);
    }

    private static Map<String, Integer> columns(Csv.Row header) {
        Map<String, String> known = COLUMNS.stream().collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new FieldError(name.isEmpty() ? "csv" : name, "unknown column" + (name.isEmpty() ? " (empty header cell)" : "")
                        + "; the columns are " + String.join(", ", COLUMNS), header.number()));
            } else if (columns.put(column, i) != null) {
                errors.add(new FieldError(column, "appears twice in the header", header.number()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return columns;
    }

    /** The cells of one row by column name, collecting what does not parse. */
    private record Cells(Csv.Row row, Map<String, Integer> columns, List<FieldError> errors) {

        String text(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= row.cells().size()) {
                return null;
            }
            String value = row.cells().get(i).strip();
            return value.isEmpty() ? null : value;
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(column, "unknown value '" + abbreviate(value) + "'; allowed: "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException iso) {
                for (DateTimeFormatter f : DANISH_DATES) {
                    try {
                        return LocalDate.parse(value, f);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
            }
            fail(column, "invalid date '" + abbreviate(value) + "' (expected YYYY-MM-DD or DD-MM-YYYY)");
            return null;
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                fail(column, "must be a whole number, not '" + abbreviate(value) + "'");
                return null;
            }
        }

        private void fail(String column, String message) {
            errors.add(new FieldError(column, message, row.number()));
        }

        private static String abbreviate(String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "…";
        }
    }
}
