package dk.sosuhub.kpi.internal.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV export as Danish spreadsheets read it, written with Apache Commons CSV: {@code ;} between cells, a
 * decimal comma in numbers, lines ending in {@code \n}. A cell holding {@code ;}, {@code "} or a line break is
 * quoted as RFC 4180 says (quotes inside doubled); other cells are written as they are, an empty or missing
 * value as nothing.
 */
final class CsvTable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").get();

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    CsvTable(String... header) {
        try {
            printer = new CSVPrinter(text, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row((Object[]) header);
    }

    /** One line; numbers get a decimal comma, {@code null} and empty values are empty cells. */
    CsvTable row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return null; // printed unquoted, also as the first cell of a line
        }
        String s = value instanceof Number ? value.toString().replace('.', ',') : value.toString();
        return s.isEmpty() ? null : s;
    }

    String text() {
        return text.toString();
    }
}
