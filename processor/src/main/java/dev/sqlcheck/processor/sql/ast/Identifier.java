package dev.sqlcheck.processor.sql.ast;

/**
 * One name as PostgreSQL resolves it: an unquoted word folded to lower case (ASCII letters only, as
 * PostgreSQL's {@code downcase_identifier}), a quoted name with its case kept and {@code ""} read
 * as {@code "}, or a {@code U&"…"} name decoded; names longer than 63 bytes of UTF-8 are cut to 63
 * bytes, as PostgreSQL does. Key words used as names are identifiers too ({@code t.join}).
 *
 * <pre>{@code
 * FooBar      -> Identifier("foobar", quoted=false)
 * "FooBar"    -> Identifier("FooBar", quoted=true)
 * U&"d\0061t" -> Identifier("dat",    quoted=true)
 * }</pre>
 *
 * @param name the name as PostgreSQL compares it
 * @param quoted whether it was written in double quotes (a quoted name is never a key word)
 */
public record Identifier(String name, boolean quoted, int start, int end) implements Node {}
