package dk.sosuhub.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a REST resource as part of a module: a municipality that has switched the module off gets 403. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleResource {

    /** The module id, as returned by {@code SosuModule.id()}. */
    String value();
}
