/**
 * A student's rights under the GDPR across every module: access (export) and erasure. Each module that holds
 * personal data about students registers one {@link dk.sosuhub.core.api.gdpr.PersonalData}; the platform asks them
 * all. Part of the platform's API, semantically versioned.
 */
@Version("1.0.0")
package dk.sosuhub.core.api.gdpr;

import org.osgi.annotation.versioning.Version;
