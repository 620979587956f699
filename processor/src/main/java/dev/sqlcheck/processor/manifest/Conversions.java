package dev.sqlcheck.processor.manifest;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.RepositoryManifest.Accepts;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.SqlFamily;
import dev.sqlcheck.processor.types.TypeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The processor's conversion rules ({@link TypeRules}) written out per Java type as the set of SQL
 * type families it converts from or to, so the run-time verifier applies exactly the rules the
 * compile-time check applied without a copy of them. Each family is probed through a type named
 * after it.
 */
final class Conversions {
  /** Rules over types whose name is their family's name. */
  private static final TypeRules PROBE = new TypeRules(t -> SqlFamily.valueOf(t.name()));

  private Conversions() {}

  /** The families a result column may have for the mapping to read it as {@code java}. */
  static Accepts reads(JavaType java) {
    List<String> single = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    for (SqlFamily f : families()) {
      if (PROBE.canRead(SqlType.of(f.name()), java)) {
        single.add(f.name());
      }
      if (PROBE.canRead(SqlType.arrayOf(f.name()), java)) {
        arrays.add(f.name());
      }
    }
    return new Accepts(single, arrays);
  }

  /** The families a placeholder may have for a value of {@code java} to bind to it. */
  static Accepts binds(JavaType java, BindMode mode) {
    List<String> single = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    for (SqlFamily f : families()) {
      if (mode == BindMode.ARRAY) {
        if (PROBE.canBindArray(java, SqlType.arrayOf(f.name()))) {
          arrays.add(f.name());
        }
      } else if (PROBE.canBind(java, SqlType.of(f.name()))) {
        single.add(f.name());
      }
    }
    return new Accepts(single, arrays);
  }

  /** Every family a database type can have ({@code UNKNOWN} is the compiler's, never a type's). */
  private static List<SqlFamily> families() {
    List<SqlFamily> out = new ArrayList<>();
    for (SqlFamily f : SqlFamily.values()) {
      if (f != SqlFamily.UNKNOWN) {
        out.add(f);
      }
    }
    return out;
  }
}
