package dev.sqlcheck.processor.manifest;

import dev.sqlcheck.processor.analysis.ParameterUse;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.Reference;
import dev.sqlcheck.processor.analysis.ResultColumn;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import dev.sqlcheck.processor.model.RepositoryManifest;
import dev.sqlcheck.processor.model.RepositoryManifest.BindEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.EnumConstants;
import dev.sqlcheck.processor.model.RepositoryManifest.QueryEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.ReadEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.ResultEntry;
import dev.sqlcheck.processor.model.RepositoryManifest.UseEntry;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the checked methods of one repository into the {@link RepositoryManifest} the run-time
 * verifier reads: for each method what its SQL must still produce (result columns, in the Java
 * types the mapping reads) and accept (parameter types for the Java values bound), and which
 * catalog names it used. Pure: the enum constants come through a function, so it needs no compiler.
 */
public final class ManifestBuilder {
  private final Dialect dialect;
  private final Catalog catalog;
  private final Function<TypeRef, List<String>> enumConstants;

  /**
   * One checked method: its plan, the analysis it was planned from, and the same query analysed as
   * if every column allowed NULL (null when not needed: no primitive is read without a guard).
   */
  public record Checked(MethodPlan plan, QueryAnalysis analysis, QueryAnalysis relaxed) {}

  /**
   * @param enumConstants the constant names of a Java enum, in any order
   */
  public ManifestBuilder(
      Dialect dialect, Catalog catalog, Function<TypeRef, List<String>> enumConstants) {
    this.dialect = dialect;
    this.catalog = catalog;
    this.enumConstants = enumConstants;
  }

  /** The enums met so far, by {@link #enumKey}; one builder serves one repository. */
  private final Map<String, EnumConstants> enums = new TreeMap<>();

  public RepositoryManifest build(TypeRef repository, List<Checked> methods) {
    Map<String, Integer> names = new HashMap<>();
    methods.forEach(m -> names.merge(m.plan().method().name(), 1, Integer::sum));
    List<QueryEntry> queries = new ArrayList<>();
    for (Checked m : methods) {
      queries.add(entry(m, names.get(m.plan().method().name()) > 1));
    }
    Map<String, String> families = new TreeMap<>();
    dialect
        .namedFamilies()
        .forEach(
            (name, family) ->
                families.put(
                    name,
                    Conversions.conversionClass(family, dialect.integerBytes(SqlType.of(name)))));
    return new RepositoryManifest(repository, families, List.copyOf(enums.values()), queries);
  }

  private QueryEntry entry(Checked m, boolean overloaded) {
    MethodModel method = m.plan().method();
    String display = method.name();
    if (overloaded) {
      List<String> types = new ArrayList<>();
      method.parameters().forEach(p -> types.add(p.shape().display()));
      display += "(" + String.join(", ", types) + ")";
    }
    return new QueryEntry(
        m.plan(),
        display,
        results(m.analysis()),
        reads(m.plan(), m.analysis(), m.relaxed()),
        binds(m),
        uses(m.analysis()));
  }

  private static List<ResultEntry> results(QueryAnalysis analysis) {
    if (!analysis.resultColumnsKnown()) {
      return null;
    }
    List<ResultEntry> out = new ArrayList<>();
    for (ResultColumn c : analysis.resultColumns()) {
      out.add(new ResultEntry(c.label(), typeName(c.type()), c.nullable()));
    }
    return out;
  }

  private List<ReadEntry> reads(MethodPlan plan, QueryAnalysis analysis, QueryAnalysis relaxed) {
    List<ReadEntry> out = new ArrayList<>();
    if (plan.mapping() instanceof ScalarMapping s) {
      out.add(read(s.column(), "the result", analysis, relaxed));
    } else if (plan.mapping() instanceof ConstructorMapping c) {
      List<String> components = componentNames(plan.method(), c.columns().size());
      for (int i = 0; i < c.columns().size(); i++) {
        String target = "component \"" + components.get(i) + "\" of " + c.type().nestedName();
        out.add(read(c.columns().get(i), target, analysis, relaxed));
      }
    }
    return out;
  }

  /** The row type's component names, in the order the mapping reads them. */
  private static List<String> componentNames(MethodModel method, int count) {
    List<String> names = new ArrayList<>();
    if (method.returns().row() instanceof RowShape.CompositeRow row) {
      row.components().forEach(c -> names.add(c.name()));
    }
    while (names.size() < count) {
      names.add("#" + (names.size() + 1));
    }
    return names;
  }

  private ReadEntry read(
      ColumnRead c, String target, QueryAnalysis analysis, QueryAnalysis relaxed) {
    JavaType type = c.type();
    boolean unguarded = type.primitive() && c.checked();
    return new ReadEntry(
        c.index(),
        c.name(),
        type.display(),
        enumKey(type, c.enumMapping(), columnType(analysis, c)),
        unguarded,
        unguarded && provenByQuery(c.index(), relaxed),
        target,
        Conversions.reads(type));
  }

  /** The query itself keeps column {@code index} non-null, even if every column allowed NULL. */
  private static boolean provenByQuery(int index, QueryAnalysis relaxed) {
    return relaxed != null
        && !relaxed.hasErrors()
        && relaxed.resultColumnsKnown()
        && index > 0
        && index <= relaxed.resultColumns().size()
        && !relaxed.resultColumns().get(index - 1).nullable();
  }

  /** The compiled type of the result column {@code c} reads, or null when it is not known. */
  private static SqlType columnType(QueryAnalysis analysis, ColumnRead c) {
    if (!analysis.resultColumnsKnown()) {
      return null;
    }
    List<ResultColumn> columns = analysis.resultColumns();
    if (c.index() > 0) {
      return c.index() <= columns.size() ? columns.get(c.index() - 1).type() : null;
    }
    return columns.stream()
        .filter(r -> r.label().equals(c.name()))
        .map(ResultColumn::type)
        .findFirst()
        .orElse(null);
  }

  private List<BindEntry> binds(Checked m) {
    Map<Integer, ParameterUse> uses = new HashMap<>();
    m.analysis().parameters().forEach(p -> uses.putIfAbsent(p.start(), p));
    List<BindEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Binding> bindings = m.plan().bindings();
    for (int i = 0; i < bindings.size(); i++) {
      Binding b = bindings.get(i);
      ParameterUse use = uses.get(b.start());
      String name = use == null ? b.root() : use.sqlName();
      // A later use of a value the driver types is described as it is sent: PostgreSQL types
      // it by the value, not by where it stands (the :a of :a + 7 after BETWEEN :a is a date).
      boolean typedReuse =
          !seen.add(name) && b.mode() == BindMode.SCALAR && dialect.sentType(b.type()) != null;
      String expected = null;
      if (use != null && !use.castOperand() && !use.expectedType().isUnknown() && !typedReuse) {
        expected = typeName(use.expectedType());
      }
      out.add(
          new BindEntry(
              i + 1,
              name,
              expected,
              b.mode().name(),
              b.jdbcType(),
              b.type().display(),
              enumKey(b.type(), b.enumMapping(), use == null ? null : use.expectedType()),
              Conversions.binds(b.type(), b.mode()),
              b.nullType()));
    }
    return out;
  }

  private List<UseEntry> uses(QueryAnalysis analysis) {
    List<UseEntry> out = new ArrayList<>();
    for (Reference r : analysis.references()) {
      Optional<Relation> relation = catalog.find(r.schema(), r.relation());
      String kind = relation.map(rel -> rel.kind().name()).orElse(null);
      Optional<Column> column =
          r.column() == null ? Optional.empty() : relation.flatMap(rel -> rel.column(r.column()));
      out.add(
          new UseEntry(
              r.schema(),
              r.relation(),
              kind,
              r.column(),
              column.map(c -> typeName(c.type())).orElse(null),
              column.map(Column::notNull).orElse(null)));
    }
    return out;
  }

  /**
   * The manifest's name for how an enum travels, recording its constants the first time: the enum's
   * qualified name, with {@code @} and the SQL enum it meets when that is one ({@code sqlSide}, the
   * element type for arrays); null for a type that is no enum. Constants travel as the mapping
   * says, else as their names.
   */
  private String enumKey(JavaType t, EnumMapping mapping, SqlType sqlSide) {
    if (t.kind() != ScalarKind.ENUM || t.enumType() == null) {
      return null;
    }
    String sqlEnum = mapping != null ? mapping.sqlEnum() : null;
    if (sqlEnum == null && sqlSide != null && sqlSide.enumType()) {
      sqlEnum = sqlSide.name();
    }
    String key = t.enumType().qualifiedName() + (sqlEnum == null ? "" : "@" + sqlEnum);
    if (!enums.containsKey(key)) {
      Map<String, String> byConstant = new TreeMap<>();
      if (mapping != null) {
        mapping.entries().forEach(e -> byConstant.put(e.constant(), e.label()));
      } else {
        enumConstants.apply(t.enumType()).forEach(c -> byConstant.put(c, c));
      }
      List<String> sqlLabels =
          sqlEnum == null ? List.of() : catalog.enumLabels(sqlEnum).orElse(List.of());
      enums.put(
          key,
          new EnumConstants(
              key,
              new ArrayList<>(byConstant.keySet()),
              new ArrayList<>(byConstant.values()),
              sqlLabels));
    }
    return key;
  }

  private static String typeName(SqlType type) {
    return type == null || type.isUnknown() ? null : type.toString();
  }
}
