package dk.sosuhub.placements.internal.soap;

import dk.sosuhub.placements.internal.plan.Reason;
import dk.sosuhub.placements.internal.planning.Views;
import dk.sosuhub.web.soap.LocalDateAdapter;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The placement plan as the SOAP service answers it: the REST API's fields, lists as repeated elements. */
public final class PlanXml {

    private PlanXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "reason", propOrder = {"code", "text"})
    public static class ReasonXml {
        public String code;
        public String text;

        static ReasonXml of(Reason r) {
            ReasonXml x = new ReasonXml();
            x.code = r.code();
            x.text = r.text();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "assignment", propOrder = {"studentId", "studentName", "period", "startDate", "endDate", "siteId",
            "siteName", "supervisorId", "supervisorName", "pinned", "change", "previousSiteId", "reason"})
    public static class Assignment {
        public long studentId;
        public String studentName;
        public int period;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate startDate;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate endDate;
        public long siteId;
        public String siteName;
        public Long supervisorId;
        public String supervisorName;
        public boolean pinned;
        public String change;
        public Long previousSiteId;
        public List<ReasonXml> reason = new ArrayList<>();

        static Assignment of(Views.Assignment a) {
            Assignment x = new Assignment();
            x.studentId = a.studentId();
            x.studentName = a.studentName();
            x.period = a.period();
            x.startDate = a.startDate();
            x.endDate = a.endDate();
            x.siteId = a.siteId();
            x.siteName = a.siteName();
            x.supervisorId = a.supervisorId();
            x.supervisorName = a.supervisorName();
            x.pinned = a.pinned();
            x.change = a.change();
            x.previousSiteId = a.previousSiteId();
            a.reasons().forEach(r -> x.reason.add(ReasonXml.of(r)));
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "unplaced", propOrder = {"studentId", "studentName", "period", "startDate", "endDate", "previousSiteId", "reason"})
    public static class Unplaced {
        public long studentId;
        public String studentName;
        public int period;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate startDate;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate endDate;
        public Long previousSiteId;
        public ReasonXml reason;

        static Unplaced of(Views.Unplaced u) {
            Unplaced x = new Unplaced();
            x.studentId = u.studentId();
            x.studentName = u.studentName();
            x.period = u.period();
            x.startDate = u.startDate();
            x.endDate = u.endDate();
            x.previousSiteId = u.previousSiteId();
            x.reason = ReasonXml.of(u.reason());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "scoreItem", propOrder = {"name", "value"})
    public static class ScoreItem {
        public String name;
        public long value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "proposal", propOrder = {"id", "from", "to", "accepted", "assignment", "unplaced", "score", "changes"})
    public static class Proposal {
        public long id;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate from;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate to;
        public boolean accepted;
        public List<Assignment> assignment = new ArrayList<>();
        public List<Unplaced> unplaced = new ArrayList<>();
        public List<ScoreItem> score = new ArrayList<>();
        public int changes;

        static Proposal of(Views.Proposal p) {
            Proposal x = new Proposal();
            x.id = p.id();
            x.from = p.from();
            x.to = p.to();
            x.accepted = p.accepted();
            p.assignments().forEach(a -> x.assignment.add(Assignment.of(a)));
            p.unplaced().forEach(u -> x.unplaced.add(Unplaced.of(u)));
            for (Map.Entry<String, Object> e : p.score().entrySet()) {
                ScoreItem s = new ScoreItem();
                s.name = e.getKey();
                s.value = ((Number) e.getValue()).longValue();
                x.score.add(s);
            }
            x.changes = p.changes();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "placement", propOrder = {"studentId", "studentName", "period", "startDate", "endDate", "siteId",
            "siteName", "supervisorId", "supervisorName", "pinned"})
    public static class Placement {
        public long studentId;
        public String studentName;
        public int period;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate startDate;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate endDate;
        public long siteId;
        public String siteName;
        public Long supervisorId;
        public String supervisorName;
        public boolean pinned;

        static Placement of(Views.Placement p) {
            Placement x = new Placement();
            x.studentId = p.studentId();
            x.studentName = p.studentName();
            x.period = p.period();
            x.startDate = p.startDate();
            x.endDate = p.endDate();
            x.siteId = p.siteId();
            x.siteName = p.siteName();
            x.supervisorId = p.supervisorId();
            x.supervisorName = p.supervisorName();
            x.pinned = p.pinned();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "week", propOrder = {"week", "start", "capacity", "booked"})
    public static class Week {
        public String week;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate start;
        public int capacity;
        public int booked;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "siteCapacity", propOrder = {"siteId", "siteName", "type", "active", "week"})
    public static class SiteCapacity {
        public long siteId;
        public String siteName;
        public String type;
        public boolean active;
        public List<Week> week = new ArrayList<>();

        static SiteCapacity of(Views.SiteCapacity c) {
            SiteCapacity x = new SiteCapacity();
            x.siteId = c.siteId();
            x.siteName = c.siteName();
            x.type = c.type();
            x.active = c.active();
            c.weeks().forEach(w -> {
                Week wx = new Week();
                wx.week = w.week();
                wx.start = w.start();
                wx.capacity = w.capacity();
                wx.booked = w.booked();
                x.week.add(wx);
            });
            return x;
        }
    }
}
