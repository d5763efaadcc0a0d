package dk.sosuhub.students.internal.soap;

import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.students.internal.StudentsModule;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.web.soap.SoapPublisher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.util.List;

/** The student register over SOAP at /soap/students, with the same rules as the REST API. */
@Component(immediate = true, service = {})
@WebService(name = "Students", serviceName = "StudentService", targetNamespace = StudentSoapService.NS)
public class StudentSoapService {

    public static final String NS = "urn:sosuhub:students";
    private static final Role[] WRITERS = {Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN, Role.EDUCATION_TEAM, Role.INTEGRATOR};
    private static final Role[] READERS = {Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN, Role.EDUCATION_TEAM,
            Role.INTEGRATOR, Role.SUPERVISOR};

    private final StudentService students;
    private final AccessControl access;
    private final AutoCloseable endpoint;

    @Activate
    public StudentSoapService(@Reference StudentService students, @Reference AccessControl access,
                              @Reference SoapPublisher soap) {
        this.students = students;
        this.access = access;
        this.endpoint = soap.publish(StudentsModule.ID, StudentSoapService.class, this);
    }

    @Deactivate
    void deactivate() throws Exception {
        endpoint.close();
    }

    @WebMethod
    @WebResult(name = "student")
    public StudentXml createStudent(@WebParam(name = "municipality") String municipality,
                                    @WebParam(name = "student") StudentXml student) {
        authorize(municipality, WRITERS);
        return StudentXml.of(students.create(municipality, required(student).toData()));
    }

    @WebMethod
    @WebResult(name = "student")
    public StudentXml getStudent(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        authorize(municipality, READERS);
        return StudentXml.of(students.get(municipality, id));
    }

    @WebMethod
    @WebResult(name = "student")
    public StudentXml updateStudent(@WebParam(name = "municipality") String municipality,
                                    @WebParam(name = "id") long id,
                                    @WebParam(name = "student") StudentXml student) {
        authorize(municipality, WRITERS);
        return StudentXml.of(students.update(municipality, id, required(student).toData()));
    }

    @WebMethod
    @WebResult(name = "student")
    public List<StudentXml> listStudents(@WebParam(name = "municipality") String municipality,
                                         @WebParam(name = "programme") Programme programme,
                                         @WebParam(name = "startYear") Integer startYear) {
        authorize(municipality, READERS);
        return students.list(municipality, new StudentService.Query(programme, null, startYear, 0, 1000))
                .stream().map(StudentXml::of).toList();
    }

    private void authorize(String municipality, Role... roles) {
        Caller caller = SoapCaller.current();
        access.requireAnyRole(caller, roles);
        if (municipality == null) {
            throw new ValidationException("municipality", "is required");
        }
        access.check(caller, municipality, StudentsModule.ID);
    }

    private static StudentXml required(StudentXml student) {
        if (student == null) {
            throw new ValidationException("student", "is required");
        }
        return student;
    }
}
