package dk.sosuhub.kpi.internal.soap;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.kpi.SuccessCriteriaService;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.kpi.EarlyWarnings;
import dk.sosuhub.web.soap.SoapCaller;
import dk.sosuhub.kpi.internal.NeedToKnowFilter;
import dk.sosuhub.kpi.KpiService;
import dk.sosuhub.kpi.SuccessCriteriaKpi;
import dk.sosuhub.kpi.internal.KpiModule;
import dk.sosuhub.web.soap.SoapServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures over SOAP at /soap/kpi, with the same rules as the REST API: read operations for everyone with
 * access to the module, quota and success criteria updates for the municipality's administrators.
 */
@Component(service = KpiSoapService.class, property = SoapServices.PROPERTY + "=" + KpiModule.ID)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.INTEGRATOR_NAME, Role.SUPERVISOR_NAME})
@WebService(name = "Kpis", serviceName = "KpiService", targetNamespace = KpiSoapService.NS)
public class KpiSoapService {

    public static final String NS = "urn:sosuhub:kpi";

    private final KpiService kpis;
    private final QuotaService quotas;
    private final SuccessCriteriaService criteriaStore;
    private final SuccessCriteriaKpi criteria;
    private final EarlyWarnings warnings;
    private final NeedToKnowFilter needToKnow;

    @Activate
    public KpiSoapService(@Reference KpiService kpis, @Reference QuotaService quotas,
                          @Reference SuccessCriteriaService criteriaStore, @Reference SuccessCriteriaKpi criteria,
                          @Reference EarlyWarnings warnings, @Reference NeedToKnowFilter needToKnow) {
        this.needToKnow = needToKnow;
        this.kpis = kpis;
        this.quotas = quotas;
        this.criteriaStore = criteriaStore;
        this.criteria = criteria;
        this.warnings = warnings;
    }

    @WebMethod
    @WebResult(name = "cohort")
    public KpiXml.Cohort getCohort(@WebParam(name = "municipality") String municipality,
                                   @WebParam(name = "programme") Programme programme, @WebParam(name = "year") Integer year) {
        new Validator().requirePresent(programme, "programme").throwIfInvalid();
        return KpiXml.Cohort.of(kpis.cohort(municipality, programme, year(year)));
    }

    @WebMethod
    @WebResult(name = "dropouts")
    public KpiXml.Dropouts getDropouts(@WebParam(name = "municipality") String municipality, @WebParam(name = "year") Integer year) {
        return KpiXml.Dropouts.of(kpis.dropouts(municipality, year(year)));
    }

    /** The hiring rate over the given cohorts together; without years, the latest completed cohort of each programme. */
    @WebMethod
    @WebResult(name = "combined")
    public KpiXml.Combined getCombined(@WebParam(name = "municipality") String municipality,
                                       @WebParam(name = "sshYear") Integer sshYear, @WebParam(name = "ssaYear") Integer ssaYear) {
        Map<Programme, Integer> cohorts = new EnumMap<>(Programme.class);
        if (sshYear != null) {
            cohorts.put(Programme.SSH, year("sshYear", sshYear));
        }
        if (ssaYear != null) {
            cohorts.put(Programme.SSA, year("ssaYear", ssaYear));
        }
        return KpiXml.Combined.of(kpis.combined(municipality, cohorts));
    }

    @WebMethod
    @WebResult(name = "quota")
    public KpiXml.Quota getQuota(@WebParam(name = "municipality") String municipality, @WebParam(name = "year") Integer year) {
        return KpiXml.Quota.of(kpis.quota(municipality, year(year)));
    }

    @WebMethod
    @WebResult(name = "recruitment")
    public KpiXml.Recruitment getRecruitment(@WebParam(name = "municipality") String municipality, @WebParam(name = "year") Integer year) {
        return KpiXml.Recruitment.of(kpis.recruitment(municipality, year(year)));
    }

    @WebMethod
    @WebResult(name = "sickLeave")
    public KpiXml.SickLeave getSickLeave(@WebParam(name = "municipality") String municipality, @WebParam(name = "year") Integer year) {
        return KpiXml.SickLeave.of(kpis.sickLeave(municipality, year(year)));
    }

    /** The year's sick leave by programme, cohort and placement site, and per student. */
    @WebMethod
    @WebResult(name = "sickLeaveBreakdown")
    public KpiXml.SickLeaveBreakdown getSickLeaveBreakdown(@WebParam(name = "municipality") String municipality,
                                                           @WebParam(name = "year") Integer year) {
        return KpiXml.SickLeaveBreakdown.of(needToKnow.sickLeave(SoapCaller.current(), municipality,
                kpis.sickLeaveBreakdown(municipality, year(year))));
    }

    /** @param date as of (YYYY-MM-DD); today when left out */
    @WebMethod
    @WebResult(name = "successCriterion")
    public List<KpiXml.Criterion> getSuccessCriteria(@WebParam(name = "municipality") String municipality,
                                                     @WebParam(name = "date") String date) {
        return criteria.progress(municipality, date(date)).stream().map(KpiXml.Criterion::of).toList();
    }

    /** @param date as of (YYYY-MM-DD); today when left out */
    @WebMethod
    @WebResult(name = "earlyWarnings")
    public KpiXml.Warnings getEarlyWarnings(@WebParam(name = "municipality") String municipality,
                                            @WebParam(name = "date") String date) {
        return KpiXml.Warnings.of(needToKnow.warnings(SoapCaller.current(), municipality, warnings.warnings(municipality, date(date))));
    }

    /** Sets the agreed minimum intake per programme; a programme left out keeps its minimum. */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "quota")
    public KpiXml.Quota setQuota(@WebParam(name = "municipality") String municipality, @WebParam(name = "year") Integer year,
                                 @WebParam(name = "ssh") Integer ssh, @WebParam(name = "ssa") Integer ssa) {
        int y = year(year);
        Map<Programme, Integer> minimums = new EnumMap<>(Programme.class);
        if (ssh != null) {
            minimums.put(Programme.SSH, ssh);
        }
        if (ssa != null) {
            minimums.put(Programme.SSA, ssa);
        }
        quotas.setQuota(municipality, minimums);
        return KpiXml.Quota.of(kpis.quota(municipality, y));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "successCriterion")
    public KpiXml.Criterion createSuccessCriterion(@WebParam(name = "municipality") String municipality,
                                                   @WebParam(name = "criterion") KpiXml.CriterionInput criterion) {
        long id = criteriaStore.create(municipality, required(criterion).toModel()).id();
        return KpiXml.Criterion.of(criteria.progress(municipality, id, Denmark.today()));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "successCriterion")
    public KpiXml.Criterion updateSuccessCriterion(@WebParam(name = "municipality") String municipality,
                                                   @WebParam(name = "id") long id,
                                                   @WebParam(name = "criterion") KpiXml.CriterionInput criterion) {
        criteriaStore.update(municipality, id, required(criterion).toModel());
        return KpiXml.Criterion.of(criteria.progress(municipality, id, Denmark.today()));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    public void deleteSuccessCriterion(@WebParam(name = "municipality") String municipality, @WebParam(name = "id") long id) {
        criteriaStore.delete(municipality, id);
    }

    private static KpiXml.CriterionInput required(KpiXml.CriterionInput criterion) {
        if (criterion == null) {
            throw new ValidationException("criterion", "is required");
        }
        return criterion;
    }



    private static int year(Integer year) {
        return year("year", year);
    }

    private static int year(String field, Integer year) {
        new Validator().requirePresent(year, field)
                .require(year == null || (year >= 1990 && year <= 2100), field, "must be a year between 1990 and 2100")
                .throwIfInvalid();
        return year;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return Denmark.today();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            new Validator().require(date.getYear() >= 1990 && date.getYear() <= 2100, "date", "must be in the years 1990 to 2100")
                    .throwIfInvalid();
            return date;
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "must be a date as YYYY-MM-DD");
        }
    }
}
