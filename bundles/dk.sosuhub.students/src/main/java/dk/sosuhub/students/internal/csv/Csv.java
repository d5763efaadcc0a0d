package dk.sosuhub.students.internal.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: quoted cells with doubled quotes and line breaks inside) with Apache Commons CSV.
 * The separator is the header line's: {@code ;} as Danish Excel writes it if the header has one, otherwise
 * {@code ,}. A byte order mark is ignored, and so are empty lines (also lines of empty cells only).
 */
public final class Csv {

    /** One record and the row it starts on, counted as a spreadsheet does (the header is row 1). */
    public record Row(int number, List<String> cells) {
    }

    /** The text is not well-formed CSV at a row. */
    public static final class MalformedException extends RuntimeException {
        private final int row;

        MalformedException(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() { return row; }
    }

    private Csv() {
    }

    /** The format of the input: RFC 4180 with the given separator; empty lines are kept so that lines can be counted. */
    static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
    }

    public static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(s), format(separator(s)))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // a record starts on the line after the line breaks read so far
                int rowStart = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw malformed(rowStart, e.getCause());
                }
                List<String> cells = record.toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(rowStart, List.copyOf(cells)));
                }
            }
        } catch (IOException e) {
            throw malformed(1, e);
        }
        return rows;
    }

    /** Commons CSV's reasons in the words of the import's documentation. */
    private static MalformedException malformed(int row, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return new MalformedException(row, "a quoted cell is not closed");
        }
        if (reason.contains("between encapsulated token and delimiter")) {
            return new MalformedException(row, "text after a closing quote; write a quote inside a quoted cell as \"\"");
        }
        return new MalformedException(row, "is not valid CSV: " + reason);
    }

    private static char separator(String s) {
        int end = s.indexOf('\n');
        String header = end < 0 ? s : s.substring(0, end);
        return header.indexOf(';') >= 0 ? ';' : ',';
    }
}
