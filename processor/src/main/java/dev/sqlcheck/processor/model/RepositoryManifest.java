package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * What the run-time verifier ({@code dev.sqlcheck.SqlCheck.verify}) needs to know about one
 * repository's compiled queries, written next to its implementation as a resource.
 *
 * <p>{@code families} maps the database's built-in type names to the type family that decides Java
 * conversions (a name missing from it is {@code OTHER}, an enum is {@code ENUM}); {@code enums}
 * lists, for every Java enum a query binds or reads, the SQL value each constant travels as; {@code
 * queries} holds one entry per method, in the implementation's order.
 */
public record RepositoryManifest(
    TypeRef repository,
    Map<String, String> families,
    List<EnumConstants> enums,
    List<QueryEntry> queries) {

  public RepositoryManifest {
    families = Map.copyOf(families);
    enums = List.copyOf(enums);
    queries = List.copyOf(queries);
  }

  /**
   * How a Java enum's constants travel: {@code key} is the enum's qualified name, followed by
   * {@code @} and the SQL enum when the constants travel as that enum's labels; {@code constants}
   * and {@code labels} pair each constant, sorted by name, with its SQL value; {@code sqlLabels}
   * are the SQL enum's labels in the compiled schema (empty for constants that travel by name).
   */
  public record EnumConstants(
      String key, List<String> constants, List<String> labels, List<String> sqlLabels) {
    public EnumConstants {
      constants = List.copyOf(constants);
      labels = List.copyOf(labels);
      sqlLabels = List.copyOf(sqlLabels);
    }
  }

  /**
   * One method: its plan (the SQL sent is derived from it), how it is named in reports ({@code
   * findById}, or {@code findById(long)} when overloaded), the result columns as compiled (null
   * when they were not known), what the row mapping reads, what each placeholder binds, and the
   * catalog names the query used.
   */
  public record QueryEntry(
      MethodPlan plan,
      String display,
      List<ResultEntry> results,
      List<ReadEntry> reads,
      List<BindEntry> binds,
      List<UseEntry> uses) {
    public QueryEntry {
      results = results == null ? null : List.copyOf(results);
      reads = List.copyOf(reads);
      binds = List.copyOf(binds);
      uses = List.copyOf(uses);
    }
  }

  /** A result column as compiled: label, SQL type and whether it may be NULL. */
  public record ResultEntry(String label, String type, boolean nullable) {}

  /**
   * Which SQL type families a Java value converts from or to: {@code single} for plain values,
   * {@code arrays} for arrays of those element families. Computed from the processor's type rules,
   * so the run time never needs a copy of them.
   */
  public record Accepts(List<String> single, List<String> arrays) {
    public Accepts {
      single = List.copyOf(single);
      arrays = List.copyOf(arrays);
    }
  }

  /**
   * One column the row mapping reads: by 1-based {@code index}, or by {@code label} at run time
   * (index 0); the Java type as written, its enum (qualified name, or null), whether the generated
   * code reads it without a NULL guard into a primitive, whether the query itself proves it
   * non-null (a WHERE condition, whatever the column declares), what it fills ({@code component
   * "id" of Book}) and which types convert to it.
   */
  public record ReadEntry(
      int index,
      String label,
      String java,
      String enumType,
      boolean unguardedPrimitive,
      boolean provenByQuery,
      String target,
      Accepts accepts) {}

  /**
   * One placeholder, at 1-based {@code position} in the SQL sent: the {@code :name} it came from,
   * the SQL type the compiler saw it meet (null when unknown, or the operand of a cast, where the
   * database's guess says nothing about the bound value), how it is bound ({@code SCALAR}, {@code
   * IN_LIST} with one element, {@code ARRAY}) and with which {@code java.sql.Types} field, the Java
   * type bound (the element type for collections), its enum, and which types accept it.
   */
  public record BindEntry(
      int position,
      String name,
      String expected,
      String mode,
      String jdbcType,
      String java,
      String enumType,
      Accepts accepts,
      String nullType) {}

  /**
   * A table, view or column the query used: the relation's kind ({@code TABLE}, {@code VIEW},
   * {@code MATERIALIZED_VIEW}), and the column's compiled type and NOT NULL (both null for the
   * relation itself).
   */
  public record UseEntry(
      String schema, String relation, String kind, String column, String type, Boolean notNull) {}
}
