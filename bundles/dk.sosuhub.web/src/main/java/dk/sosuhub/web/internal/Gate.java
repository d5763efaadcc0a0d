package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.security.AccessControl;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.web.internal.ModuleOwners.Owner;

import javax.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one check every REST and SOAP operation passes before it runs, after authentication: the caller's role,
 * then the municipality scope and the switch of the module that owns the door. REST and SOAP call the same
 * method, so the two faces can never disagree.
 */
final class Gate {

    private final AccessControl access;

    Gate(AccessControl access) {
        this.access = access;
    }

    /**
     * @param owner        the owner of the door ({@link ModuleOwners#ownerOf}); empty refuses the call
     * @param municipality the municipality the call is about (the {@code {code}} path parameter, the SOAP
     *                     {@code municipality} parameter), or null
     * @param required     whether the operation is about a municipality, so that null is invalid input
     */
    void check(Caller caller, Method method, Class<?> type, Optional<Owner> owner, String municipality, boolean required) {
        checkRolesAndOwner(caller, method, type, owner);
        String module = owner.get().moduleId();
        if (municipality != null) {
            access.check(caller, municipality, module);
        } else if (required) {
            throw new ValidationException("municipality", "is required");
        } else if (module != null && !caller.isPlatformAdmin()) {
            // registration lets a module's operation outside a municipality through only for platform-admin
            throw new ForbiddenException("Only platform administrators may call this operation");
        }
    }

    /**
     * An operation about the caller's own municipality ({@link dk.sosuhub.web.OwnMunicipality}): checked as if
     * that municipality were in the path, so the owning module's switch there guards it. A caller without a
     * municipality (a platform administrator) is refused.
     */
    void checkOwnMunicipality(Caller caller, Method method, Class<?> type, Optional<Owner> owner) {
        checkRolesAndOwner(caller, method, type, owner);
        if (caller.municipality() == null) {
            throw new ForbiddenException("This operation is for users of a municipality");
        }
        access.check(caller, caller.municipality(), owner.get().moduleId());
    }

    private void checkRolesAndOwner(Caller caller, Method method, Class<?> type, Optional<Owner> owner) {
        Optional<RolesAllowed> roles = DoorRules.roles(method, type);
        if (roles.isEmpty() && !DoorRules.permitAll(method, type)) {
            throw new ForbiddenException("This operation says nothing of who may call it");
        }
        if (roles.isPresent() && Arrays.stream(roles.get().value())
                .noneMatch(r -> Role.fromWireName(r).map(caller::has).orElse(false))) {
            throw new ForbiddenException("This needs one of the roles " + String.join(", ", roles.get().value()));
        }
        if (owner.isEmpty()) {
            throw new ForbiddenException("This operation belongs to no installed module");
        }
    }
}
