package dk.sosuhub.knowledge.internal.rest;

import dk.sosuhub.knowledge.Guide;

import java.time.LocalDate;
import java.util.List;

/** The guides a municipality sees, by title, without their bodies. */
public record GuideList(int total, List<Item> items) {

    public record Item(String id, String title, String summary, List<String> audience, List<String> topics,
                       String programme, String municipality, boolean national, LocalDate updated) {
    }

    static GuideList of(List<Guide> guides) {
        return new GuideList(guides.size(), guides.stream().map(g -> new Item(g.id(), g.title(), g.summary(),
                g.audience(), g.topics(), g.programme(), g.municipality(), g.national(), g.updated())).toList());
    }
}
