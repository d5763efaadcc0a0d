package dk.sosuhub.students.internal.soap;

import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.Track;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;

/** A student as the SOAP service exchanges it; the same fields as the REST API's JSON. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "student", propOrder = {"id", "municipality", "name", "programme", "track", "origin", "startDate",
        "endDate", "birthDate", "ageAtStart", "personalAdvisor", "status", "completionDate", "dropoutDate", "dropoutReason",
        "dropoutPhase", "employmentDate", "employmentUnit"})
public class StudentXml {

    public Long id;
    public String municipality;
    public String name;
    public Programme programme;
    public Track track;
    public Origin origin;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate startDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate endDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate birthDate;
    public Integer ageAtStart;
    public String personalAdvisor;
    public StudentStatus status;
    /** The outcome; set by the lifecycle operations, ignored when a student is created or updated. */
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate completionDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate dropoutDate;
    public DropoutReason dropoutReason;
    public String dropoutPhase;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate employmentDate;
    public UnitType employmentUnit;

    static StudentXml of(Student s) {
        StudentXml x = new StudentXml();
        x.id = s.id();
        x.municipality = s.municipality();
        x.name = s.name();
        x.programme = s.programme();
        x.track = s.track();
        x.origin = s.origin();
        x.startDate = s.startDate();
        x.endDate = s.endDate();
        x.birthDate = s.birthDate();
        x.ageAtStart = s.ageAtStart();
        x.personalAdvisor = s.personalAdvisor();
        x.status = s.status();
        x.completionDate = s.completionDate();
        if (s.dropout() != null) {
            x.dropoutDate = s.dropout().date();
            x.dropoutReason = s.dropout().reason();
            x.dropoutPhase = s.dropout().phase();
        }
        if (s.employment() != null) {
            x.employmentDate = s.employment().date();
            x.employmentUnit = s.employment().unitType();
        }
        return x;
    }

    StudentData toData() {
        return new StudentData(name, programme, track, origin, startDate, endDate, birthDate, ageAtStart, personalAdvisor);
    }
}
