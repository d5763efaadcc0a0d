/**
 * The audit trail: who read or changed which student's data, when, how and through which face. Written by the
 * platform for every module's doors; read by a municipality's administrator. Part of the platform's API,
 * semantically versioned.
 */
@Version("1.0.0")
package dk.sosuhub.core.api.audit;

import org.osgi.annotation.versioning.Version;
