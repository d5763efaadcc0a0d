package dk.sosuhub.knowledge.internal.content;

import dk.sosuhub.knowledge.Guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The guides shipped in the distribution's content folder; a file that is not a guide is logged and skipped. */
public final class ShippedGuides {

    private static final Logger LOG = Logger.getLogger(ShippedGuides.class.getName());

    private ShippedGuides() {
    }

    /** Every readable {@code *.md} guide of the folder, by file name; none if the folder is missing. */
    public static List<Guide> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warning("Ingen guides at indlæse: mappen findes ikke: " + folder);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Guide> guides = new ArrayList<>();
        for (Path file : files) {
            try {
                guides.add(GuideParser.read(file));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Guiden springes over: " + e.getMessage());
            }
        }
        return guides;
    }
}
