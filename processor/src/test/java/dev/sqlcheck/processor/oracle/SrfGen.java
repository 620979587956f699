package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Functions in FROM, which may refer to earlier FROM items without LATERAL: unnest of one or
 * several arrays, generate_series over integers, bigints, numerics and timestamps, the jsonb set
 * functions, json(b)_to_recordset with a column definition list, regexp_matches,
 * regexp_split_to_table, string_to_table, jsonb_path_query, ROWS FROM, WITH ORDINALITY, and scalar
 * functions. Column names follow parse_relation.c: a function with one named OUT parameter names
 * its column after it, another single-column function takes the alias, else its own name; a column
 * alias list overrides all.
 */
final class SrfGen {
  /** One function call and its output: columns, and the OUT parameter name if it has one. */
  private record Call(Sql sql, String function, List<GCol> cols, String outParam) {}

  private static final List<String> RECORD_NAMES =
      List.of("a", "b", "k", "v", "n", "label", "year", "value", "qty");

  private final Gen g;

  SrfGen(Gen g) {
    this.g = g;
  }

  FromGen.Item item(Scope lateral, List<String> here) {
    g.use(Feature.SRF);
    if (g.chance(0.12)) {
      return recordset(lateral, here);
    }
    List<Call> calls = new ArrayList<>();
    boolean rowsFrom = g.chance(0.12);
    boolean multiUnnest = !rowsFrom && g.chance(0.1);
    int n = rowsFrom || multiUnnest ? 2 : 1;
    for (int i = 0; i < n; i++) {
      calls.add(multiUnnest ? unnest(lateral) : call(lateral, !rowsFrom));
    }
    Sql sql = new Sql();
    if (rowsFrom) {
      sql.add("ROWS FROM (").join(", ", calls.stream().map(Call::sql).toList()).add(")");
    } else if (multiUnnest) {
      sql.add("unnest(").add(argsOf(calls.get(0))).add(", ").add(argsOf(calls.get(1))).add(")");
    } else {
      sql.add(calls.get(0).sql());
    }
    boolean ordinality = g.chance(0.25);
    if (ordinality) {
      sql.add(" WITH ORDINALITY");
    }
    return named(sql, calls, ordinality, rowsFrom || multiUnnest, here);
  }

  /** The arguments of a one-argument unnest call, to combine into unnest(a, b). */
  private static Sql argsOf(Call c) {
    String t = c.sql().text();
    return Sql.of(t.substring("unnest(".length(), t.length() - 1));
  }

  private FromGen.Item named(
      Sql sql, List<Call> calls, boolean ordinality, boolean multi, List<String> here) {
    List<GCol> cols = new ArrayList<>();
    boolean aliased = multi || g.chance(0.6);
    String function = calls.get(0).function();
    String refname = aliased ? g.alias() : function;
    if (!aliased && !g.reserve(function)) {
      aliased = true;
      refname = g.alias();
    }
    for (Call c : calls) {
      if (c.cols().size() == 1) {
        String name =
            c.outParam() != null
                ? c.outParam()
                : aliased && calls.size() == 1 ? refname : c.function();
        cols.add(c.cols().get(0).renamed(name));
      } else {
        cols.addAll(c.cols());
      }
    }
    if (ordinality) {
      cols.add(new GCol("ordinality", PgType.BIGINT));
    }
    if (aliased) {
      sql.add(g.chance(0.6) ? " AS " : " ").add(g.froms.aliasText(refname, here));
      if (g.chance(multi ? 0.7 : 0.3)) {
        cols = g.froms.aliasList(sql, cols);
      }
    }
    here.add(refname);
    return new FromGen.Item(sql, cols, List.of(new Scope.Qualifier(refname, cols, null, null)));
  }

  private Call call(Scope lateral, boolean scalarOk) {
    switch (g.random.nextInt(5)) {
      case 0:
        return unnest(lateral);
      case 1:
        return series(lateral);
      case 2:
        {
          boolean text = g.chance(0.5);
          Sql j = arg(lateral, PgType.JSONB, "'[1, {\"a\": 2}]'::jsonb");
          String f = text ? "jsonb_array_elements_text" : "jsonb_array_elements";
          return new Call(
              Sql.of(f + "(").add(j).add(")"),
              f,
              List.of(new GCol("value", text ? PgType.TEXT : PgType.JSONB)),
              "value");
        }
      case 3:
        {
          boolean text = g.chance(0.5);
          Sql j = arg(lateral, PgType.JSONB, "'{\"a\": 1}'::jsonb");
          String f = text ? "jsonb_each_text" : "jsonb_each";
          return new Call(
              Sql.of(f + "(").add(j).add(")"),
              f,
              List.of(
                  new GCol("key", PgType.TEXT),
                  new GCol("value", text ? PgType.TEXT : PgType.JSONB)),
              null);
        }
      default:
        return textOrJson(lateral, scalarOk);
    }
  }

  /** The functions over text and jsonb path queries, and scalar functions. */
  private Call textOrJson(Scope lateral, boolean scalarOk) {
    switch (g.random.nextInt(scalarOk ? 4 : 3)) {
      case 0:
        {
          Sql s = arg(lateral, PgType.TEXT, "'a,b,c'");
          return new Call(
              Sql.of("regexp_matches(").add(s).add(", '[a-z]+'" + (g.chance(0.5) ? ", 'g')" : ")")),
              "regexp_matches",
              List.of(new GCol("x", PgType.arrayOf(PgType.TEXT))),
              null);
        }
      case 1:
        {
          String f = g.pickOf("regexp_split_to_table", "string_to_table");
          Sql s = arg(lateral, PgType.TEXT, "'a,b,c'");
          return new Call(
              Sql.of(f + "(").add(s).add(", ',')"), f, List.of(new GCol("x", PgType.TEXT)), null);
        }
      case 2:
        {
          Sql j = arg(lateral, PgType.JSONB, "'{\"a\": [1, 2]}'::jsonb");
          return new Call(
              Sql.of("jsonb_path_query(").add(j).add(", '$.a')"),
              "jsonb_path_query",
              List.of(new GCol("x", PgType.JSONB)),
              null);
        }
      default:
        return scalar(lateral);
    }
  }

  private Call unnest(Scope lateral) {
    Scope.Ref a = lateral.pick(g, c -> c.type().isArray(), true);
    Sql arg;
    PgType element;
    if (a != null && g.chance(0.8)) {
      arg = a.sql();
      element = a.col().type().element();
    } else {
      element = g.pickOf(PgType.INTEGER, PgType.TEXT);
      arg = Sql.of(element == PgType.INTEGER ? "ARRAY[1, 2, 3]" : "'{a,b}'::text[]");
    }
    return new Call(
        Sql.of("unnest(").add(arg).add(")"), "unnest", List.of(new GCol("x", element)), null);
  }

  private Call series(Scope lateral) {
    switch (g.random.nextInt(5)) {
      case 0:
        {
          Scope.Ref n =
              lateral.pick(
                  g,
                  c ->
                      c.type().kind() == PgType.Kind.INTEGER
                          || c.type().kind() == PgType.Kind.SMALLINT,
                  true);
          Sql hi = n == null ? Sql.of("10") : n.sql();
          return series(Sql.of("1, ").add(hi), PgType.INTEGER);
        }
      case 1:
        return series(Sql.of(g.pickOf("1::bigint, 5", "3000000000, 3000000005")), PgType.BIGINT);
      case 2:
        return series(Sql.of(g.pickOf("1.5, 4.5", "0, 1, 0.25")), PgType.NUMERIC);
      case 3:
        return series(
            Sql.of("TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-05', interval '1 day'"),
            PgType.TIMESTAMP);
      default:
        return series(
            Sql.of(
                g.pickOf(
                    "now(), now() + interval '3 hours', interval '1 hour'",
                    "DATE '2024-01-01', DATE '2024-02-01', interval '1 week'")),
            PgType.TIMESTAMPTZ);
    }
  }

  private static Call series(Sql args, PgType type) {
    return new Call(
        Sql.of("generate_series(").add(args).add(")"),
        "generate_series",
        List.of(new GCol("x", type)),
        null);
  }

  private Call scalar(Scope lateral) {
    String f = g.pickOf("upper", "lower", "md5", "length", "now");
    Sql arg = f.equals("now") ? Sql.of("") : arg(lateral, PgType.TEXT, "'Abc'");
    PgType type =
        f.equals("length") ? PgType.INTEGER : f.equals("now") ? PgType.TIMESTAMPTZ : PgType.TEXT;
    return new Call(Sql.of(f + "(").add(arg).add(")"), f, List.of(new GCol("x", type)), null);
  }

  /** An argument: a column of the wanted type from the items to the left, or a literal. */
  private Sql arg(Scope lateral, PgType t, String literal) {
    Scope.Ref r = lateral.pick(g, c -> c.type().compatible(t), true);
    return r != null && g.chance(0.75) ? r.sql() : Sql.of(literal);
  }

  /** {@code json(b)_to_recordset(...) AS r(a int, ...)}: the column definition list is required. */
  private FromGen.Item recordset(Scope lateral, List<String> here) {
    boolean jsonb = g.chance(0.6);
    Sql j = arg(lateral, PgType.JSONB, "'[{\"a\": 1, \"b\": \"x\"}]'::jsonb");
    Sql sql =
        Sql.of(jsonb ? "jsonb_to_recordset(" : "json_to_recordset(")
            .add(j)
            .add(jsonb ? ")" : "::json)");
    String alias = g.alias();
    sql.add(" AS ").add(g.froms.aliasText(alias, here)).add("(");
    List<GCol> cols = new ArrayList<>();
    int n = g.between(1, 3);
    for (int i = 0; i < n; i++) {
      String name =
          RECORD_NAMES.get((i + g.random.nextInt(RECORD_NAMES.size())) % RECORD_NAMES.size());
      if (cols.stream().anyMatch(c -> c.name().equals(name))) {
        continue;
      }
      PgType type =
          g.pickOf(
              PgType.INTEGER,
              PgType.TEXT,
              PgType.NUMERIC,
              PgType.BOOLEAN,
              PgType.DATE,
              PgType.BIGINT,
              PgType.VARCHAR,
              PgType.JSONB);
      String written = type == PgType.VARCHAR ? "varchar(10)" : type.name();
      sql.add(cols.isEmpty() ? "" : ", ").add(g.ids.colId(name, g) + " " + written);
      cols.add(new GCol(name, type));
    }
    sql.add(")");
    here.add(alias);
    return new FromGen.Item(sql, cols, List.of(new Scope.Qualifier(alias, cols, null, null)));
  }
}
