package dk.sosuhub.mentoring.internal.soap;

import dk.sosuhub.mentoring.Health;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.MentoringKpis;
import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.Relationship;
import dk.sosuhub.mentoring.RelationshipStatus;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.web.soap.LocalDateAdapter;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The mentoring data as the SOAP service reads and writes it: the REST API's fields, lists as repeated elements. */
public final class MentoringXml {

    private MentoringXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "mentorInput", propOrder = {"name", "scheme", "capacity", "site", "language", "competence", "active", "username"})
    public static class MentorInput {
        public String name;
        public List<Scheme> scheme;
        public Integer capacity;
        public String site;
        public List<String> language;
        public List<String> competence;
        public Boolean active;
        public String username;

        Mentor toModel() {
            return new Mentor(null, name, scheme, capacity, site, language, competence, active, username, null);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "mentor", propOrder = {"id", "name", "scheme", "capacity", "site", "language", "competence", "active",
            "username", "load"})
    public static class MentorView {
        public long id;
        public String name;
        public List<Scheme> scheme = new ArrayList<>();
        public int capacity;
        public String site;
        public List<String> language = new ArrayList<>();
        public List<String> competence = new ArrayList<>();
        public boolean active;
        public String username;
        public int load;

        static MentorView of(Mentor m) {
            MentorView x = new MentorView();
            x.id = m.id();
            x.name = m.name();
            x.scheme.addAll(m.schemes());
            x.capacity = m.capacity();
            x.site = m.site();
            x.language.addAll(m.languages());
            x.competence.addAll(m.competences());
            x.active = Boolean.TRUE.equals(m.active());
            x.username = m.username();
            x.load = m.load() == null ? 0 : m.load();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "relationship", propOrder = {"id", "scheme", "studentId", "studentName", "mentorId", "mentorName",
            "status", "referredOn", "startedOn", "endDate", "closedOn", "withdrawnOn", "outcome", "health", "lastCheckIn",
            "supportNeed"})
    public static class RelationshipView {
        public long id;
        public Scheme scheme;
        public long studentId;
        public String studentName;
        public Long mentorId;
        public String mentorName;
        public RelationshipStatus status;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate referredOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate startedOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate endDate;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate closedOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate withdrawnOn;
        public Outcome outcome;
        public Health health;
        @XmlJavaTypeAdapter(LocalDateAdapter.class) @XmlSchemaType(name = "date")
        public LocalDate lastCheckIn;
        public List<String> supportNeed = new ArrayList<>();

        static RelationshipView of(Relationship r) {
            RelationshipView x = new RelationshipView();
            x.id = r.id();
            x.scheme = r.scheme();
            x.studentId = r.studentId();
            x.studentName = r.studentName();
            x.mentorId = r.mentorId();
            x.mentorName = r.mentorName();
            x.status = r.status();
            x.referredOn = r.referredOn();
            x.startedOn = r.startedOn();
            x.endDate = r.endDate();
            x.closedOn = r.closedOn();
            x.withdrawnOn = r.withdrawnOn();
            x.outcome = r.outcome();
            x.health = r.health();
            x.lastCheckIn = r.lastCheckIn();
            x.supportNeed.addAll(r.supportNeeds());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "mentoringKpis", propOrder = {"scheme", "referred", "started", "closed", "successful", "successRate",
            "activeNow", "meanWeeksToStart", "cohort", "withMentor", "withMentorDroppedOut", "dropoutRateWithMentor",
            "withoutMentor", "withoutMentorDroppedOut", "dropoutRateWithoutMentor"})
    public static class Kpis {
        public Scheme scheme;
        public int referred;
        public int started;
        public int closed;
        public int successful;
        public BigDecimal successRate;
        public int activeNow;
        public BigDecimal meanWeeksToStart;
        public List<String> cohort = new ArrayList<>();
        public int withMentor;
        public int withMentorDroppedOut;
        public BigDecimal dropoutRateWithMentor;
        public int withoutMentor;
        public int withoutMentorDroppedOut;
        public BigDecimal dropoutRateWithoutMentor;

        static Kpis of(MentoringKpis k) {
            Kpis x = new Kpis();
            x.scheme = k.scheme();
            x.referred = k.referred();
            x.started = k.started();
            x.closed = k.closed();
            x.successful = k.successful();
            x.successRate = k.successRate();
            x.activeNow = k.activeNow();
            x.meanWeeksToStart = k.meanWeeksToStart();
            x.cohort.addAll(k.retention().cohorts());
            x.withMentor = k.retention().withMentor();
            x.withMentorDroppedOut = k.retention().withMentorDroppedOut();
            x.dropoutRateWithMentor = k.retention().dropoutRateWithMentor();
            x.withoutMentor = k.retention().withoutMentor();
            x.withoutMentorDroppedOut = k.retention().withoutMentorDroppedOut();
            x.dropoutRateWithoutMentor = k.retention().dropoutRateWithoutMentor();
            return x;
        }
    }
}
