package dk.sosuhub.knowledge.internal.soap;

import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchResult;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A page of search hits with the facet counts (kind audience, topic or programme) and a spelling suggestion. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "searchResult", propOrder = {"total", "page", "pageSize", "hit", "facet", "suggestion"})
public class SearchResultXml {

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "hit", propOrder = {"id", "title", "summary", "snippet", "score"})
    public static class Hit {
        public String id;
        public String title;
        public String summary;
        /** HTML: escaped text with the matched words in {@code <mark>}. */
        public String snippet;
        public float score;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "facet", propOrder = {"kind", "value", "count"})
    public static class Facet {
        public String kind;
        public String value;
        public long count;
    }

    public long total;
    public int page;
    public int pageSize;
    @XmlElement(name = "hit")
    public List<Hit> hit = new ArrayList<>();
    @XmlElement(name = "facet")
    public List<Facet> facet = new ArrayList<>();
    public String suggestion;

    static SearchResultXml of(SearchResult r) {
        SearchResultXml x = new SearchResultXml();
        x.total = r.total();
        x.page = r.page();
        x.pageSize = r.pageSize();
        for (SearchHit h : r.hits()) {
            Hit hit = new Hit();
            hit.id = h.id();
            hit.title = h.title();
            hit.summary = h.summary();
            hit.snippet = h.snippet();
            hit.score = h.score();
            x.hit.add(hit);
        }
        add(x.facet, "audience", r.facets().audience());
        add(x.facet, "topic", r.facets().topics());
        add(x.facet, "programme", r.facets().programme());
        x.suggestion = r.suggestion();
        return x;
    }

    private static void add(List<Facet> out, String kind, Map<String, Long> counts) {
        counts.forEach((value, count) -> {
            Facet f = new Facet();
            f.kind = kind;
            f.value = value;
            f.count = count;
            out.add(f);
        });
    }
}
