package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code DROP kind [CONCURRENTLY] [IF EXISTS] objects [CASCADE|RESTRICT]} for the object kinds of
 * PostgreSQL's DropStmt. Which list holds the objects depends on the kind:
 *
 * <ul>
 *   <li>{@code names}: relations, schemas, extensions, collations, conversions, statistics, text
 *       search objects, languages, servers and so on; for {@code trigger}, {@code policy} and
 *       {@code rule} the one-part name, with {@code table};
 *   <li>{@code types}: {@code type}, {@code domain}, and {@code cast} (source and target);
 *   <li>{@code routines}: {@code function}, {@code procedure}, {@code routine}, {@code aggregate}.
 * </ul>
 *
 * @param objectKind the kind in lower case as written without noise words: {@code table}, {@code
 *     view}, {@code materialized view}, {@code index}, {@code sequence}, {@code foreign table},
 *     {@code type}, {@code domain}, {@code schema}, {@code extension}, {@code function}, …
 * @param table the table of a trigger, policy or rule, else null
 */
public record Drop(
    String objectKind,
    boolean ifExists,
    boolean concurrently,
    List<QualifiedName> names,
    List<TypeName> types,
    List<RoutineSignature> routines,
    QualifiedName table,
    boolean cascade,
    int start,
    int end)
    implements Statement {
  public Drop {
    names = List.copyOf(names);
    types = List.copyOf(types);
    routines = List.copyOf(routines);
  }
}
