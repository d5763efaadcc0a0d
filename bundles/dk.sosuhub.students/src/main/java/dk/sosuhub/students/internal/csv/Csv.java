package dk.sosuhub.students.internal.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: quoted cells with doubled quotes and line breaks inside). The separator is the
 * header line's: {@code ;} as Danish Excel writes it if the header has one, otherwise {@code ,}. A byte order
 * mark is ignored, and so are empty lines.
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

    public static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(s);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                addRow(rows, rowStart, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                rowStart = line;
            } else if (cellWasQuoted) {
                throw new MalformedException(rowStart, "text after a closing quote; write a quote inside a quoted cell as \"\"");
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedException(rowStart, "a quoted cell is not closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || cellWasQuoted) {
            cells.add(cell.toString());
            addRow(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int number, List<String> cells) {
        boolean empty = cells.stream().allMatch(String::isBlank);
        if (!empty) {
            rows.add(new Row(number, List.copyOf(cells)));
        }
    }

    private static char separator(String s) {
        int end = s.indexOf('\n');
        String header = end < 0 ? s : s.substring(0, end);
        return header.indexOf(';') >= 0 ? ';' : ',';
    }
}
