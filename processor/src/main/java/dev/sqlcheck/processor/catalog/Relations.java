package dev.sqlcheck.processor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small copy-with helpers for the immutable {@link Relation} record. */
public final class Relations {
  private Relations() {}

  public static Relation withColumns(Relation r, List<Column> columns) {
    return new Relation(r.schema(), r.name(), r.kind(), columns, r.columnsKnown(), r.definedAt());
  }

  public static Relation withUnknownColumns(Relation r) {
    return new Relation(r.schema(), r.name(), r.kind(), r.columns(), false, r.definedAt());
  }

  public static Relation renamed(Relation r, String schema, String name) {
    return new Relation(schema, name, r.kind(), r.columns(), r.columnsKnown(), r.definedAt());
  }

  /** The relation with the named column changed; unchanged when there is no such column. */
  public static Relation mapColumn(Relation r, String column, UnaryOperator<Column> change) {
    List<Column> columns = new ArrayList<>();
    for (Column c : r.columns()) {
      columns.add(c.name().equals(column) ? change.apply(c) : c);
    }
    return withColumns(r, columns);
  }

  public static Column withNotNull(Column c, boolean notNull) {
    return new Column(c.name(), c.type(), notNull, c.hasDefault(), c.definedAt());
  }

  public static Column withDefault(Column c, boolean hasDefault) {
    return new Column(c.name(), c.type(), c.notNull(), hasDefault, c.definedAt());
  }

  public static Column withType(Column c, SqlType type) {
    return new Column(c.name(), type, c.notNull(), c.hasDefault(), c.definedAt());
  }
}
