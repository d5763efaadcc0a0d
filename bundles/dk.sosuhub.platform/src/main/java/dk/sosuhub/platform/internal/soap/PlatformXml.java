package dk.sosuhub.platform.internal.soap;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.platform.internal.FeatureAdmin;
import dk.sosuhub.platform.internal.KarAdmin;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The JAXB shapes of the platform SOAP service; the same fields as the REST API's JSON. */
final class PlatformXml {

    private PlatformXml() {
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                roles.add(Role.fromWireName(name).orElseThrow(() -> new ValidationException("role", "unknown role " + name)));
            }
        }
        return roles;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "municipality")
    public static class MunicipalityXml {
        public String code;
        public String name;

        static MunicipalityXml of(Municipality m) {
            MunicipalityXml x = new MunicipalityXml();
            x.code = m.code();
            x.name = m.name();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "user")
    public static class UserXml {
        public String username;
        @XmlElement(name = "role")
        public List<String> roles = new ArrayList<>();
        public String municipality;
        public String email;
        public Long studentId;

        static UserXml of(UserService.User u) {
            UserXml x = new UserXml();
            x.username = u.username();
            u.roles().forEach(r -> x.roles.add(r.wireName()));
            x.municipality = u.municipality();
            x.email = u.email();
            x.studentId = u.studentId();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "module")
    public static class ModuleXml {
        public String id;
        public String name;
        public String description;
        public String version;
        public String state;
        public List<String> dependsOn = new ArrayList<>();

        static ModuleXml of(ModuleInfo m) {
            ModuleXml x = new ModuleXml();
            x.id = m.id();
            x.name = m.name();
            x.description = m.description();
            x.version = m.version();
            x.state = m.state();
            x.dependsOn.addAll(m.dependsOn());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "municipalityModule")
    public static class MunicipalityModuleXml {
        public String id;
        public String name;
        public boolean enabled;
        public List<String> dependsOn = new ArrayList<>();

        static MunicipalityModuleXml of(ModuleService.MunicipalityModule m) {
            MunicipalityModuleXml x = new MunicipalityModuleXml();
            x.id = m.id();
            x.name = m.name();
            x.enabled = m.enabled();
            x.dependsOn.addAll(m.dependsOn());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "feature")
    public static class FeatureXml {
        public String name;
        public String version;
        public String description;
        public boolean installed;
        public boolean required;

        static FeatureXml of(FeatureAdmin.FeatureInfo f) {
            FeatureXml x = new FeatureXml();
            x.name = f.name();
            x.version = f.version();
            x.description = f.description();
            x.installed = f.installed();
            x.required = f.required();
            return x;
        }
    }

    public static class KarXml {
        public String name;
        public List<String> feature;

        static KarXml of(KarAdmin.KarInfo k) {
            KarXml x = new KarXml();
            x.name = k.name();
            x.feature = k.features();
            return x;
        }
    }
}
