package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * The type the driver sends a parameter's value as, whatever the value; whether the value may be
 * NULL (a boxed or reference type) or never is (a primitive); the Java type, for messages; and
 * whether a connection setting decides it ({@code bySetting}: a {@code String} goes as {@code
 * varchar} under the driver's default), so that it only rescues a query PREPARE cannot type.
 */
public record SentType(SqlType type, boolean nullable, String java, boolean bySetting) {}
