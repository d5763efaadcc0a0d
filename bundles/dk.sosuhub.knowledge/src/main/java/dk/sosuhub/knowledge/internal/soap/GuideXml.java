package dk.sosuhub.knowledge.internal.soap;

import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.GuideData;
import dk.sosuhub.knowledge.internal.content.MarkdownRenderer;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A guide as the SOAP service exchanges it; the same fields as the REST API's JSON. When writing, only title,
 * summary, body, audience, topic and programme are read.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "guide", propOrder = {"id", "municipality", "national", "title", "summary", "body", "audience", "topic",
        "programme", "updated", "source", "html"})
public class GuideXml {

    public String id;
    public String municipality;
    public Boolean national;
    public String title;
    public String summary;
    /** Markdown. */
    public String body;
    @XmlElement(name = "audience")
    public List<String> audience = new ArrayList<>();
    @XmlElement(name = "topic")
    public List<String> topic = new ArrayList<>();
    public String programme;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate updated;
    public String source;
    /** The body rendered as safe HTML. */
    public String html;

    static GuideXml of(Guide g) {
        GuideXml x = new GuideXml();
        x.id = g.id();
        x.municipality = g.municipality();
        x.national = g.national();
        x.title = g.title();
        x.summary = g.summary();
        x.body = g.body();
        x.audience = new ArrayList<>(g.audience());
        x.topic = new ArrayList<>(g.topics());
        x.programme = g.programme();
        x.updated = g.updated();
        x.source = g.source();
        x.html = MarkdownRenderer.toHtml(g.body());
        return x;
    }

    GuideData toData() {
        return new GuideData(title, summary, body, audience, topic, programme);
    }
}
