package dev.sqlcheck.processor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small copy-with helpers for the immutable {@link Relation} record. */
public final class Relations {
  private Relations() {}

  public static Relation withColumns(Relation r, List<Column> columns) {
    List<String> key = new ArrayList<>();
    for (String k : r.primaryKey()) {
      if (columns.stream().anyMatch(c -> c.name().equals(k))) {
        key.add(k);
      }
    }
    // a key that lost a column (dropped) is no key any more
    return new Relation(
        r.schema(),
        r.name(),
        r.kind(),
        columns,
        r.columnsKnown(),
        r.definedAt(),
        key.size() == r.primaryKey().size() ? key : List.of());
  }

  public static Relation withUnknownColumns(Relation r) {
    return new Relation(
        r.schema(), r.name(), r.kind(), r.columns(), false, r.definedAt(), r.primaryKey());
  }

  /**
   * A sequence as a query reads it ({@code SELECT last_value FROM seq}): one row of its state, as
   * PostgreSQL describes it, every column NOT NULL.
   */
  public static Relation sequence(String schema, String name, SourceLocation at) {
    return new Relation(
        schema,
        name,
        Relation.Kind.TABLE,
        List.of(
            new Column("last_value", SqlType.of("bigint"), true, false, at),
            new Column("log_cnt", SqlType.of("bigint"), true, false, at),
            new Column("is_called", SqlType.of("boolean"), true, false, at)),
        true,
        at,
        List.of());
  }

  public static Relation renamed(Relation r, String schema, String name) {
    return new Relation(
        schema, name, r.kind(), r.columns(), r.columnsKnown(), r.definedAt(), r.primaryKey());
  }

  /**
   * The relation with the named column changed; unchanged when there is no such column. A renamed
   * key column stays in the primary key under its new name.
   */
  public static Relation mapColumn(Relation r, String column, UnaryOperator<Column> change) {
    List<Column> columns = new ArrayList<>();
    String newName = column;
    for (Column c : r.columns()) {
      if (c.name().equals(column)) {
        Column changed = change.apply(c);
        newName = changed.name();
        columns.add(changed);
      } else {
        columns.add(c);
      }
    }
    String renamedTo = newName;
    List<String> key = r.primaryKey().stream().map(k -> k.equals(column) ? renamedTo : k).toList();
    return withColumns(r.withPrimaryKey(key), columns);
  }

  public static Column withNotNull(Column c, boolean notNull) {
    return new Column(c.name(), c.type(), notNull, c.hasDefault(), c.definedAt(), c.generated());
  }

  public static Column withDefault(Column c, boolean hasDefault) {
    return new Column(c.name(), c.type(), c.notNull(), hasDefault, c.definedAt(), c.generated());
  }

  public static Column withType(Column c, SqlType type) {
    return new Column(c.name(), type, c.notNull(), c.hasDefault(), c.definedAt(), c.generated());
  }
}
