package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.ModuleDisabledException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Arrays;
import java.util.stream.Collectors;

@Component(service = AccessControl.class)
public class AccessControlImpl implements AccessControl {

    @Reference
    private MunicipalityService municipalities;

    @Reference
    private ModuleService modules;

    @Override
    public void check(Caller caller, String municipality, String moduleId) {
        if (!Municipality.isValidCode(municipality)) {
            throw new ValidationException("municipality", "must be the official 3-digit municipality code, e.g. 250");
        }
        // Scope first: a caller outside the municipality learns nothing about it, not even whether it exists.
        if (!caller.canAccess(municipality)) {
            throw new ForbiddenException("Municipality " + municipality + " is outside your access");
        }
        if (municipalities.find(municipality).isEmpty()) {
            throw new NotFoundException("Unknown municipality " + municipality);
        }
        if (moduleId != null && !modules.isEnabled(municipality, moduleId)) {
            throw new ModuleDisabledException(municipality, moduleId);
        }
    }

    @Override
    public void requireAnyRole(Caller caller, Role... roles) {
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw new ForbiddenException("This needs one of the roles "
                    + Arrays.stream(roles).map(Role::wireName).collect(Collectors.joining(", ")));
        }
    }
}
