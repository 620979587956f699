package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.FunctionResult;
import dev.sqlcheck.processor.catalog.FunctionSignature;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.CreateFunction;
import dev.sqlcheck.processor.sql.ast.FunctionParameter;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code CREATE FUNCTION} returns, from its declaration, as PostgreSQL shapes it: the
 * columns of {@code RETURNS TABLE (…)}, else of its OUT parameters, else one value of its result
 * type (a column named after the function), or the columns of a table or view named as its result
 * type. Unknown (null) for procedures, for {@code record} without OUT parameters, {@code void},
 * trigger and other pseudo-types, polymorphic types ({@code any…}), {@code %TYPE} and any type the
 * schema model cannot resolve.
 */
final class FunctionResults {
  private static final Set<String> PSEUDO_TYPES =
      Set.of(
          "record",
          "void",
          "trigger",
          "event_trigger",
          "internal",
          "cstring",
          "language_handler",
          "fdw_handler",
          "table_am_handler",
          "index_am_handler",
          "tsm_handler",
          "opaque",
          "unknown",
          "pg_ddl_command");

  private FunctionResults() {}

  /** The function's name and result, or empty when the grammar parser does not read it. */
  static Optional<Read> read(LoadContext ctx, String sql) {
    if (!(ctx.pgStatement(sql) instanceof CreateFunction f)) {
      return Optional.empty(); // the name is read from tokens instead
    }
    Inputs inputs = inputs(ctx, sql, f.parameters());
    return Optional.of(
        new Read(
            f.name().last().name(),
            inputs == null ? null : inputs.key(),
            f.procedure() ? null : result(ctx, sql, f),
            inputs == null ? null : inputs.signature()));
  }

  /**
   * A function's name, its input argument types as {@link #arguments} normalises them (null: not
   * read), what it returns (null: not known), and its input parameters (null: not read).
   */
  record Read(String name, String arguments, FunctionResult result, FunctionSignature signature) {}

  /**
   * The input parameters (IN, INOUT, VARIADIC; OUT parameters do not count, as in PostgreSQL): the
   * types as written and as resolved, names, trailing defaults and VARIADIC.
   */
  private record Inputs(
      List<String> written,
      List<SqlType> types,
      List<String> names,
      int defaults,
      boolean variadic) {
    /**
     * The types normalised so that two spellings PostgreSQL takes for one type give one text
     * ({@code "integer,text[]"}): what identifies an overload, for {@code CREATE OR REPLACE} and
     * {@code DROP FUNCTION}.
     */
    String key() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        SqlType type = types.get(i);
        out.add(
            type.isUnknown()
                ? written.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                : type.name() + (type.array() ? "[]" : ""));
      }
      return String.join(",", out);
    }

    /** The parameters as a call is matched against them. */
    FunctionSignature signature() {
      return new FunctionSignature(types, names, defaults, variadic);
    }
  }

  /** The input parameters of a parameter list; null when a type is written {@code %TYPE}. */
  private static Inputs inputs(LoadContext ctx, String sql, List<FunctionParameter> params) {
    List<String> written = new ArrayList<>();
    List<SqlType> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int defaults = 0;
    boolean variadic = false;
    for (FunctionParameter p : params) {
      if (p.mode() == FunctionParameter.Mode.OUT || p.mode() == FunctionParameter.Mode.TABLE) {
        continue;
      }
      if (p.copiedType()) {
        return null;
      }
      String text = typeText(sql, p.type());
      written.add(text);
      types.add(ctx.resolveType(text));
      names.add(p.name() == null ? null : p.name().name());
      defaults = p.defaultValue() != null ? defaults + 1 : 0;
      variadic = p.mode() == FunctionParameter.Mode.VARIADIC;
    }
    return new Inputs(written, types, names, defaults, variadic);
  }

  /**
   * The normalised input argument types of a parameter list ({@link Inputs#key}); null when a type
   * is written {@code %TYPE}.
   */
  static String arguments(LoadContext ctx, String sql, List<FunctionParameter> params) {
    Inputs inputs = inputs(ctx, sql, params);
    return inputs == null ? null : inputs.key();
  }

  /**
   * The normalised input argument types of an argument list as {@code DROP FUNCTION} or {@code
   * ALTER FUNCTION} write it (the text between the parentheses), read by the grammar's rules for a
   * parameter list; empty when it cannot be read.
   */
  static Optional<String> arguments(LoadContext ctx, String argumentList) {
    String probe = "CREATE FUNCTION f(" + argumentList + ") RETURNS integer LANGUAGE sql AS ''";
    if (!(ctx.pgStatement(probe) instanceof CreateFunction f)) {
      return Optional.empty();
    }
    return Optional.ofNullable(arguments(ctx, probe, f.parameters()));
  }

  private static FunctionResult result(LoadContext ctx, String sql, CreateFunction f) {
    String name = f.name().last().name();
    if (!f.returnsTable().isEmpty()) {
      return columns(ctx, sql, f.returnsTable(), true);
    }
    List<FunctionParameter> outs = new ArrayList<>();
    for (FunctionParameter p : f.parameters()) {
      if (p.mode() == FunctionParameter.Mode.OUT || p.mode() == FunctionParameter.Mode.INOUT) {
        outs.add(p);
      }
    }
    TypeName returns = f.returnType();
    boolean setOf = returns != null && returns.setof();
    if (!outs.isEmpty()) {
      return columns(ctx, sql, outs, setOf);
    }
    if (returns == null || f.returnTypeCopied()) {
      return null;
    }
    String text = typeText(sql, returns);
    String lower = text.toLowerCase(Locale.ROOT);
    if (PSEUDO_TYPES.contains(lower) || lower.startsWith("any")) {
      return null;
    }
    Optional<Relation> rowType = rowType(ctx, returns);
    if (rowType.isPresent()) {
      if (!rowType.get().columnsKnown() || rowType.get().columns().isEmpty()) {
        return null;
      }
      List<String> names = new ArrayList<>();
      List<SqlType> types = new ArrayList<>();
      for (Column c : rowType.get().columns()) {
        if (c.type().isUnknown()) {
          return null;
        }
        names.add(c.name());
        types.add(c.type());
      }
      return new FunctionResult(names, types, setOf, false);
    }
    SqlType type = ctx.resolveType(text);
    return type.isUnknown() ? null : new FunctionResult(List.of(name), List.of(type), setOf, true);
  }

  /** The columns of RETURNS TABLE or of the OUT parameters; null if one is unnamed or unknown. */
  private static FunctionResult columns(
      LoadContext ctx, String sql, List<FunctionParameter> params, boolean setOf) {
    List<String> names = new ArrayList<>();
    List<SqlType> types = new ArrayList<>();
    for (FunctionParameter p : params) {
      if (p.name() == null || p.copiedType()) {
        return null;
      }
      String text = typeText(sql, p.type());
      SqlType type = text.toLowerCase(Locale.ROOT).startsWith("any") ? null : ctx.resolveType(text);
      if (type == null || type.isUnknown()) {
        return null;
      }
      names.add(p.name().name());
      types.add(type);
    }
    return new FunctionResult(names, types, setOf, false);
  }

  /** A table or view whose row type a result type names, as PostgreSQL would look it up. */
  private static Optional<Relation> rowType(LoadContext ctx, TypeName type) {
    if (!type.arrayBounds().isEmpty() || !type.modifiers().isEmpty()) {
      return Optional.empty();
    }
    List<Identifier> qualifier = type.name().qualifier();
    String schema = qualifier.isEmpty() ? null : qualifier.get(qualifier.size() - 1).name();
    return ctx.catalog.resolve(schema, type.name().last().name());
  }

  /** The type as written, without a leading SETOF. */
  private static String typeText(String sql, TypeName type) {
    String text = sql.substring(type.start(), type.end()).strip();
    if (text.regionMatches(true, 0, "setof", 0, 5)
        && text.length() > 5
        && Character.isWhitespace(text.charAt(5))) {
      text = text.substring(5).strip();
    }
    return text;
  }
}
