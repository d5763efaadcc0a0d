package dk.sosuhub.web.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StaticFilesTest {

    @Test
    void theAliasItselfIsTheIndexPage() {
        assertEquals("/index.html", StaticFiles.fileOf("/", ""));
        assertEquals("/index.html", StaticFiles.fileOf("/nogletal", "/nogletal"));
        assertEquals("/index.html", StaticFiles.fileOf("/nogletal/", "/nogletal"));
        assertEquals("/nogletal.js", StaticFiles.fileOf("/nogletal/nogletal.js", "/nogletal"));
        assertEquals("/viden.css", StaticFiles.fileOf("/viden.css", ""));
    }

    @Test
    void pathsOutsideTheFolderNameNoFile() {
        assertNull(StaticFiles.fileOf("/../etc/passwd", ""));
        assertNull(StaticFiles.fileOf("/assets/../../x.js", "/assets"));
        assertNull(StaticFiles.fileOf("/assets/.hidden", "/assets"));
        assertNull(StaticFiles.fileOf("/assets//x.js", "/assets"));
        assertNull(StaticFiles.fileOf("/assets/%2e%2e/x.js", "/assets"));
        assertNull(StaticFiles.fileOf("/other", "/nogletal"));
    }

    @Test
    void onlyKnownFileTypesAreServed() {
        assertEquals("text/javascript; charset=UTF-8", StaticFiles.typeOf("/sosuhub.js"));
        assertEquals("text/html; charset=UTF-8", StaticFiles.typeOf("/index.html"));
        assertNull(StaticFiles.typeOf("/Component.class"));
    }
}
