package dev.sqlcheck.processor.schema;

/**
 * The text of one schema file. {@code name} is how messages refer to it ({@code schema.sql}, {@code
 * V3__rename.sql}).
 */
public record SchemaSource(String name, String text) {}
