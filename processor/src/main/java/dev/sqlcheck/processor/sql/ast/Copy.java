package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * COPY, as far as its statement goes (the data lines after {@code FROM stdin} are not SQL): {@code
 * COPY table [(cols)] FROM|TO file|STDIN|STDOUT|PROGRAM 'cmd' [[WITH] options] [WHERE cond]} or
 * {@code COPY (query) TO …}.
 *
 * @param table the table, or null for {@code COPY (query)}
 * @param query the query of {@code COPY (query) TO}, or null
 * @param from true for FROM, false for TO
 * @param file the file name or command, or null for STDIN/STDOUT
 * @param options the option names, old and new syntax alike ({@code format}, {@code header}, {@code
 *     delimiter}, …)
 * @param where the WHERE condition of COPY FROM, or null
 */
public record Copy(
    QualifiedName table,
    List<Identifier> columns,
    Statement query,
    boolean from,
    boolean program,
    String file,
    List<Identifier> options,
    Expr where,
    int start,
    int end)
    implements Statement {
  public Copy {
    columns = List.copyOf(columns);
    options = List.copyOf(options);
  }
}
