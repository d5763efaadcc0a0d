/**
 * Support measures a module offers students (a retention mentor, a buddy, …), published as whiteboard services so
 * that another module can show them without importing the offering module: the offering module registers a
 * {@link dk.sosuhub.core.api.support.StudentSupport}; a reader takes every one there is (an optional, multiple,
 * dynamic reference) and works without any. Part of the platform's API, semantically versioned.
 */
@Version("1.0.0")
package dk.sosuhub.core.api.support;

import org.osgi.annotation.versioning.Version;
