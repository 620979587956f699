package dev.sqlcheck;

import dev.sqlcheck.LiveTypes.LiveType;
import dev.sqlcheck.Manifest.Bind;
import dev.sqlcheck.Manifest.Query;
import dev.sqlcheck.Manifest.Read;
import dev.sqlcheck.Manifest.Use;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the database says about one prepared query ({@link Described}) with what was
 * compiled into its method: the parameter types the compiler knew, and every column the row mapping
 * reads (position and label, type, enum labels, NULL under a primitive). A change that still
 * converts to the Java mapping is not a difference; one that no longer converts is.
 */
final class QueryCheck {
  /** A result column as the driver describes it without running the query. */
  record LiveColumn(String label, String type, int nullable, String table, String column) {}

  /** The database's description of a prepared query. */
  record Described(List<String> parameterTypes, List<LiveColumn> columns) {}

  private final Manifest manifest;
  private final Query query;
  private final LiveTypes types;
  private final List<String> differences = new ArrayList<>();

  QueryCheck(Manifest manifest, Query query, LiveTypes types) {
    this.manifest = manifest;
    this.query = query;
    this.types = types;
  }

  /** The differences that break the method, each one phrase; empty when it still works. */
  List<String> compare(Described live) throws SQLException {
    for (Bind b : query.binds()) {
      if (b.expected() != null && b.position() <= live.parameterTypes().size()) {
        parameter(b, types.resolve(live.parameterTypes().get(b.position() - 1)));
      }
    }
    for (Read r : query.reads()) {
      read(r, live.columns());
    }
    return differences;
  }

  private void parameter(Bind b, LiveType type) {
    if (type == null) {
      return;
    }
    Map<String, String> families = manifest.families();
    if (!b.accepts().accepts(type.family(families), type.array())) {
      differences.add(
          "parameter :"
              + b.name()
              + " meets "
              + type
              + " now (compiled: "
              + b.expected()
              + "), which "
              + b.java()
              + " does not bind to");
      return;
    }
    Map<String, String> labels = b.enumType() == null ? null : manifest.enums().get(b.enumType());
    if (type.isEnum() && labels != null) {
      for (Map.Entry<String, String> e : labels.entrySet()) {
        if (!type.enumLabels().contains(e.getValue())) {
          differences.add(
              "enum "
                  + type.base()
                  + " has no label \""
                  + e.getValue()
                  + "\", which parameter :"
                  + b.name()
                  + " binds for "
                  + simple(b.enumType())
                  + "."
                  + e.getKey());
        }
      }
    }
  }

  private void read(Read r, List<LiveColumn> columns) throws SQLException {
    int index = r.index() > 0 ? r.index() : byLabel(r.label(), columns);
    String label = r.label() == null ? "" : " (\"" + r.label() + "\")";
    if (index <= 0) {
      differences.add("no result column matches \"" + r.label() + "\" for " + r.target());
      return;
    }
    if (index > columns.size()) {
      differences.add(
          "the query returns "
              + columns.size()
              + " column"
              + (columns.size() == 1 ? "" : "s")
              + " now; "
              + r.target()
              + " reads column "
              + index
              + label);
      return;
    }
    LiveColumn live = columns.get(index - 1);
    String compiled = compiledLabel(r, index);
    if (compiled != null && live.table() != null && !live.label().equals(compiled)) {
      differences.add(
          "column "
              + index
              + " is \""
              + live.label()
              + "\" now, not \""
              + compiled
              + "\", which "
              + r.target()
              + " reads");
      return;
    }
    LiveType type = types.resolve(live.type());
    if (type == null) {
      return;
    }
    if (!r.accepts().accepts(type.family(manifest.families()), type.array())) {
      differences.add(
          "column \""
              + live.label()
              + "\" is "
              + type
              + " now"
              + compiledType(index)
              + ", which does not convert to "
              + r.java()
              + " ("
              + r.target()
              + ")");
      return;
    }
    enumLabels(r, type);
    nullable(r, live);
  }

  private void enumLabels(Read r, LiveType type) {
    Map<String, String> labels = r.enumType() == null ? null : manifest.enums().get(r.enumType());
    if (!type.isEnum() || labels == null) {
      return;
    }
    Set<String> compiled = manifest.compiledLabels().getOrDefault(r.enumType(), Set.of());
    for (String label : type.enumLabels()) {
      // a label the compiled schema had and no constant matched was accepted then: reading it
      // throws SqlCheckException, as it did when the build passed
      if (!labels.containsValue(label) && !compiled.contains(label)) {
        differences.add(
            "enum "
                + type.base()
                + " has label \""
                + label
                + "\", which "
                + simple(r.enumType())
                + " has no constant for ("
                + r.target()
                + ")");
      }
    }
  }

  /**
   * A primitive read without a NULL guard whose column comes straight from a table that allows NULL
   * now, where the compiled schema had it NOT NULL. (When the compiled schema also allowed NULL,
   * the compiler proved the value non-null from the query itself, which still holds.) Views are
   * left out: PostgreSQL never marks a view's column NOT NULL, whatever its query guarantees, so
   * its answer says nothing about a change.
   */
  private void nullable(Read r, LiveColumn live) {
    if (!r.unguardedPrimitive()
        || live.nullable() != ResultSetMetaData.columnNullable
        || live.table() == null) {
      return;
    }
    for (Use u : query.uses()) {
      if (u.isTable()
          && u.relation().equals(live.table())
          && live.column().equals(u.column())
          && Boolean.TRUE.equals(u.notNull())) {
        differences.add(
            "column \""
                + live.column()
                + "\" of \""
                + live.table()
                + "\" allows NULL now, but "
                + r.target()
                + " is the primitive "
                + r.java());
        return;
      }
    }
  }

  /**
   * The label compiled for a column read by position, or null when the columns were not known (then
   * the position is all the mapping relies on).
   */
  private String compiledLabel(Read r, int index) {
    List<Manifest.Column> compiled = query.columns();
    if (r.index() == 0 || compiled == null || index > compiled.size()) {
      return null;
    }
    return compiled.get(index - 1).label();
  }

  private String compiledType(int index) {
    List<Manifest.Column> compiled = query.columns();
    if (compiled == null || index > compiled.size() || compiled.get(index - 1).type() == null) {
      return "";
    }
    return " (compiled: " + compiled.get(index - 1).type() + ")";
  }

  /** As the generated code finds a column by label: ignoring case and underscores. */
  private static int byLabel(String label, List<LiveColumn> columns) {
    String wanted = normalize(label);
    for (int i = 0; i < columns.size(); i++) {
      if (normalize(columns.get(i).label()).equals(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String normalize(String label) {
    return label.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** {@code com.example.Repo.Status} → {@code Status}. */
  /** {@code Status} for {@code com.example.Status} or {@code com.example.Status@status}. */
  private static String simple(String enumKey) {
    int at = enumKey.indexOf('@');
    String qualified = at < 0 ? enumKey : enumKey.substring(0, at);
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
