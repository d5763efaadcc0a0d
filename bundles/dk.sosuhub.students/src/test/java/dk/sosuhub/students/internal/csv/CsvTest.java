package dk.sosuhub.students.internal.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTest {

    @Test
    void readsSemicolonsAsDanishExcelWritesThem() {
        List<Csv.Row> rows = Csv.parse("\uFEFFname;programme\r\nSøren Ørsted;SSH\r\nÅse;SSA\r\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("name", "programme"), rows.get(0).cells());
        assertEquals(List.of("Søren Ørsted", "SSH"), rows.get(1).cells());
        assertEquals(3, rows.get(2).number());
    }

    @Test
    void commasWhenTheHeaderHasNoSemicolon() {
        List<Csv.Row> rows = Csv.parse("name,programme\n\"Hansen, Mette\",SSA");
        assertEquals(List.of("Hansen, Mette", "SSA"), rows.get(1).cells());
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("a;b\n\"x;y\";\"han sagde \"\"hej\"\"\"\n\"linje 1\nlinje 2\";z\nlast;row");
        assertEquals(List.of("x;y", "han sagde \"hej\""), rows.get(1).cells());
        assertEquals(List.of("linje 1\nlinje 2", "z"), rows.get(2).cells());
        assertEquals(3, rows.get(2).number());
        assertEquals(5, rows.get(3).number(), "the row after a quoted line break is numbered by its line");
    }

    @Test
    void emptyLinesAreSkippedButCounted() {
        List<Csv.Row> rows = Csv.parse("a;b\n\n1;2\n;\n\n3;4\n\n");
        assertEquals(3, rows.size());
        assertEquals(3, rows.get(1).number());
        assertEquals(6, rows.get(2).number());
    }

    @Test
    void emptyCellsAreEmptyStrings() {
        assertEquals(List.of("1", "", "3", ""), Csv.parse("a;b;c;d\n1;;3;").get(1).cells());
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsRow() {
        Csv.MalformedException e = assertThrows(Csv.MalformedException.class, () -> Csv.parse("a;b\n1;2\n\"open;3\n4;5"));
        assertEquals(3, e.row());
        assertEquals(2, assertThrows(Csv.MalformedException.class, () -> Csv.parse("a;b\n\"x\"y;2")).row());
    }

    @Test
    void nothingIsNoRows() {
        assertEquals(0, Csv.parse("").size());
        assertEquals(0, Csv.parse("\uFEFF\n\n").size());
    }

    @Test
    void aRowOnTheLastLineWithoutALineBreakIsRead() {
        List<Csv.Row> rows = Csv.parse("a,b\r\n\r\n\"1\",\"x\ny\"\r\n3,4");
        assertEquals(List.of("1", "x\ny"), rows.get(1).cells());
        assertEquals(3, rows.get(1).number());
        assertEquals(List.of("3", "4"), rows.get(2).cells());
        assertEquals(5, rows.get(2).number());
    }
}
