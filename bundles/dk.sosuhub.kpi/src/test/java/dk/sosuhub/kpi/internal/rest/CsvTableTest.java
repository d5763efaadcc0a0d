package dk.sosuhub.kpi.internal.rest;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTableTest {

    @Test
    void plainCellsAreWrittenAsTheyAreWithADecimalComma() {
        String text = new CsvTable("nøgletal", "værdi").row("gennemførelsesandel", new BigDecimal("0.7500"))
                .row("sygedage", 2.0).row("opfyldt", null).text();
        assertEquals("nøgletal;værdi\ngennemførelsesandel;0,7500\nsygedage;2,0\nopfyldt;\n", text);
    }

    @Test
    void anEmptyFirstCellStaysEmpty() {
        assertEquals("a;b\n;Hele landet\n", new CsvTable("a", "b").row(null, "Hele landet").text());
        assertEquals("a;b\n;x\n", new CsvTable("a", "b").row("", "x").text());
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws IOException {
        String text = new CsvTable("kommune", "note").row("Lyngby-Taarbæk; Gentofte", "han sagde \"hej\"")
                .row("to\nlinjer", "cr\rlf").text();
        assertEquals("kommune;note\n\"Lyngby-Taarbæk; Gentofte\";\"han sagde \"\"hej\"\"\"\n\"to\nlinjer\";\"cr\rlf\"\n", text);
        // and reads back as written
        try (CSVParser parser = CSVParser.parse(text, CsvTable.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(3, records.size());
            assertEquals(List.of("Lyngby-Taarbæk; Gentofte", "han sagde \"hej\""), records.get(1).toList());
            assertEquals(List.of("to\nlinjer", "cr\rlf"), records.get(2).toList());
        }
    }
}
