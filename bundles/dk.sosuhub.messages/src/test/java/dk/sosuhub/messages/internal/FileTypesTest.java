package dk.sosuhub.messages.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileTypesTest {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void typesAreToldByContent() throws IOException {
        assertEquals(Optional.of("application/pdf"), FileTypes.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of("image/png"), FileTypes.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(Optional.of("image/jpeg"), FileTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'}));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                FileTypes.detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                FileTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        for (byte[] content : List.of("MZ\u0090\u0000 this is an exe".getBytes(StandardCharsets.ISO_8859_1),
                "Hej, bare tekst med .pdf i navnet".getBytes(StandardCharsets.UTF_8),
                zip("evil.sh", "other.txt"), zip("[Content_Types].xml"), new byte[3])) {
            assertEquals(Optional.empty(), FileTypes.detect(content));
        }
    }

    @Test
    void linksAreFoundInPlainText() {
        assertEquals(List.of("https://www.sosu.dk/elev", "http://x.dk/a?b=1"),
                Links.in("Se https://www.sosu.dk/elev. Og http://x.dk/a?b=1, samt https://www.sosu.dk/elev igen"));
        assertEquals(List.of(), Links.in("<script>alert(1)</script> javascript:alert(1)"));
    }
}
