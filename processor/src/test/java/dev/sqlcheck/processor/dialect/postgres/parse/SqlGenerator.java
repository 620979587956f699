package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.List;
import java.util.Random;

/**
 * Random SQL statements from a grammar of the constructs the parser handles, with key words
 * sprinkled in as names, for {@link GrammarFuzzTest}. Deterministic for a seed.
 */
final class SqlGenerator {
  private static final List<String> TYPES =
      List.of(
          "int",
          "integer",
          "bigint",
          "text",
          "varchar(10)",
          "character varying",
          "numeric(10,2)",
          "double precision",
          "boolean",
          "date",
          "timestamp with time zone",
          "time(3) without time zone",
          "interval",
          "interval day to second",
          "int[]",
          "text[][]",
          "jsonb",
          "bit varying(4)",
          "char(2)",
          "public.mood",
          "float(24)",
          "real");
  private static final List<String> OPS =
      List.of(
          "+",
          "-",
          "*",
          "/",
          "%",
          "^",
          "||",
          "<",
          ">",
          "=",
          "<>",
          "!=",
          "<=",
          ">=",
          "@>",
          "->>",
          "~",
          "AND",
          "OR",
          "LIKE",
          "NOT LIKE",
          "ILIKE",
          "IS DISTINCT FROM",
          "SIMILAR TO",
          "OPERATOR(pg_catalog.+)",
          "&&",
          "?|",
          "#>");
  private static final List<String> FUNCS =
      List.of(
          "coalesce",
          "lower",
          "upper",
          "length",
          "abs",
          "greatest",
          "least",
          "nullif",
          "now",
          "left",
          "right",
          "substring",
          "position",
          "extract",
          "trim",
          "pg_catalog.lower",
          "count",
          "sum",
          "max",
          "row_number",
          "json_build_object");

  private final Random r;
  private final List<String> keywords;
  private int depth;

  SqlGenerator(long seed, List<String> keywords) {
    this.r = new Random(seed);
    this.keywords = keywords;
  }

  Random random() {
    return r;
  }

  private String pick(List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  /** A name: usually an ordinary one, sometimes a key word (any category). */
  String name() {
    if (chance(25)) {
      return pick(keywords);
    }
    return pick(List.of("a", "b", "c", "id", "name", "x", "t1", "t2", "v"));
  }

  String statement() {
    depth = 0;
    int k = r.nextInt(100);
    if (k < 55) {
      return query();
    }
    if (k < 65) {
      return "INSERT INTO t1 "
          + (chance(50) ? "(a, b) " : "")
          + (chance(50) ? values() : query())
          + (chance(30) ? " ON CONFLICT (a) DO NOTHING" : "")
          + (chance(40) ? " RETURNING " + items() : "");
    }
    if (k < 75) {
      return "UPDATE t1 "
          + (chance(40) ? "AS " + name() + " " : "")
          + "SET "
          + name()
          + " = "
          + expr()
          + (chance(50) ? " FROM t2" : "")
          + (chance(70) ? " WHERE " + expr() : "")
          + (chance(30) ? " RETURNING " + items() : "");
    }
    if (k < 82) {
      return "DELETE FROM t1 "
          + (chance(40) ? name() + " " : "")
          + (chance(40) ? "USING t2 " : "")
          + "WHERE "
          + expr();
    }
    if (k < 88) {
      return "WITH "
          + (chance(20) ? "RECURSIVE " : "")
          + name()
          + " AS ("
          + query()
          + ") "
          + query();
    }
    if (k < 93) {
      return values();
    }
    return "("
        + query()
        + ") "
        + pick(List.of("UNION", "UNION ALL", "INTERSECT", "EXCEPT"))
        + " "
        + query();
  }

  String query() {
    depth++;
    StringBuilder b = new StringBuilder("SELECT ");
    if (chance(10)) {
      b.append(chance(50) ? "DISTINCT " : "DISTINCT ON (" + expr() + ") ");
    }
    b.append(items());
    if (chance(85)) {
      b.append(" FROM ").append(fromItem());
      if (chance(30)) {
        b.append(pick(List.of(", ", " JOIN ", " LEFT JOIN ", " CROSS JOIN ", " NATURAL JOIN ")))
            .append(fromItem());
        if (b.indexOf(" JOIN ") > 0
            && b.indexOf("CROSS") < 0
            && b.indexOf("NATURAL") < 0
            && chance(80)) {
          b.append(chance(70) ? " ON " + expr() : " USING (" + name() + ")");
        }
      }
    }
    if (chance(50)) {
      b.append(" WHERE ").append(expr());
    }
    if (chance(15)) {
      b.append(" GROUP BY ").append(expr()).append(chance(30) ? " HAVING " + expr() : "");
    }
    if (chance(25)) {
      b.append(" ORDER BY ").append(expr()).append(pick(List.of("", " DESC", " ASC NULLS LAST")));
    }
    if (chance(15)) {
      b.append(" LIMIT ").append(r.nextInt(10));
    }
    if (chance(5)) {
      b.append(" FOR UPDATE");
    }
    depth--;
    return b.toString();
  }

  private String items() {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(", ");
      }
      if (chance(10)) {
        b.append("*");
        continue;
      }
      b.append(expr());
      if (chance(30)) {
        b.append(chance(50) ? " AS " : " ").append(name());
      }
    }
    return b.toString();
  }

  private String fromItem() {
    int k = r.nextInt(10);
    String alias = chance(70) ? (chance(50) ? " AS " : " ") + name() : "";
    if (k < 6 || depth > 3) {
      return pick(List.of("t1", "t2", "public.t1", "ONLY t1")) + alias;
    }
    if (k < 8) {
      return (chance(20) ? "LATERAL " : "") + "(" + query() + ")" + alias;
    }
    return "generate_series(1, 3)" + (chance(30) ? " WITH ORDINALITY" : "") + alias;
  }

  private String values() {
    StringBuilder b = new StringBuilder("VALUES (");
    b.append(expr()).append(", ").append(chance(20) ? "DEFAULT" : expr()).append(")");
    if (chance(40)) {
      b.append(", (").append(expr()).append(", ").append(expr()).append(")");
    }
    return b.toString();
  }

  String expr() {
    depth++;
    try {
      if (depth > 6) {
        return atom();
      }
      int k = r.nextInt(100);
      if (k < 35) {
        return atom();
      }
      if (k < 55) {
        return expr() + " " + pick(OPS) + " " + expr();
      }
      if (k < 60) {
        return pick(List.of("-", "NOT ", "+", "@ ")) + expr();
      }
      if (k < 65) {
        return expr()
            + pick(
                List.of(
                    " IS NULL",
                    " IS NOT NULL",
                    " ISNULL",
                    " IS TRUE",
                    " IS NOT DISTINCT FROM 1",
                    " NOTNULL"));
      }
      if (k < 68) {
        return expr() + (chance(30) ? " NOT" : "") + " BETWEEN " + atom() + " AND " + atom();
      }
      if (k < 72) {
        return expr()
            + (chance(30) ? " NOT" : "")
            + " IN ("
            + (chance(30) ? query() : expr() + ", " + expr())
            + ")";
      }
      if (k < 74) {
        return "EXISTS (" + query() + ")";
      }
      if (k < 78) {
        return "CASE WHEN "
            + expr()
            + " THEN "
            + expr()
            + (chance(50) ? " ELSE " + expr() : "")
            + " END";
      }
      if (k < 82) {
        return chance(50)
            ? "CAST(" + expr() + " AS " + pick(TYPES) + ")"
            : atom() + "::" + pick(TYPES);
      }
      if (k < 89) {
        return call();
      }
      if (k < 92) {
        return "(" + expr() + ")";
      }
      if (k < 94) {
        return "ARRAY[" + expr() + ", " + expr() + "]";
      }
      if (k < 96) {
        return name() + "[" + atom() + (chance(50) ? " : " + atom() : "") + "]";
      }
      if (k < 98) {
        return "(" + query() + ")";
      }
      return expr() + " = ANY (" + expr() + ")";
    } finally {
      depth--;
    }
  }

  private String call() {
    String f = pick(FUNCS);
    switch (f) {
      case "substring":
        return "substring("
            + expr()
            + " FROM "
            + atom()
            + (chance(50) ? " FOR " + atom() : "")
            + ")";
      case "position":
        return "position(" + atom() + " IN " + atom() + ")";
      case "extract":
        return "extract(" + pick(List.of("year", "epoch", "day", "hour")) + " FROM " + expr() + ")";
      case "trim":
        return "trim(" + pick(List.of("", "both ", "leading 'x' ")) + "FROM " + expr() + ")";
      case "count":
        return chance(50) ? "count(*)" : "count(DISTINCT " + expr() + ")";
      case "row_number":
        return "row_number() OVER ("
            + (chance(50) ? "PARTITION BY " + atom() + " " : "")
            + "ORDER BY "
            + atom()
            + ")";
      default:
        return f + "(" + expr() + (chance(40) ? ", " + expr() : "") + ")";
    }
  }

  private String atom() {
    int k = r.nextInt(100);
    if (k < 40) {
      return chance(70) ? name() : name() + "." + name();
    }
    if (k < 60) {
      return Integer.toString(r.nextInt(1000));
    }
    if (k < 70) {
      return pick(
          List.of("'abc'", "E'a\\nb'", "$$x$$", "'it''s'", "B'101'", "1.5", "1e3", "2147483648"));
    }
    if (k < 80) {
      return pick(
          List.of(
              "NULL",
              "TRUE",
              "FALSE",
              "CURRENT_DATE",
              "CURRENT_TIMESTAMP(3)",
              "current_user",
              "DEFAULT"));
    }
    if (k < 90) {
      return ":" + pick(List.of("id", "name", "p.x", "lo", "hi"));
    }
    return pick(
        List.of("date '2020-01-01'", "interval '1' day", "$1", "t1.*", "ROW(1, 2)", "(1, 2)"));
  }
}
