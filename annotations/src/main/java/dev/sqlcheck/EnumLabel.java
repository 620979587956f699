package dev.sqlcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL enum label an enum constant stands for, when it cannot be found from the constant's name.
 * sqlcheck matches each constant of a Java enum to one label of the SQL enum it meets: the label
 * spelled exactly like the constant, else the only label equal to it ignoring case. Use this
 * annotation for a label that no Java name can spell, or to choose between labels that differ only
 * in case:
 *
 * <pre>{@code
 * // CREATE TYPE order_status AS ENUM ('pending', 'in progress', 'shipped');
 * enum OrderStatus {
 *   PENDING,                          // 'pending', ignoring case
 *   @EnumLabel("in progress") IN_PROGRESS,
 *   SHIPPED
 * }
 * }</pre>
 *
 * <p>The label is checked at compile time against every SQL enum the constant is bound to or read
 * from. Kept in class files, so it also works for an enum compiled in another module.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface EnumLabel {
  /** The SQL enum label, exactly as in {@code CREATE TYPE ... AS ENUM}. */
  String value();
}
