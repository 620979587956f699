package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code pg_catalog} of a set of PostgreSQL versions ({@link CatalogResource}) as far as type
 * resolution needs it: types by {@code typname} and by display name, casts by (source, target), and
 * operators and functions by name (parsed on first use). It also mints the types of the user's
 * schema on demand: an enum gets category {@code E}, any other name category {@code U}, and each
 * gets an array type, as {@code CREATE TYPE} would. Safe for use from several analysis threads.
 */
final class PgCatalog {
  /**
   * A {@code pg_cast} row: context {@code i}/{@code a}/{@code e}, method {@code f}/{@code b}/{@code
   * i}.
   */
  record Cast(char context, char method) {}

  private final Map<String, PgType> byName;
  private final Map<String, PgType> byDisplay;
  private final Map<String, Cast> casts;
  private final Set<String> btreeTypes;
  private final Set<String> hashTypes;
  private final Map<String, List<String>> operatorLines;
  private final Map<String, List<String>> functionLines;
  private final Map<String, List<PgOperator>> operators = new ConcurrentHashMap<>();
  private final Map<String, List<PgFunction>> functions = new ConcurrentHashMap<>();
  private final Map<String, PgType> userTypes;

  PgCatalog(CatalogResource resource) {
    this.byName = new HashMap<>();
    this.byDisplay = new HashMap<>();
    this.casts = new HashMap<>();
    this.btreeTypes = new HashSet<>();
    this.hashTypes = new HashSet<>();
    this.userTypes = new ConcurrentHashMap<>();
    for (String[] f : resource.types) {
      PgType t =
          new PgType(
              f[0],
              f[1],
              f[2].charAt(0),
              f[3].charAt(0),
              f[4].equals("t"),
              blankToNull(f[5]),
              blankToNull(f[6]),
              blankToNull(f[7]),
              blankToNull(f[8]));
      byName.put(t.name(), t);
      byDisplay.putIfAbsent(t.display(), t);
    }
    for (String[] f : resource.casts) {
      casts.put(f[0] + '\t' + f[1], new Cast(f[2].charAt(0), f[3].charAt(0)));
    }
    for (String[] f : resource.opclasses) {
      (f[0].equals("btree") ? btreeTypes : hashTypes).add(f[1]);
    }
    this.operatorLines = resource.operatorLines;
    this.functionLines = resource.functionLines;
  }

  /** The same types and casts, with more function and operator lines; nothing else is copied. */
  private PgCatalog(
      PgCatalog base,
      Map<String, List<String>> functionLines,
      Map<String, List<String>> operatorLines) {
    this.byName = base.byName;
    this.byDisplay = base.byDisplay;
    this.casts = base.casts;
    this.btreeTypes = base.btreeTypes;
    this.hashTypes = base.hashTypes;
    this.userTypes = base.userTypes;
    this.functionLines = functionLines;
    this.operatorLines = operatorLines;
  }

  /**
   * This catalog with the functions and operators of these extensions added, as if created in a
   * schema of the search path. A routine with the arguments of a built-in one of its name is left
   * out, as {@code pg_catalog} is searched first ({@code pgcrypto}'s {@code gen_random_uuid()}).
   */
  PgCatalog withExtensions(List<String> extensions) {
    ExtensionCatalog ext = ExtensionCatalog.get();
    Map<String, List<String>> fns = new HashMap<>(functionLines);
    Map<String, List<String>> ops = new HashMap<>(operatorLines);
    for (String e : extensions) {
      addNew(fns, ext.functions(e), 0, 2);
      addNew(ops, ext.operators(e), 0, 1, 2);
    }
    return new PgCatalog(this, fns, ops);
  }

  /** Adds the lines whose signature (the fields at {@code key}) no line of that name has. */
  private static void addNew(
      Map<String, List<String>> into, Map<String, List<String>> more, int... key) {
    more.forEach(
        (name, lines) -> {
          List<String> merged = new ArrayList<>(into.getOrDefault(name, List.of()));
          for (String line : lines) {
            String signature = signature(line, key);
            if (merged.stream().noneMatch(l -> signature(l, key).equals(signature))) {
              merged.add(line);
            }
          }
          into.put(name, List.copyOf(merged));
        });
  }

  private static String signature(String line, int... key) {
    String[] f = CatalogResource.fields(line, key[key.length - 1] + 1);
    StringBuilder b = new StringBuilder();
    for (int k : key) {
      b.append(f[k]).append('\t');
    }
    return b.toString();
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** A catalog type by {@code typname}, or null. */
  PgType type(String typname) {
    return typname == null ? null : byName.get(typname);
  }

  /** A catalog type that must exist. */
  PgType require(String typname) {
    PgType t = byName.get(typname);
    if (t == null) {
      throw new IllegalStateException("pg_catalog has no type " + typname);
    }
    return t;
  }

  /** A catalog type by its {@code format_type} spelling ({@code integer}), or null. */
  PgType byDisplay(String display) {
    return byDisplay.get(display);
  }

  /** The input types of the default operator classes of {@code btree} (or else {@code hash}). */
  Set<String> defaultOpclassTypes(boolean btree) {
    return btree ? btreeTypes : hashTypes;
  }

  Cast cast(PgType source, PgType target) {
    return casts.get(source.name() + '\t' + target.name());
  }

  /** {@code get_element_type}: the element of a true array, else null. */
  PgType elementOf(PgType t) {
    if (t.element() == null) {
      return null;
    }
    PgType e = byName.get(t.element());
    return e != null ? e : userTypes.get(t.element());
  }

  /** {@code get_array_type}: the array type over {@code t}, else null. */
  PgType arrayOf(PgType t) {
    if (t.array() == null) {
      return null;
    }
    PgType a = byName.get(t.array());
    return a != null ? a : userTypes.get(t.array());
  }

  PgType rangeSubtype(PgType range) {
    return range.isRange() ? type(range.rangeSubtype()) : null;
  }

  /** {@code get_multirange_range}. */
  PgType multirangeRange(PgType multirange) {
    return multirange.isMultirange() ? type(multirange.partner()) : null;
  }

  /** {@code get_range_multirange}. */
  PgType rangeMultirange(PgType range) {
    return range.isRange() ? type(range.partner()) : null;
  }

  /**
   * The type of the schema named {@code name}: an enum ({@code E}) or anything else ({@code U}).
   * Its array type is registered with it so that {@link #arrayOf} and {@link #elementOf} work.
   */
  PgType userType(String name, boolean isEnum) {
    return isEnum ? schemaType("e:", name, 'e', 'E') : schemaType("u:", name, 'b', 'U');
  }

  /** A composite type of the user's schema (a table's row type, say), with its array type. */
  PgType compositeType(String name) {
    return schemaType("c:", name, 'c', 'C');
  }

  private PgType schemaType(String prefix, String name, char typtype, char category) {
    String key = prefix + name;
    PgType known = userTypes.get(key);
    if (known != null) {
      return known;
    }
    String display = Identifiers.quoteIfNeeded(name);
    String arrayKey = key + "[]";
    // The array first: a thread that finds the element must also find its array.
    userTypes.putIfAbsent(
        arrayKey, new PgType(arrayKey, display + "[]", 'b', 'A', false, key, null, null, null));
    PgType type = new PgType(key, display, typtype, category, false, null, arrayKey, null, null);
    PgType raced = userTypes.putIfAbsent(key, type);
    return raced != null ? raced : type;
  }

  /** All operators of this name, prefix and binary, as {@code pg_operator} lists them. */
  List<PgOperator> operators(String name) {
    return operators.computeIfAbsent(name, n -> parse(operatorLines.get(n), this::operator));
  }

  /** All functions, aggregates and window functions of this name in {@code pg_catalog}. */
  List<PgFunction> functions(String name) {
    return functions.computeIfAbsent(name, n -> parse(functionLines.get(n), this::function));
  }

  private interface LineParser<T> {
    T parse(String line);
  }

  private static <T> List<T> parse(List<String> lines, LineParser<T> parser) {
    if (lines == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(parser.parse(line));
    }
    return List.copyOf(out);
  }

  private PgOperator operator(String line) {
    String[] f = CatalogResource.fields(line, 4);
    PgType left = f[1].isEmpty() ? null : require(f[1]);
    return new PgOperator(f[0], left, require(f[2]), require(f[3]));
  }

  private PgFunction function(String line) {
    String[] f = CatalogResource.fields(line, 9);
    String kind = f[1];
    char aggKind = kind.length() > 1 && kind.charAt(1) != 's' ? kind.charAt(1) : 'n';
    List<PgType> args = new ArrayList<>();
    for (String a : list(f[2])) {
      args.add(require(a));
    }
    List<PgFunction.OutColumn> outs = new ArrayList<>();
    for (String c : list(f[7])) {
      int colon = c.lastIndexOf(':');
      outs.add(new PgFunction.OutColumn(c.substring(0, colon), require(c.substring(colon + 1))));
    }
    return new PgFunction(
        f[0],
        kind.charAt(0),
        aggKind,
        List.copyOf(args),
        require(f[3]),
        kind.endsWith("s"),
        type(blankToNull(f[4])),
        f[5].isEmpty() ? 0 : Integer.parseInt(f[5]),
        argNames(f[6], args.size()),
        List.copyOf(outs),
        f[8].isEmpty() ? 0 : Integer.parseInt(f[8]));
  }

  private static List<String> argNames(String field, int count) {
    if (field.isEmpty()) {
      return List.of();
    }
    String[] names = field.split(",", -1);
    if (names.length != count) {
      throw new IllegalStateException("argument names do not match arguments: " + field);
    }
    return List.of(names);
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(","));
  }
}
