package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * The type the driver sends a parameter's value as, whatever the value; whether the value may be
 * NULL (a boxed or reference type) or never is (a primitive); and the Java type, for messages.
 */
public record SentType(SqlType type, boolean nullable, String java) {}
