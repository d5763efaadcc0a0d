package dk.sosuhub.platform.internal.soap;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.platform.internal.FeatureAdmin;
import dk.sosuhub.platform.internal.KarAdmin;
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
import java.io.ByteArrayInputStream;
import java.util.List;

/** Platform administration over SOAP at /soap/platform: the same operations and rules as the REST API. */
@Component(service = PlatformSoapService.class, property = SoapServices.PROPERTY + "=platform")
@WebService(name = "Platform", serviceName = "PlatformService", targetNamespace = PlatformSoapService.NS)
public class PlatformSoapService {

    public static final String NS = "urn:sosuhub:platform";

    private final MunicipalityService municipalities;
    private final ModuleService modules;
    private final UserService users;
    private final FeatureAdmin features;
    private final KarAdmin kars;

    @Activate
    public PlatformSoapService(@Reference MunicipalityService municipalities, @Reference ModuleService modules,
                               @Reference UserService users, @Reference FeatureAdmin features,
                               @Reference KarAdmin kars) {
        this.municipalities = municipalities;
        this.modules = modules;
        this.users = users;
        this.features = features;
        this.kars = kars;
    }

    /** Installs a KAR without starting its features (the same checks as {@code POST /api/v1/kars}). */
    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "kar")
    public PlatformXml.KarXml installKar(@WebParam(name = "archive") byte[] archive) {
        new Validator().requirePresent(archive, "archive").throwIfInvalid();
        return PlatformXml.KarXml.of(kars.install(new ByteArrayInputStream(archive)));
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "kar")
    public List<PlatformXml.KarXml> listKars() {
        return kars.list().stream().map(PlatformXml.KarXml::of).toList();
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    public void uninstallKar(@WebParam(name = "name") String name) {
        new Validator().requirePresent(name, "name").throwIfInvalid();
        kars.uninstall(name);
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "municipality")
    public PlatformXml.MunicipalityXml createMunicipality(@WebParam(name = "code") String code,
                                                         @WebParam(name = "name") String name) {
        return PlatformXml.MunicipalityXml.of(municipalities.create(new Municipality(code, name)));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME, Role.EDUCATION_TEAM_NAME, Role.SUPERVISOR_NAME,
            Role.STUDENT_NAME, Role.INTEGRATOR_NAME})
    @WebResult(name = "municipality")
    public List<PlatformXml.MunicipalityXml> listMunicipalities() {
        Caller caller = SoapCaller.current();
        return municipalities.list().stream().filter(m -> caller.canAccess(m.code()))
                .map(PlatformXml.MunicipalityXml::of).toList();
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "user")
    public PlatformXml.UserXml createUser(@WebParam(name = "username") String username,
                                          @WebParam(name = "password") String password,
                                          @WebParam(name = "role") List<String> roles,
                                          @WebParam(name = "municipality") String municipality,
                                          @WebParam(name = "email") String email,
                                          @WebParam(name = "studentId") Long studentId) {
        Caller caller = SoapCaller.current();
        return PlatformXml.UserXml.of(users.create(caller,
                new UserService.NewUser(username, password, PlatformXml.roles(roles), municipality, email, studentId)));
    }

    /** Replaces a user's roles, e-mail and student link; the password only when given. */
    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "user")
    public PlatformXml.UserXml updateUser(@WebParam(name = "username") String username,
                                          @WebParam(name = "password") String password,
                                          @WebParam(name = "role") List<String> roles,
                                          @WebParam(name = "email") String email,
                                          @WebParam(name = "studentId") Long studentId) {
        return PlatformXml.UserXml.of(users.update(SoapCaller.current(), username,
                new UserService.UserChange(password, PlatformXml.roles(roles), email, studentId)));
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "module")
    public List<PlatformXml.ModuleXml> listModules() {
        return modules.installed().stream().map(PlatformXml.ModuleXml::of).toList();
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "feature")
    public List<PlatformXml.FeatureXml> listFeatures() {
        return features.list().stream().map(PlatformXml.FeatureXml::of).toList();
    }

    @WebMethod
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @WebResult(name = "feature")
    public PlatformXml.FeatureXml setFeatureInstalled(@WebParam(name = "name") String name,
                                                      @WebParam(name = "installed") boolean installed) {
        return PlatformXml.FeatureXml.of(features.setInstalled(name, installed));
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "module")
    public List<PlatformXml.MunicipalityModuleXml> listMunicipalityModules(@WebParam(name = "municipality") String municipality) {
        requirePresent(municipality);
        return modules.forMunicipality(municipality).stream().map(PlatformXml.MunicipalityModuleXml::of).toList();
    }

    @WebMethod
    @RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.MUNICIPALITY_ADMIN_NAME})
    @WebResult(name = "module")
    public PlatformXml.MunicipalityModuleXml setModuleEnabled(@WebParam(name = "municipality") String municipality,
                                                              @WebParam(name = "moduleId") String moduleId,
                                                              @WebParam(name = "enabled") boolean enabled) {
        requirePresent(municipality);
        return PlatformXml.MunicipalityModuleXml.of(modules.setEnabled(municipality, moduleId, enabled));
    }

    /** The municipality of these operations is checked before they run (scope and roles), when it is given. */
    private static void requirePresent(String municipality) {
        new Validator().requirePresent(municipality, "municipality").throwIfInvalid();
    }
}
