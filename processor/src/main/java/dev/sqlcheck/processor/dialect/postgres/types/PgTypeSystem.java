package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.FunctionSignature;
import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * PostgreSQL's type resolution (of 15, or of any set of versions from 14 to 18) as a library:
 * coercion, common types, function and operator overload resolution, and the columns of
 * set-returning functions, driven by data from {@code pg_catalog}. Every answer is either the type
 * PostgreSQL would infer or the error it would raise while parsing (PREPARE), with its exact
 * wording. Inputs are {@link Arg}s; a wildcard input never causes an error, and the answer is the
 * wildcard unless it cannot depend on that input.
 *
 * <pre>{@code
 * PgTypeSystem pg = PgTypeSystem.postgres15();
 * pg.operator("+", Arg.of(SqlType.of("integer")), Arg.of(SqlType.of("text")));
 *     // ERROR: operator does not exist: integer + text
 * pg.function(FunctionCall.of("sum", Arg.of(SqlType.of("integer")))).type();  // bigint
 * pg.commonType(CommonContext.UNION, List.of(Arg.of(integer), Arg.untyped("x")));
 *     // ERROR: invalid input syntax for type integer: "x"
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; the catalog of a set of versions is
 * read once per JVM.
 */
public final class PgTypeSystem {
  private static final Map<Set<Integer>, PgTypeSystem> shared = new ConcurrentHashMap<>();

  private final SqlTypes sqlTypes;
  private final Coercions coercions;
  private final ArgCoercion argCoercion;
  private final FunctionResolver functions;
  private final OperatorResolver operators;
  private final Constructs constructs;
  private final Comparisons comparisons;
  private final PgCatalog catalog;
  private final SortSupport sortSupport;
  private final Set<Integer> versions;
  private final SchemaTypes schema;

  /** The extensions whose routines {@link #catalog} holds beside the built-in ones, sorted. */
  private final List<String> extensions;

  /** The systems of this one's versions with extensions, by the extensions' sorted names. */
  private final Map<List<String>, PgTypeSystem> withExtensions = new ConcurrentHashMap<>();

  /**
   * The same rules for each version alone, made when a call is ambiguous (see {@link #function}).
   */
  private volatile List<PgTypeSystem> eachVersion;

  private PgTypeSystem(PgCatalog catalog, SchemaTypes schema, Set<Integer> versions) {
    this(catalog, schema, versions, List.of());
  }

  private PgTypeSystem(
      PgCatalog catalog, SchemaTypes schema, Set<Integer> versions, List<String> extensions) {
    this.versions = versions;
    this.schema = schema;
    this.extensions = extensions;
    this.catalog = catalog;
    this.sqlTypes = new SqlTypes(catalog, schema);
    this.coercions = new Coercions(catalog);
    CommonTypes commonTypes = new CommonTypes(catalog, coercions);
    Polymorphism polymorphism = new Polymorphism(catalog, commonTypes);
    coercions.setPolymorphism(polymorphism);
    this.sortSupport = new SortSupport(catalog, coercions);
    this.argCoercion =
        new ArgCoercion(
            new LiteralInput(catalog, schema, versions.stream().anyMatch(v -> v >= 16)));
    this.functions =
        new FunctionResolver(
            catalog,
            sqlTypes,
            coercions,
            polymorphism,
            commonTypes,
            argCoercion,
            schema,
            sortSupport);
    this.operators = new OperatorResolver(catalog, sqlTypes, coercions, polymorphism, argCoercion);
    this.constructs =
        new Constructs(
            catalog, sqlTypes, coercions, commonTypes, argCoercion, operators, sortSupport);
    this.comparisons =
        new Comparisons(catalog, sqlTypes, commonTypes, argCoercion, operators, constructs);
  }

  /** The PostgreSQL major versions whose rules this type system follows. */
  public Set<Integer> versions() {
    return versions;
  }

  /** The built-in types, casts, operators and functions of PostgreSQL 15. */
  public static PgTypeSystem postgres15() {
    return forVersions(Set.of(15));
  }

  /**
   * The built-in types, casts, operators and functions of these PostgreSQL major versions (14 to
   * 18): everything any of them has, so that {@code 14..18} accepts {@code random(1, 10)} (17) and
   * {@code 15} alone does not. Read on first use and kept for the JVM.
   */
  public static PgTypeSystem forVersions(Set<Integer> versions) {
    PgTypeSystem s = shared.get(versions);
    if (s == null) {
      synchronized (PgTypeSystem.class) {
        s = shared.get(versions);
        if (s == null) {
          s =
              new PgTypeSystem(
                  new PgCatalog(CatalogResource.load(VersionDiff.of(versions))),
                  SchemaTypes.NONE,
                  Set.copyOf(versions));
          shared.put(Set.copyOf(versions), s);
        }
      }
    }
    return s;
  }

  /**
   * The PostgreSQL versions (14 to 18) that have a function of this name, when not all of them do:
   * {@code [18]} for {@code uuidv7}, empty for {@code length} or a name none has.
   */
  public static Set<Integer> versionsWithFunction(String name) {
    int bits = VersionDiff.functionVersions(name);
    Set<Integer> out = new java.util.TreeSet<>();
    for (int v = 14; v <= 18; v++) {
      if ((bits & (1 << v)) != 0) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The same rules, aware of the user's schema: enum labels for literal checks and type names for
   * {@code typename(x)} casts. Cheap; the catalog is shared.
   */
  public PgTypeSystem withSchemaTypes(SchemaTypes schema) {
    return new PgTypeSystem(catalog, schema, versions, extensions);
  }

  /** The extensions whose functions and operators these rules hold, sorted. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The same rules with the functions and operators of these extensions (as {@code CREATE
   * EXTENSION} made them in a schema of the search path), where sqlcheck's extension catalog lists
   * them; an extension it does not list changes nothing. Made once per set of extensions.
   */
  public PgTypeSystem withExtensions(List<String> names) {
    if (names.isEmpty() && extensions.isEmpty()) {
      return this;
    }
    List<String> known =
        names.stream().filter(ExtensionCatalog.get()::knows).sorted().distinct().toList();
    if (known.equals(extensions)) {
      return this;
    }
    PgTypeSystem base = forVersions(versions);
    if (known.isEmpty()) {
      return base.withSchemaTypes(schema);
    }
    return base.withExtensions.computeIfAbsent(
        known,
        k -> new PgTypeSystem(base.catalog.withExtensions(k), SchemaTypes.NONE, versions, k));
  }

  /**
   * The type of a select-list item: PostgreSQL resolves an untyped literal or parameter there to
   * {@code text}; anything else keeps its type.
   */
  public SqlType outputType(Arg item) {
    return item.isUntyped()
        ? SqlType.of("text")
        : item.isWildcard() ? SqlType.UNKNOWN : item.type();
  }

  /**
   * Whether a (non-array) type is built in, so that its operators, functions and casts are known.
   * User enums are not built in but follow the enum rules; other names (extension types, composite
   * types of the schema) are not known.
   */
  public boolean isBuiltin(SqlType type) {
    if (type == null || type.isUnknown()) {
      return false;
    }
    PgType t = sqlTypes.toPg(type.elementType());
    return !t.isWildcard()
        && !t.name().startsWith("u:")
        && !t.name().startsWith("e:")
        && !t.isComposite();
  }

  /**
   * The built-in type named {@code typname} in {@code pg_catalog} ({@code int4}, {@code bool},
   * {@code "char"}, {@code _text}), as a name that is not a key word of the type grammar finds it;
   * null when there is none. Key-word spellings ({@code integer}, {@code char(3)}, {@code double
   * precision}) are the grammar's and do not come here.
   */
  public SqlType builtinByTypname(String typname) {
    PgType t = catalog.type(typname);
    if (t == null || t.isWildcard() || t.isUnknown()) {
      return null;
    }
    SqlType type = sqlTypes.toSql(t);
    return type == null || type.isUnknown() ? null : type;
  }

  /**
   * Whether a (non-array) type is a composite type of the schema, a table's row type among them.
   */
  public boolean isComposite(SqlType type) {
    return type != null && !type.isUnknown() && sqlTypes.toPg(type.elementType()).isComposite();
  }

  /** Whether every {@code pg_catalog} routine of this name is an aggregate ({@code sum}). */
  public boolean isAggregateName(String name) {
    List<PgFunction> fs = catalog.functions(name);
    return !fs.isEmpty() && fs.stream().allMatch(PgFunction::isAggregate);
  }

  /** Whether some {@code pg_catalog} function of this name returns a set ({@code unnest}). */
  public boolean isSetReturningName(String name) {
    return catalog.functions(name).stream().anyMatch(PgFunction::retset);
  }

  /** Whether {@code pg_catalog} has a function, aggregate or window function of this name. */
  public boolean hasFunction(String name) {
    return !catalog.functions(name).isEmpty();
  }

  /** Whether {@code pg_catalog} has exactly one function of this name, as a regproc names it. */
  public boolean hasOneFunction(String name) {
    return catalog.functions(name).size() == 1;
  }

  /** Whether a value of type {@code from} may be converted to {@code to} in this context. */
  public boolean coercible(SqlType from, SqlType to, CoercionContext context) {
    return coercions.canCoerce(sqlTypes.toPg(from), sqlTypes.toPg(to), context);
  }

  /** {@code CAST(value AS target)} or {@code value::target}. */
  public Resolution cast(Arg value, SqlType target) {
    return resolve(
        () -> {
          PgType from = sqlTypes.toPg(value);
          PgType to = sqlTypes.toPg(target);
          if (!from.isWildcard() && !coercions.canCoerce(from, to, CoercionContext.EXPLICIT)) {
            throw PgException.of(
                PgException.CANNOT_COERCE,
                "cannot cast type " + from.display() + " to " + to.display());
          }
          argCoercion.apply(value, to);
          return to;
        });
  }

  /**
   * The common type of COALESCE, GREATEST, LEAST, a VALUES column, or a chain of UNION / INTERSECT
   * / EXCEPT branches (combined two at a time from the left, as PostgreSQL does for {@code a UNION
   * b UNION c}). For CASE, ARRAY and USING use {@link #caseType}, {@link #array} and {@link
   * #usingColumn}, whose inputs follow other rules.
   */
  public Resolution commonType(CommonContext context, List<Arg> inputs) {
    if (context == CommonContext.CASE
        || context == CommonContext.ARRAY
        || context == CommonContext.JOIN_USING) {
      throw new IllegalArgumentException(context + " has its own method");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs");
    }
    return resolve(() -> constructs.common(context, inputs));
  }

  /** One set operation between two branch columns; its result may feed the next one. */
  public Resolution setOperation(CommonContext operation, Arg left, Arg right) {
    if (!operation.isSetOperation()) {
      throw new IllegalArgumentException(operation + " is not a set operation");
    }
    return resolve(() -> constructs.setOperation(operation, left, right));
  }

  /** CASE with these THEN results in order and this ELSE result (null when there is none). */
  public Resolution caseType(List<Arg> thenResults, Arg elseResult) {
    return resolve(() -> constructs.caseType(thenResults, elseResult));
  }

  /** {@code ARRAY[elements]}; elements that are arrays make a multidimensional array. */
  public Resolution array(List<Arg> elements) {
    return resolve(() -> constructs.array(elements));
  }

  /** The merged column of {@code a JOIN b USING (c)} from the two sides' columns. */
  public Resolution usingColumn(Arg left, Arg right) {
    return resolve(() -> constructs.usingColumn(left, right));
  }

  /**
   * A value used as a condition ({@code WHERE}, {@code HAVING}, {@code ON}, {@code CASE WHEN};
   * {@code construct} is the word for the message): boolean, or PostgreSQL's error.
   */
  public Resolution condition(Arg value, String construct) {
    return resolve(
        () -> {
          constructs.condition(value, construct);
          return catalog.require(PgType.BOOL);
        });
  }

  /**
   * A sort key ({@code ORDER BY x}): PostgreSQL needs the type's default ordering operator. An
   * untyped literal sorts as text.
   */
  public Resolution ordering(Arg value) {
    return resolve(
        () -> {
          PgType t = sortKeyType(value);
          sortSupport.requireOrdering(t, "Use an explicit ordering operator or modify the query.");
          return t;
        });
  }

  /** A grouping key ({@code GROUP BY x}, {@code DISTINCT}): the type needs an equality. */
  public Resolution equality(Arg value) {
    return resolve(
        () -> {
          PgType t = sortKeyType(value);
          sortSupport.requireEquality(t);
          return t;
        });
  }

  private PgType sortKeyType(Arg value) {
    return value.isUntyped() ? catalog.require(PgType.TEXT) : sqlTypes.toPg(value);
  }

  /**
   * Resolves a call. Under several versions the catalog holds what any of them has, so a call may
   * find two candidates no single version has together ({@code jsonb_strip_nulls(jsonb)} before 18,
   * {@code jsonb_strip_nulls(jsonb, boolean DEFAULT false)} in 18): a call ambiguous in the union
   * is resolved by each version alone, newest first, and taken as the first that resolves.
   */
  public FunctionMatch function(FunctionCall call) {
    FunctionMatch m = functions.resolve(call);
    if (m.ok()
        || versions.size() < 2
        || !PgException.AMBIGUOUS_FUNCTION.equals(m.error().sqlState())) {
      return m;
    }
    for (PgTypeSystem one : eachVersion()) {
      FunctionMatch alone = one.functions.resolve(call);
      if (alone.ok()) {
        return alone;
      }
    }
    return m;
  }

  private List<PgTypeSystem> eachVersion() {
    List<PgTypeSystem> systems = eachVersion;
    if (systems == null) {
      List<PgTypeSystem> made = new java.util.ArrayList<>();
      versions.stream()
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              v ->
                  made.add(
                      forVersions(Set.of(v)).withExtensions(extensions).withSchemaTypes(schema)));
      eachVersion = systems = List.copyOf(made);
    }
    return systems;
  }

  public FunctionMatch function(String name, List<Arg> args) {
    return function(FunctionCall.of(name, args));
  }

  /**
   * Resolves a call among the overloads the schema declares for its name, as PostgreSQL would among
   * its candidates: the failure is PostgreSQL's ({@code function f(integer, integer) does not
   * exist}). Call it only when every overload's parameter types are known.
   */
  public FunctionMatch schemaFunction(FunctionCall call, List<FunctionSignature> overloads) {
    List<PgFunction> declared = new java.util.ArrayList<>();
    for (FunctionSignature o : overloads) {
      List<PgType> args = new java.util.ArrayList<>();
      o.types().forEach(t -> args.add(sqlTypes.toPg(t)));
      PgType variadic =
          o.variadic() && !args.isEmpty() ? variadicElement(args.get(args.size() - 1)) : null;
      declared.add(PgFunction.declared(call.name(), args, variadic, o.defaults(), o.names()));
    }
    return functions.resolveAmong(call, declared);
  }

  /**
   * {@code provariadic} for a {@code VARIADIC} parameter of type {@code last}: its element type, or
   * for the polymorphic arrays their element pseudo-type ({@code VARIADIC anyarray} takes {@code
   * anyelement} arguments), or {@code "any"} itself.
   */
  private PgType variadicElement(PgType last) {
    return switch (last.name()) {
      case PgType.ANYARRAY -> catalog.require(PgType.ANYELEMENT);
      case PgType.ANYCOMPATIBLEARRAY -> catalog.require(PgType.ANYCOMPATIBLE);
      case PgType.ANY -> last;
      default -> catalog.elementOf(last);
    };
  }

  /** {@code left op right}; a null {@code left} means the prefix operator {@code op right}. */
  public OperatorMatch operator(String name, Arg left, Arg right) {
    return operators.resolve(name, left, right);
  }

  /** {@code left op ANY (array)} / {@code ALL (array)}: both resolve the same way. */
  public OperatorMatch quantified(String name, Arg left, Arg array) {
    try {
      return comparisons.quantified(name, left, array);
    } catch (PgException e) {
      return OperatorMatch.failed(e.error());
    }
  }

  /** {@code left [NOT] IN (items)}. Mark items without column references {@link Arg#constant}. */
  public Resolution in(Arg left, List<Arg> items, boolean negated) {
    return resolve(
        () -> {
          if (!left.isWildcard() && items.stream().noneMatch(Arg::isWildcard)) {
            comparisons.in(left, items, negated);
          }
          return catalog.require(PgType.BOOL);
        });
  }

  /** {@code NULLIF(a, b)}. */
  public Resolution nullIf(Arg a, Arg b) {
    return resolve(
        () -> a.isWildcard() || b.isWildcard() ? PgType.WILDCARD : comparisons.nullIf(a, b));
  }

  /** {@code a IS [NOT] DISTINCT FROM b}. */
  public Resolution distinctFrom(Arg a, Arg b) {
    return resolve(
        () -> {
          if (!a.isWildcard() && !b.isWildcard()) {
            comparisons.distinctFrom(a, b);
          }
          return catalog.require(PgType.BOOL);
        });
  }

  /**
   * The columns of a resolved call used as a FROM item. {@code definitionList} says whether the
   * query gives a column definition list ({@code AS t(a int, b text)}).
   */
  public SrfColumns srfColumns(String name, FunctionMatch match, boolean definitionList) {
    return new SrfShapes(sqlTypes).columns(name, match, definitionList);
  }

  PgCatalog catalog() {
    return catalog;
  }

  private Resolution resolve(Supplier<PgType> question) {
    try {
      return Resolution.of(sqlTypes.toSql(question.get()));
    } catch (PgException e) {
      return Resolution.failed(e.error());
    }
  }
}
