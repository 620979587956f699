package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Temporary tables and views ({@code CREATE TEMP TABLE}, {@code CREATE TEMPORARY VIEW}, {@code
 * SELECT … INTO TEMP}). A migration may use one while it runs, so the load keeps it until the end;
 * then it goes, as it goes with the session that ran the migration, and a query that uses it is
 * told where it was made.
 */
final class TempRelations {
  /** A temporary relation made at {@code at}. */
  record Made(String name, SourceLocation at) {}

  private final List<Made> made = new ArrayList<>();

  /** Notes the temporary relation an applied statement made, if it made one. */
  void applied(DdlKind kind, String sql, SourceLocation at) {
    String name =
        switch (kind) {
          case CREATE_TABLE, CREATE_VIEW -> createdName(sql);
          case SELECT_INTO -> intoName(sql);
          default -> null;
        };
    if (name != null) {
      made.add(new Made(name, at));
    }
  }

  /** At the end of the load: the temporary relations still there go. */
  void end(LoadContext ctx) {
    for (Made m : made) {
      for (Relation r : List.copyOf(ctx.catalog.relations())) {
        if (r.name().equals(m.name()) && Objects.equals(r.definedAt(), m.at())) {
          ctx.catalog.removeRelation(r.schema(), r.name());
          ctx.catalog.recordRelationEvent(
              r.schema(), new HistoryEvent(HistoryEvent.Type.TEMPORARY, r.name(), null, m.at()));
        }
      }
    }
  }

  /** {@code CREATE [OR REPLACE] [GLOBAL|LOCAL] TEMP|TEMPORARY [RECURSIVE] TABLE|VIEW … name}. */
  private static String createdName(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, 6);
    int i = 1;
    if (i + 1 < t.size() && t.get(i).is("OR") && t.get(i + 1).is("REPLACE")) {
      i += 2;
    }
    if (i < t.size() && (t.get(i).is("GLOBAL") || t.get(i).is("LOCAL"))) {
      i++;
    }
    if (i >= t.size() || !(t.get(i).is("TEMP") || t.get(i).is("TEMPORARY"))) {
      return null;
    }
    List<String> name = Failures.createdName(sql);
    return name.isEmpty() ? null : name.get(name.size() - 1);
  }

  /** {@code SELECT … INTO TEMP|TEMPORARY [TABLE] name}. */
  private static String intoName(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    SelectInto.Target into = SelectInto.target(t);
    if (into == null || !(into.kinds().contains("TEMP"))) {
      return null;
    }
    return lastName(t, into.nameFrom());
  }

  private static String lastName(List<Token> t, int from) {
    List<String> name = new ArrayList<>();
    AlterTableActions.readQualifiedName(t, from, name);
    return name.isEmpty() ? null : name.get(name.size() - 1);
  }
}
