package dk.sosuhub.messages.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an attachment's type from its content (magic bytes), never from its name: PDF, PNG, JPEG, GIF, WebP,
 * Office Open XML (docx, xlsx, pptx: a ZIP with [Content_Types].xml and a word/, xl/ or ppt/ part),
 * OpenDocument, and the older Office formats (OLE2 compound files).
 */
public final class FileTypes {

    private FileTypes() {
    }

    public static Optional<String> detect(byte[] b) {
        if (b == null || b.length < 8) {
            return Optional.empty();
        }
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        if (starts(b, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of("application/x-ole-storage");
        }
        if (starts(b, new byte[]{'P', 'K', 3, 4})) {
            return office(b);
        }
        return Optional.empty();
    }

    private static Optional<String> office(byte[] zip) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null && entries++ < 10_000) {
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("mimetype")) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (type.startsWith("application/vnd.oasis.opendocument.")) {
                        return Optional.of(type);
                    }
                } else if (kind == null && name.startsWith("word/")) {
                    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (kind == null && name.startsWith("xl/")) {
                    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (kind == null && name.startsWith("ppt/")) {
                    kind = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && kind != null ? Optional.of(kind) : Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }
}
