package dev.sqlcheck.processor.manifest;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.RepositoryManifest.Accepts;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.SqlFamily;
import dev.sqlcheck.processor.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processor's conversion rules ({@link TypeRules}) written out per Java type as the set of SQL
 * type families it converts from or to, so the run-time verifier applies exactly the rules the
 * compile-time check applied without a copy of them. Each family is probed through a type named
 * after it.
 */
final class Conversions {
  /**
   * Rules over types named after their conversion class: a family's name, or for an integer type
   * {@code INTEGER} and its width in bytes ({@code INTEGER8}), since an integral Java type reads
   * only integers no wider than itself.
   */
  private static final TypeRules PROBE =
      new TypeRules(t -> familyOf(t.name()), t -> integerBytesOf(t.name()));

  /** The class a type converts as: its family's name, or {@code INTEGER4} for a 4-byte integer. */
  static String conversionClass(SqlFamily family, int integerBytes) {
    return family == SqlFamily.INTEGER && integerBytes > 0
        ? family.name() + integerBytes
        : family.name();
  }

  private static SqlFamily familyOf(String conversionClass) {
    return SqlFamily.valueOf(conversionClass.replaceAll("[0-9]+$", ""));
  }

  private static int integerBytesOf(String conversionClass) {
    String digits = conversionClass.replaceAll("^[A-Z_]+", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  /** The answers depend only on the Java type (and bind mode): worked out once per compilation. */
  private static final Map<JavaType, Accepts> READS = new ConcurrentHashMap<>();

  private static final Map<List<Object>, Accepts> BINDS = new ConcurrentHashMap<>();

  private Conversions() {}

  /** The families a result column may have for the mapping to read it as {@code java}. */
  static Accepts reads(JavaType java) {
    return READS.computeIfAbsent(java, Conversions::probeReads);
  }

  private static Accepts probeReads(JavaType java) {
    List<String> single = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    for (String c : classes()) {
      if (PROBE.canRead(SqlType.of(c), java)) {
        single.add(c);
      }
      if (PROBE.canRead(SqlType.arrayOf(c), java)) {
        arrays.add(c);
      }
    }
    return new Accepts(single, arrays);
  }

  /** The families a placeholder may have for a value of {@code java} to bind to it. */
  static Accepts binds(JavaType java, BindMode mode) {
    return BINDS.computeIfAbsent(List.of(java, mode), k -> probeBinds(java, mode));
  }

  private static Accepts probeBinds(JavaType java, BindMode mode) {
    List<String> single = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    for (String c : classes()) {
      if (mode == BindMode.ARRAY) {
        if (PROBE.canBindArray(java, SqlType.arrayOf(c))) {
          arrays.add(c);
        }
      } else if (PROBE.canBind(java, SqlType.of(c))) {
        single.add(c);
      }
    }
    return new Accepts(single, arrays);
  }

  /**
   * Every conversion class a database type can have ({@code UNKNOWN} is the compiler's, never a
   * type's): the families, with the integers also split by width.
   */
  private static List<String> classes() {
    List<String> out = new ArrayList<>();
    for (SqlFamily f : SqlFamily.values()) {
      if (f != SqlFamily.UNKNOWN) {
        out.add(f.name());
      }
    }
    for (int bytes : new int[] {2, 4, 8}) {
      out.add(conversionClass(SqlFamily.INTEGER, bytes));
    }
    return out;
  }
}
