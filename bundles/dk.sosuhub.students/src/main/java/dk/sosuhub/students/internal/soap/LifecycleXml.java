package dk.sosuhub.students.internal.soap;

import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.ProgrammeSwitch;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The lifecycle records as the SOAP service exchanges them; the same fields as the REST API's JSON. */
public final class LifecycleXml {

    private LifecycleXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "period", propOrder = {"seq", "kind", "number", "phase", "startDate", "endDate", "site", "supervisor"})
    public static class Period {
        public Integer seq;
        public PeriodKind kind;
        public Integer number;
        public String phase;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate startDate;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate endDate;
        public String site;
        /** Of a placement period: the supervisor's username. */
        public String supervisor;

        static Period of(StudyPeriod p) {
            Period x = new Period();
            x.seq = p.seq();
            x.kind = p.kind();
            x.number = p.number();
            x.phase = p.phase();
            x.startDate = p.startDate();
            x.endDate = p.endDate();
            x.site = p.site();
            x.supervisor = p.supervisor();
            return x;
        }

        /** Sequence and number follow from the order; only kind, dates, site and supervisor are read. */
        StudyPeriod toModel() {
            return new StudyPeriod(0, kind, 0, startDate, endDate, site, supervisor);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "absence", propOrder = {"id", "date", "sickDays", "phase"})
    public static class AbsenceRecord {
        public Long id;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;
        public BigDecimal sickDays;
        public String phase;

        static AbsenceRecord of(Absence a) {
            AbsenceRecord x = new AbsenceRecord();
            x.id = a.id();
            x.date = a.date();
            x.sickDays = a.sickDays();
            x.phase = a.phase();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "talk", propOrder = {"id", "type", "date", "participants"})
    public static class TalkRecord {
        public Long id;
        public TalkType type;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;
        @XmlElement(name = "participant")
        public List<String> participants = new ArrayList<>();

        static TalkRecord of(Talk t) {
            TalkRecord x = new TalkRecord();
            x.id = t.id();
            x.type = t.type();
            x.date = t.date();
            x.participants = new ArrayList<>(t.participants());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "programmeSwitch", propOrder = {"date", "from", "to"})
    public static class Switch {
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;
        public StudentXml from;
        public StudentXml to;

        static Switch of(ProgrammeSwitch s) {
            Switch x = new Switch();
            x.date = s.date();
            x.from = StudentXml.of(s.from());
            x.to = StudentXml.of(s.to());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "importResult", propOrder = {"count", "ids"})
    public static class ImportResult {
        public int count;
        @XmlElement(name = "id")
        public List<Long> ids = new ArrayList<>();
    }
}
