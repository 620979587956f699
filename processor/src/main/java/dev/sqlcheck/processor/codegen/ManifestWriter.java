package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.RepositoryManifest;
import dev.sqlcheck.processor.model.RepositoryManifest.Accepts;
import dev.sqlcheck.processor.model.RepositoryManifest.BindEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.EnumConstants;
import dev.sqlcheck.processor.model.RepositoryManifest.QueryEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.ReadEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.ResultEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.UseEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link RepositoryManifest} as the text resource {@code
 * META-INF/sqlcheck/repositories/<binary name>} that {@code dev.sqlcheck.SqlCheck} reads at run
 * time. One record per line, its fields separated by tabs; a backslash, tab, newline and carriage
 * return inside a field are written as backslash, backslash-t, backslash-n and backslash-r; an
 * empty field means "none". The records, with the tabs shown as {@code |}:
 *
 * <pre>
 * sqlcheck-manifest|1
 * repository|com.example.BookRepository|BookRepository       qualified and nested name
 * family|bigint|INTEGER8                                       a type name's conversion class
 * enum|com.example.Status|ACTIVE|ACTIVE|LOST|LOST              an enum's constants and values
 * enum|com.example.Mood@mood|HAPPY|happy|SAD|sad               ... as a SQL enum's labels
 * labels|com.example.Mood@mood|happy|sad|angry                 that SQL enum's compiled labels
 * query|findById                                               then, for this method:
 * sql|SELECT id, title FROM books WHERE id = ?                 the SQL sent (IN lists: one ?)
 * columns|2                                                    result columns compiled, or ?
 * result|id|bigint|notnull                                     label, type, nullability
 * read|1|id|long||unguarded|the result|INTEGER,DECIMAL,FLOATING|
 *     position (0: by label), label, Java type, enum, NULL check, target, families, array families
 * bind|1|id|bigint|SCALAR|BIGINT|long||INTEGER,DECIMAL,FLOATING|
 *     position, :name, type met (empty: unknown), mode, java.sql.Types, Java type, enum, families,
 *     array families, and the type name a NULL goes as (an ARRAY's array type, a NULL
 *     OffsetDateTime's timestamptz), where generated code names one
 * uses|public|books|TABLE|id|bigint|notnull                    a table or column the SQL uses
 * </pre>
 *
 * The output depends only on the manifest, so it is deterministic.
 */
public final class ManifestWriter {
  /** The version the reader checks; raise it when a record changes meaning. */
  public static final int VERSION = 1;

  /** Where a repository's manifest goes, relative to the class output. */
  public static final String DIRECTORY = "META-INF/sqlcheck/repositories/";

  private ManifestWriter() {}

  /** The resource name for a repository's binary name ({@code com.example.Outer$Inner}). */
  public static String resourceName(String binaryName) {
    return DIRECTORY + binaryName;
  }

  public static String write(RepositoryManifest m) {
    StringBuilder out = new StringBuilder();
    line(out, "sqlcheck-manifest", String.valueOf(VERSION));
    line(out, "repository", m.repository().qualifiedName(), m.repository().nestedName());
    m.families().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> line(out, "family", e.getKey(), e.getValue()));
    for (EnumConstants e : m.enums()) {
      List<String> fields = new ArrayList<>();
      fields.add("enum");
      fields.add(e.key());
      for (int i = 0; i < e.constants().size(); i++) {
        fields.add(e.constants().get(i));
        fields.add(e.labels().get(i));
      }
      line(out, fields.toArray(String[]::new));
      if (!e.sqlLabels().isEmpty()) {
        List<String> labels = new ArrayList<>();
        labels.add("labels");
        labels.add(e.key());
        labels.addAll(e.sqlLabels());
        line(out, labels.toArray(String[]::new));
      }
    }
    for (QueryEntry q : m.queries()) {
      query(out, q);
    }
    return out.toString();
  }

  private static void query(StringBuilder out, QueryEntry q) {
    MethodPlan plan = q.plan();
    line(out, "query", q.display());
    line(
        out,
        "sql",
        SqlText.rewrite(plan.method().sql(), plan.bindings(), plan.operatorQuestionMarks()));
    if (q.results() == null) {
      line(out, "columns", "?");
    } else {
      line(out, "columns", String.valueOf(q.results().size()));
      for (ResultEntry r : q.results()) {
        line(out, "result", r.label(), r.type(), r.nullable() ? "null" : "notnull");
      }
    }
    for (ReadEntry r : q.reads()) {
      line(
          out,
          "read",
          String.valueOf(r.index()),
          r.label(),
          r.java(),
          r.enumType(),
          nullCheck(r),
          r.target(),
          csv(r.accepts().single()),
          csv(r.accepts().arrays()));
    }
    for (BindEntry b : q.binds()) {
      Accepts a = b.accepts();
      String[] fields = {
        "bind",
        String.valueOf(b.position()),
        b.name(),
        b.expected(),
        b.mode(),
        b.jdbcType(),
        b.java(),
        b.enumType(),
        csv(a.single()),
        csv(a.arrays()),
        b.nullType()
      };
      // a NULL's type name closes only the records that have one; the others read as before
      line(out, b.nullType() == null ? Arrays.copyOf(fields, fields.length - 1) : fields);
    }
    for (UseEntry u : q.uses()) {
      String notNull = u.notNull() == null ? null : u.notNull() ? "notnull" : "null";
      line(out, "uses", u.schema(), u.relation(), u.kind(), u.column(), u.type(), notNull);
    }
  }

  /**
   * {@code unguarded}: a primitive read without a NULL guard, checked against the column's NOT
   * NULL; {@code proven}: the same, but the query itself keeps the value non-null; {@code guarded}:
   * nothing to check.
   */
  private static String nullCheck(ReadEntry r) {
    if (!r.unguardedPrimitive()) {
      return "guarded";
    }
    return r.provenByQuery() ? "proven" : "unguarded";
  }

  private static String csv(List<String> values) {
    return String.join(",", values);
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      escape(out, fields[i]);
    }
    out.append('\n');
  }

  private static void escape(StringBuilder out, String field) {
    if (field == null) {
      return;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
