package dk.sosuhub.mentoring.internal.soap;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.RelationshipStatus;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.mentoring.internal.MentoringModule;
import dk.sosuhub.web.soap.LocalDateAdapter;
import dk.sosuhub.web.soap.SoapCaller;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Mentors, relationships and key figures over SOAP at /soap/mentoring, with the REST API's rules: staff and
 * integrations read, administrators and the education team write.
 */
@Component(service = MentoringSoapService.class, property = SoapServices.PROPERTY + "=" + MentoringModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME})
@WebService(name = "Mentoring", serviceName = "MentoringService", targetNamespace = MentoringSoapService.NS)
public class MentoringSoapService {

    public static final String NS = "urn:sosuhub:mentoring";

    private final MentoringService mentoring;

    @Activate
    public MentoringSoapService(@Reference MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @WebMethod
    @WebResult(name = "mentor")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public List<MentoringXml.MentorView> listMentors(@WebParam(name = "municipality") String municipality) {
        return mentoring.mentors(municipality).stream().map(MentoringXml.MentorView::of).toList();
    }

    @WebMethod
    @WebResult(name = "mentor")
    public MentoringXml.MentorView createMentor(@WebParam(name = "municipality") String municipality,
                                                @WebParam(name = "mentor") MentoringXml.MentorInput mentor) {
        return MentoringXml.MentorView.of(mentoring.createMentor(municipality, required(mentor, "mentor").toModel()));
    }

    @WebMethod
    @WebResult(name = "relationship")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public List<MentoringXml.RelationshipView> listRelationships(@WebParam(name = "municipality") String municipality,
                                                                 @WebParam(name = "scheme") Scheme scheme,
                                                                 @WebParam(name = "status") RelationshipStatus status,
                                                                 @WebParam(name = "studentId") Long studentId) {
        return mentoring.relationships(municipality, new MentoringService.Filter(scheme, status, studentId, null),
                SoapCaller.current()).stream().map(MentoringXml.RelationshipView::of).toList();
    }

    @WebMethod
    @WebResult(name = "relationship")
    public MentoringXml.RelationshipView refer(@WebParam(name = "municipality") String municipality,
                                               @WebParam(name = "scheme") Scheme scheme,
                                               @WebParam(name = "studentId") Long studentId,
                                               @WebParam(name = "mentorId") Long mentorId,
                                               @WebParam(name = "referredOn") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate referredOn,
                                               @WebParam(name = "supportNeed") List<String> supportNeeds) {
        required(scheme, "scheme");
        required(studentId, "studentId");
        required(referredOn, "referredOn");
        return MentoringXml.RelationshipView.of(mentoring.refer(municipality, scheme, studentId, mentorId, referredOn, supportNeeds));
    }

    @WebMethod
    @WebResult(name = "relationship")
    public MentoringXml.RelationshipView startRelationship(@WebParam(name = "municipality") String municipality,
                                                           @WebParam(name = "id") long id,
                                                           @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                                           @WebParam(name = "mentorId") Long mentorId) {
        return MentoringXml.RelationshipView.of(mentoring.start(municipality, id, date, mentorId));
    }

    @WebMethod
    @WebResult(name = "relationship")
    public MentoringXml.RelationshipView closeRelationship(@WebParam(name = "municipality") String municipality,
                                                           @WebParam(name = "id") long id,
                                                           @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date,
                                                           @WebParam(name = "outcome") Outcome outcome) {
        return MentoringXml.RelationshipView.of(mentoring.close(municipality, id, date, outcome));
    }

    @WebMethod
    @WebResult(name = "relationship")
    public MentoringXml.RelationshipView withdrawRelationship(@WebParam(name = "municipality") String municipality,
                                                              @WebParam(name = "id") long id,
                                                              @WebParam(name = "date") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate date) {
        return MentoringXml.RelationshipView.of(mentoring.withdraw(municipality, id, date));
    }

    @WebMethod
    @WebResult(name = "kpis")
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME})
    public MentoringXml.Kpis getKpis(@WebParam(name = "municipality") String municipality,
                                     @WebParam(name = "scheme") Scheme scheme,
                                     @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                     @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) {
        return MentoringXml.Kpis.of(mentoring.kpis(municipality, scheme, from, to));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }
}
