/**
 * The module's API: semantically versioned (a change that breaks another module built against it raises the
 * major version).
 */
@Version("1.1.0")
package dk.sosuhub.kpi;

import org.osgi.annotation.versioning.Version;
