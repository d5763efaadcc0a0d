/**
 * The events the platform posts about students (OSGi Event Admin), so that modules can react without importing
 * each other: a module subscribes with an {@code org.osgi.service.event.EventHandler} on the topics of
 * {@link dk.sosuhub.core.api.event.StudentEvents}. A module that keeps figures derived from the student records
 * checks {@link dk.sosuhub.core.api.event.StudentDataVersions} (since 1.2) instead: it changes before a write is
 * answered. Part of the platform's API, semantically versioned.
 */
@Version("1.2.0")
package dk.sosuhub.core.api.event;

import org.osgi.annotation.versioning.Version;
