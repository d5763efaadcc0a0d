package dk.sosuhub.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's REST operation outside {@code /municipalities/{code}} that is about the caller's own
 * municipality (e.g. {@code GET /me/inbox}): the Gate checks it as if the caller's municipality were in the path,
 * so the module's switch there still guards it, and refuses a caller without a municipality (a platform
 * administrator). Without this mark a module's operation outside a municipality is for platform-admin alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OwnMunicipality {
}
