package dk.sosuhub.platform.internal.soap;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.platform.internal.FeatureAdmin;
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

/** Platform administration over SOAP at /soap/platform: the same operations and rules as the REST API. */
@Component(immediate = true, service = {})
@WebService(name = "Platform", serviceName = "PlatformService", targetNamespace = PlatformSoapService.NS)
public class PlatformSoapService {

    public static final String NS = "urn:sosuhub:platform";

    private final MunicipalityService municipalities;
    private final ModuleService modules;
    private final UserService users;
    private final FeatureAdmin features;
    private final AccessControl access;
    private final AutoCloseable endpoint;

    @Activate
    public PlatformSoapService(@Reference MunicipalityService municipalities, @Reference ModuleService modules,
                               @Reference UserService users, @Reference FeatureAdmin features,
                               @Reference AccessControl access, @Reference SoapPublisher soap) {
        this.municipalities = municipalities;
        this.modules = modules;
        this.users = users;
        this.features = features;
        this.access = access;
        this.endpoint = soap.publish("platform", PlatformSoapService.class, this);
    }

    @Deactivate
    void deactivate() throws Exception {
        endpoint.close();
    }

    @WebMethod
    @WebResult(name = "municipality")
    public PlatformXml.MunicipalityXml createMunicipality(@WebParam(name = "code") String code,
                                                         @WebParam(name = "name") String name) {
        access.requireAnyRole(SoapCaller.current(), Role.PLATFORM_ADMIN);
        return PlatformXml.MunicipalityXml.of(municipalities.create(new Municipality(code, name)));
    }

    @WebMethod
    @WebResult(name = "municipality")
    public List<PlatformXml.MunicipalityXml> listMunicipalities() {
        Caller caller = SoapCaller.current();
        return municipalities.list().stream().filter(m -> caller.canAccess(m.code()))
                .map(PlatformXml.MunicipalityXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "user")
    public PlatformXml.UserXml createUser(@WebParam(name = "username") String username,
                                          @WebParam(name = "password") String password,
                                          @WebParam(name = "role") List<String> roles,
                                          @WebParam(name = "municipality") String municipality) {
        Caller caller = SoapCaller.current();
        access.requireAnyRole(caller, Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN);
        return PlatformXml.UserXml.of(users.create(caller,
                new UserService.NewUser(username, password, PlatformXml.roles(roles), municipality)));
    }

    @WebMethod
    @WebResult(name = "module")
    public List<PlatformXml.ModuleXml> listModules() {
        access.requireAnyRole(SoapCaller.current(), Role.PLATFORM_ADMIN);
        return modules.installed().stream().map(PlatformXml.ModuleXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "feature")
    public List<PlatformXml.FeatureXml> listFeatures() {
        access.requireAnyRole(SoapCaller.current(), Role.PLATFORM_ADMIN);
        return features.list().stream().map(PlatformXml.FeatureXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "feature")
    public PlatformXml.FeatureXml setFeatureInstalled(@WebParam(name = "name") String name,
                                                      @WebParam(name = "installed") boolean installed) {
        access.requireAnyRole(SoapCaller.current(), Role.PLATFORM_ADMIN);
        return PlatformXml.FeatureXml.of(features.setInstalled(name, installed));
    }

    @WebMethod
    @WebResult(name = "module")
    public List<PlatformXml.MunicipalityModuleXml> listMunicipalityModules(@WebParam(name = "municipality") String municipality) {
        checkMunicipalityAdmin(municipality);
        return modules.forMunicipality(municipality).stream().map(PlatformXml.MunicipalityModuleXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "module")
    public PlatformXml.MunicipalityModuleXml setModuleEnabled(@WebParam(name = "municipality") String municipality,
                                                              @WebParam(name = "moduleId") String moduleId,
                                                              @WebParam(name = "enabled") boolean enabled) {
        checkMunicipalityAdmin(municipality);
        return PlatformXml.MunicipalityModuleXml.of(modules.setEnabled(municipality, moduleId, enabled));
    }

    private void checkMunicipalityAdmin(String municipality) {
        Caller caller = SoapCaller.current();
        access.requireAnyRole(caller, Role.PLATFORM_ADMIN, Role.MUNICIPALITY_ADMIN);
        access.check(caller, municipality, null);
    }
}
