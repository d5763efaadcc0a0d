package dk.sosuhub.core.api.module;

import java.util.List;

/**
 * An installed module as administrators see it.
 *
 * @param state the OSGi state of the bundle providing it, e.g. {@code ACTIVE}
 */
public record ModuleInfo(String id, String name, String description, String version, String state,
                         List<String> dependsOn) {
}
