package dk.sosuhub.students.internal.soap;

import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.students.internal.access.VisibleStudents;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.students.internal.csv.StudentCsv;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.students.internal.StudentsModule;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The student register over SOAP at /soap/students, with the same rules as the REST API. */
@Component(service = StudentSoapService.class, property = SoapServices.PROPERTY + "=" + StudentsModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
@WebService(name = "Students", serviceName = "StudentService", targetNamespace = StudentSoapService.NS)
public class StudentSoapService {

    public static final String NS = "urn:sosuhub:students";

    private final StudentService students;
    private final LifecycleService lifecycle;
    private final VisibleStudents visible;

    @Activate
    public StudentSoapService(@Reference StudentService students, @Reference LifecycleService lifecycle,
                              @Reference VisibleStudents visible) {
        this.students = students;
        this.lifecycle = lifecycle;
        this.visible = visible;
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "student")
    public StudentXml createStudent(@WebParam(name = "municipality") String municipality,
                                    @WebParam(name = "student") StudentXml student) {
        return StudentXml.of(students.create(municipality, required(student).toData()));
    }

    @WebMethod
    @WebResult(name = "student")
    public StudentXml getStudent(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return StudentXml.of(students.get(municipality, id));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "student")
    public StudentXml updateStudent(@WebParam(name = "municipality") String municipality,
                                    @WebParam(name = "id") long id,
                                    @WebParam(name = "student") StudentXml student) {
        return StudentXml.of(students.update(municipality, id, required(student).toData()));
    }

    @WebMethod
    @WebResult(name = "student")
    public List<StudentXml> listStudents(@WebParam(name = "municipality") String municipality,
                                         @WebParam(name = "programme") Programme programme,
                                         @WebParam(name = "startYear") Integer startYear) {
        return visible.list(SoapCaller.current(), municipality, new StudentService.Query(programme, null, startYear, 0, 1000))
                .items().stream().map(StudentXml::of).toList();
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "student")
    public StudentXml completeStudent(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                      @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date) {
        return StudentXml.of(lifecycle.complete(municipality, id, date));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "student")
    public StudentXml dropOutStudent(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                     @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                     @WebParam(name = "reason") DropoutReason reason) {
        return StudentXml.of(lifecycle.dropOut(municipality, id, date, reason));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "student")
    public StudentXml employStudent(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                    @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                    @WebParam(name = "unitType") UnitType unitType) {
        return StudentXml.of(lifecycle.employ(municipality, id, date, unitType));
    }

    /** An active SSA student switches to SSH: the SSA record ends (SWITCHED_PROGRAMME), a new SSH record starts. */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "programmeSwitch")
    public LifecycleXml.Switch switchProgramme(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                               @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date) {
        return LifecycleXml.Switch.of(lifecycle.switchProgramme(municipality, id, date));
    }

    @WebMethod
    @WebResult(name = "programmeSwitch")
    public LifecycleXml.Switch getProgrammeSwitch(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return lifecycle.programmeSwitch(municipality, id).map(LifecycleXml.Switch::of)
                .orElseThrow(() -> new NotFoundException("Student " + id + " has not switched programme"));
    }

    @WebMethod
    @WebResult(name = "period")
    public List<LifecycleXml.Period> getPlan(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return lifecycle.plan(municipality, id).stream().map(LifecycleXml.Period::of).toList();
    }

    /** Replaces the plan; the periods must follow each other without gaps or overlaps. */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "period")
    public List<LifecycleXml.Period> replacePlan(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                                 @WebParam(name = "period") List<LifecycleXml.Period> periods) {
        List<StudyPeriod> plan = periods == null ? null : periods.stream().map(LifecycleXml.Period::toModel).toList();
        return lifecycle.replacePlan(municipality, id, plan).stream().map(LifecycleXml.Period::of).toList();
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "absence")
    public LifecycleXml.AbsenceRecord addAbsence(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                                 @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                                 @WebParam(name = "sickDays") BigDecimal sickDays) {
        return LifecycleXml.AbsenceRecord.of(lifecycle.addAbsence(municipality, id, date, sickDays));
    }

    @WebMethod
    @WebResult(name = "absence")
    public List<LifecycleXml.AbsenceRecord> listAbsences(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return lifecycle.absences(municipality, id).stream().map(LifecycleXml.AbsenceRecord::of).toList();
    }

    @WebMethod
    @WebResult(name = "talk")
    public LifecycleXml.TalkRecord addTalk(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id,
                                           @WebParam(name = "type") TalkType type,
                                           @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                           @WebParam(name = "participant") List<String> participants) {
        return LifecycleXml.TalkRecord.of(lifecycle.addTalk(municipality, id, type, date, participants));
    }

    @WebMethod
    @WebResult(name = "talk")
    public List<LifecycleXml.TalkRecord> listTalks(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        return lifecycle.talks(municipality, id).stream().map(LifecycleXml.TalkRecord::of).toList();
    }

    /**
     * Imports students from CSV text, all or none, as the REST import does; a bad row gives a fault whose errors
     * carry the row. SOAP caps one text at 64 KiB (a few hundred rows); use the REST import for more.
     */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "importResult")
    public LifecycleXml.ImportResult importStudents(@WebParam(name = "municipality") String municipality,
                                                    @WebParam(name = "csv") String csv) {
        LifecycleXml.ImportResult result = new LifecycleXml.ImportResult();
        result.ids = new ArrayList<>(students.createAll(municipality, StudentCsv.read(csv).students()).stream().map(Student::id).toList());
        result.count = result.ids.size();
        return result;
    }


    private static StudentXml required(StudentXml student) {
        if (student == null) {
            throw new ValidationException("student", "is required");
        }
        return student;
    }
}
