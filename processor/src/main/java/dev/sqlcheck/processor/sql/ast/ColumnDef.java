package dev.sqlcheck.processor.sql.ast;

/**
 * One entry of a column definition list, {@code name type [COLLATE c]}: in {@code FROM f() AS x(a
 * int, b text)}, {@code ROWS FROM (f() AS (a int))} and JSON/XML table column lists that only carry
 * a name and type.
 *
 * @param collation the {@code COLLATE} name, or null
 */
public record ColumnDef(Identifier name, TypeName type, QualifiedName collation, int start, int end)
    implements Node {}
