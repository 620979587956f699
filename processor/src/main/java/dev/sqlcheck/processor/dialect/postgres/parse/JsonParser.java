package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.WindowDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL/JSON functions: constructors and aggregates of PostgreSQL 16, JSON(), JSON_SCALAR,
 * JSON_SERIALIZE, JSON_QUERY, JSON_VALUE, JSON_EXISTS and MERGE_ACTION() of 17, and the clauses
 * they share (FORMAT JSON, RETURNING, ON NULL, UNIQUE KEYS, PASSING, ON EMPTY / ON ERROR).
 */
abstract class JsonParser extends XmlParser {
  JsonParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  abstract boolean looksLikeSelect();

  @Override
  final Expr jsonFunction() {
    int s = start();
    int k = t.keyword[p];
    boolean v16 = g.since(16);
    boolean v17 = g.since(17);
    switch (k) {
      case JSON_OBJECT:
        return v16 ? jsonObject(s) : null;
      case JSON_ARRAY:
        return v16 ? jsonArray(s) : null;
      case JSON_OBJECTAGG:
        return v16 ? jsonObjectAgg(s) : null;
      case JSON_ARRAYAGG:
        return v16 ? jsonArrayAgg(s) : null;
      case JSON:
        if (!v17) {
          return null;
        }
        advance();
        expect('(');
        JsonExpr.ValueExpr v = valueExpr();
        Boolean unique = uniqueKeys();
        expect(')');
        return new JsonExpr.Parse(v, unique, s, lastEnd());
      case JSON_SCALAR:
        if (!v17) {
          return null;
        }
        advance();
        expect('(');
        Expr arg = aExpr();
        expect(')');
        return new JsonExpr.Scalar(arg, s, lastEnd());
      case JSON_SERIALIZE:
        if (!v17) {
          return null;
        }
        advance();
        expect('(');
        JsonExpr.ValueExpr sv = valueExpr();
        JsonExpr.Returning r = jsonReturning();
        expect(')');
        return new JsonExpr.Serialize(sv, r, s, lastEnd());
      case JSON_QUERY, JSON_VALUE, JSON_EXISTS:
        return v17 ? queryFunction(k, s) : null;
      case MERGE_ACTION:
        if (!v17) {
          return null;
        }
        advance();
        expect('(');
        expect(')');
        return new Expr.MergeAction(s, lastEnd());
      default:
        return null;
    }
  }

  /** {@code json_value_expr}: {@code a_expr [FORMAT JSON [ENCODING name]]}. */
  final JsonExpr.ValueExpr valueExpr() {
    int s = start();
    Expr e = aExpr();
    JsonExpr.Format f = format();
    return new JsonExpr.ValueExpr(e, f, s, lastEnd());
  }

  final JsonExpr.Format format() {
    if (!kw(PgTokens.FORMAT_LA)) {
      return null;
    }
    int s = start();
    advance();
    expectKw(JSON);
    Identifier enc = null;
    if (acceptKw(ENCODING)) {
      enc = nonReservedWord();
    }
    return new JsonExpr.Format(enc, s, lastEnd());
  }

  final JsonExpr.Returning jsonReturning() {
    if (!kw(RETURNING)) {
      return null;
    }
    int s = start();
    advance();
    var type = typeName();
    JsonExpr.Format f = format();
    return new JsonExpr.Returning(type, f, s, lastEnd());
  }

  /** {@code WITH|WITHOUT UNIQUE [KEYS]}: true, false, or null when absent. */
  final Boolean uniqueKeys() {
    if ((kw(WITH) || kw(WITHOUT)) && kw(1, UNIQUE)) {
      boolean with = kw(WITH);
      advance();
      advance();
      acceptKw(KEYS);
      return with;
    }
    return null;
  }

  /** {@code NULL ON NULL | ABSENT ON NULL}: false, true, or null when absent. */
  private Boolean onNull() {
    if ((kw(NULL) || kw(ABSENT)) && kw(1, ON)) {
      boolean absent = kw(ABSENT);
      advance();
      advance();
      expectKw(NULL);
      return absent;
    }
    return null;
  }

  private Expr jsonObject(int s) {
    advance();
    expect('(');
    if (is(')') || kw(RETURNING)) {
      JsonExpr.Returning r = jsonReturning();
      expect(')');
      return new JsonExpr.ObjectConstructor(List.of(), null, null, r, s, lastEnd());
    }
    int fs = start();
    Expr first = funcArgExpr();
    if (first instanceof Expr.NamedArg || !(kw(VALUE) || is(':') || kw(PgTokens.FORMAT_LA))) {
      List<Expr> args = new ArrayList<>();
      args.add(first);
      while (accept(',')) {
        args.add(funcArgExpr());
      }
      expect(')');
      return new Expr.FuncCall(
          systemName("json_object", s, t.end[tokenAt(s)]),
          args,
          false,
          false,
          false,
          false,
          List.of(),
          List.of(),
          null,
          null,
          Expr.Special.NONE,
          s,
          lastEnd());
    }
    List<JsonExpr.KeyValue> pairs = new ArrayList<>();
    pairs.add(keyValueAfterKey(first, fs));
    while (accept(',')) {
      pairs.add(keyValue());
    }
    Boolean absent = onNull();
    Boolean unique = uniqueKeys();
    JsonExpr.Returning r = jsonReturning();
    expect(')');
    return new JsonExpr.ObjectConstructor(pairs, absent, unique, r, s, lastEnd());
  }

  private JsonExpr.KeyValue keyValue() {
    int s = start();
    return keyValueAfterKey(aExpr(), s);
  }

  private JsonExpr.KeyValue keyValueAfterKey(Expr key, int s) {
    if (!acceptKw(VALUE)) {
      expect(':');
    }
    JsonExpr.ValueExpr v = valueExpr();
    return new JsonExpr.KeyValue(key, v, s, lastEnd());
  }

  private Expr jsonArray(int s) {
    advance();
    expect('(');
    if (is(')') || kw(RETURNING)) {
      JsonExpr.Returning r = jsonReturning();
      expect(')');
      return new JsonExpr.ArrayConstructor(List.of(), null, r, s, lastEnd());
    }
    if (looksLikeSelect()) {
      int m = mark();
      try {
        Query q = selectNoParens();
        JsonExpr.Format f = format();
        JsonExpr.Returning r = jsonReturning();
        expect(')');
        return new JsonExpr.ArrayQuery(q, f, r, s, lastEnd());
      } catch (Failure f) {
        abandoned(f);
        reset(m);
      }
    }
    List<JsonExpr.ValueExpr> elems = new ArrayList<>();
    do {
      elems.add(valueExpr());
    } while (accept(','));
    Boolean absent = onNull();
    JsonExpr.Returning r = jsonReturning();
    expect(')');
    return new JsonExpr.ArrayConstructor(elems, absent, r, s, lastEnd());
  }

  private Expr jsonObjectAgg(int s) {
    advance();
    expect('(');
    JsonExpr.KeyValue pair = aggKeyValue();
    Boolean absent = onNull();
    Boolean unique = uniqueKeys();
    JsonExpr.Returning r = jsonReturning();
    expect(')');
    Expr filter = filterClause();
    WindowDef over = overClause();
    return new JsonExpr.ObjectAgg(pair, absent, unique, r, filter, over, s, lastEnd());
  }

  /** {@code json_name_and_value}: {@code c_expr VALUE v} or {@code a_expr : v}. */
  private JsonExpr.KeyValue aggKeyValue() {
    return keyValue();
  }

  private Expr jsonArrayAgg(int s) {
    advance();
    expect('(');
    JsonExpr.ValueExpr v = valueExpr();
    List<SortItem> order = kw(ORDER) ? sortClause() : List.of();
    Boolean absent = onNull();
    JsonExpr.Returning r = jsonReturning();
    expect(')');
    Expr filter = filterClause();
    WindowDef over = overClause();
    return new JsonExpr.ArrayAgg(v, order, absent, r, filter, over, s, lastEnd());
  }

  private Expr queryFunction(int k, int s) {
    advance();
    expect('(');
    JsonExpr.ValueExpr ctx = valueExpr();
    expect(',');
    Expr path = aExpr();
    List<JsonExpr.Argument> passing = passing();
    JsonExpr.Returning r = k == JSON_EXISTS ? null : jsonReturning();
    JsonExpr.Wrapper wrapper = null;
    String quotes = null;
    if (k == JSON_QUERY) {
      wrapper = wrapper();
      quotes = quotes();
    }
    JsonExpr.Behavior onEmpty = null;
    JsonExpr.Behavior onError = null;
    JsonExpr.Behavior b = behavior();
    if (b != null) {
      expectKw(ON);
      if (k != JSON_EXISTS && acceptKw(EMPTY)) {
        onEmpty = b;
        JsonExpr.Behavior b2 = behavior();
        if (b2 != null) {
          expectKw(ON);
          expectKw(ERROR);
          onError = b2;
        }
      } else {
        expectKw(ERROR);
        onError = b;
      }
    }
    expect(')');
    JsonExpr.QueryOp op =
        k == JSON_QUERY
            ? JsonExpr.QueryOp.JSON_QUERY
            : k == JSON_VALUE ? JsonExpr.QueryOp.JSON_VALUE : JsonExpr.QueryOp.JSON_EXISTS;
    return new JsonExpr.QueryFunction(
        op, ctx, path, passing, r, wrapper, quotes, onEmpty, onError, s, lastEnd());
  }

  /** {@code PASSING v AS name, …}, or empty. */
  final List<JsonExpr.Argument> passing() {
    if (!acceptKw(PASSING)) {
      return List.of();
    }
    List<JsonExpr.Argument> out = new ArrayList<>();
    do {
      int s = start();
      JsonExpr.ValueExpr v = valueExpr();
      expectKw(AS);
      Identifier name = colLabel();
      out.add(new JsonExpr.Argument(v, name, s, lastEnd()));
    } while (accept(','));
    return out;
  }

  private JsonExpr.Wrapper wrapper() {
    if (kw(WITHOUT) && (kw(1, WRAPPER) || kw(1, ARRAY))) {
      advance();
      acceptKw(ARRAY);
      expectKw(WRAPPER);
      return JsonExpr.Wrapper.WITHOUT;
    }
    if (kw(WITH)
        && (kw(1, WRAPPER) || kw(1, ARRAY) || kw(1, CONDITIONAL) || kw(1, UNCONDITIONAL))) {
      advance();
      JsonExpr.Wrapper w = JsonExpr.Wrapper.UNCONDITIONAL;
      if (acceptKw(CONDITIONAL)) {
        w = JsonExpr.Wrapper.CONDITIONAL;
      } else {
        acceptKw(UNCONDITIONAL);
      }
      acceptKw(ARRAY);
      expectKw(WRAPPER);
      return w;
    }
    return null;
  }

  private String quotes() {
    if (!(kw(KEEP) || kw(OMIT)) || !kw(1, QUOTES)) {
      return null;
    }
    String q = kw(KEEP) ? "KEEP" : "OMIT";
    advance();
    advance();
    if (acceptKw(ON)) {
      expectKw(SCALAR);
      expectKw(STRING);
    }
    return q;
  }

  /** A {@code json_behavior}, or null when the current token starts none. */
  final JsonExpr.Behavior behavior() {
    int s = start();
    JsonExpr.BehaviorKind kind;
    if (kw(DEFAULT)) {
      advance();
      Expr e = aExpr();
      return new JsonExpr.Behavior(JsonExpr.BehaviorKind.DEFAULT, e, s, lastEnd());
    } else if (kw(ERROR)) {
      kind = JsonExpr.BehaviorKind.ERROR;
    } else if (kw(NULL)) {
      kind = JsonExpr.BehaviorKind.NULL;
    } else if (kw(TRUE)) {
      kind = JsonExpr.BehaviorKind.TRUE;
    } else if (kw(FALSE)) {
      kind = JsonExpr.BehaviorKind.FALSE;
    } else if (kw(UNKNOWN)) {
      kind = JsonExpr.BehaviorKind.UNKNOWN;
    } else if (kw(EMPTY)) {
      advance();
      kind = JsonExpr.BehaviorKind.EMPTY;
      if (acceptKw(ARRAY)) {
        kind = JsonExpr.BehaviorKind.EMPTY_ARRAY;
      } else if (acceptKw(OBJECT)) {
        kind = JsonExpr.BehaviorKind.EMPTY_OBJECT;
      }
      return new JsonExpr.Behavior(kind, null, s, lastEnd());
    } else {
      return null;
    }
    advance();
    return new JsonExpr.Behavior(kind, null, s, lastEnd());
  }
}
