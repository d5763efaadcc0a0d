package dk.sosuhub.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a resource method that returns a {@code Response}: it answers 201 Created with a Location header
 * and a body of the given type. The OpenAPI document uses it; the behaviour is the method's own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {

    Class<?> value();
}
