/**
 * The events the platform posts about students (OSGi Event Admin), so that modules can react without importing
 * each other: a module subscribes with an {@code org.osgi.service.event.EventHandler} on the topics of
 * {@link dk.sosuhub.core.api.event.StudentEvents}. Part of the platform's API, semantically versioned.
 */
@Version("1.0.0")
package dk.sosuhub.core.api.event;

import org.osgi.annotation.versioning.Version;
