package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW name [(cols)] [WITH (options)] AS query [WITH
 * [CASCADED|LOCAL] CHECK OPTION]}.
 *
 * @param options the {@code WITH (…)} option names as written (values are not kept)
 * @param checkOption {@code "cascaded"} or {@code "local"}, or null
 */
public record CreateView(
    boolean orReplace,
    boolean temporary,
    boolean recursive,
    QualifiedName name,
    List<Identifier> columns,
    List<Identifier> options,
    Query query,
    String checkOption,
    int start,
    int end)
    implements Statement {
  public CreateView {
    columns = List.copyOf(columns);
    options = List.copyOf(options);
  }
}
