/**
 * Part of the platform's API: semantically versioned (a change that breaks a module built against it raises
 * the major version). Modules import it with the range bnd derives, [1.0,2).
 */
@Version("1.3.0")
package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.Version;
