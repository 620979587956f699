package dev.sqlcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One SQL statement, with named parameters written {@code :name}. A parameter binds the method
 * parameter of the same source name, or the one annotated {@link Param} with that name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL statement. */
  String value();
}
