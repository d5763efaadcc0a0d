package dk.sosuhub.core.api.security;

import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.ModuleDisabledException;
import dk.sosuhub.core.api.error.NotFoundException;

/**
 * The one place that decides whether a caller may act inside a municipality and a module.
 * The REST filter and every SOAP endpoint go through it, so tenancy is not re-implemented per module.
 */
public interface AccessControl {

    /**
     * @throws NotFoundException        if the municipality does not exist (told only to callers who could see it)
     * @throws ForbiddenException       if the municipality is outside the caller's scope
     * @throws ModuleDisabledException  if {@code moduleId} is not null and the module is switched off there
     */
    void check(Caller caller, String municipality, String moduleId);

    /** @throws ForbiddenException unless the caller has one of the roles */
    void requireAnyRole(Caller caller, Role... roles);
}
