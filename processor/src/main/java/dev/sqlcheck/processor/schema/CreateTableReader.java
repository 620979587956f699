package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.schema.SqlTokens.Kind;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a plain {@code CREATE TABLE} from tokens, without JSqlParser: the shape {@code pg_dump} and
 * hand-written schemas use for almost every table. It knows column definitions (types with
 * modifiers and arrays, NOT NULL, NULL, DEFAULT, PRIMARY KEY, UNIQUE, REFERENCES, CHECK, COLLATE,
 * identity and generated columns, named constraints) and table constraints, and the storage clauses
 * that cannot change columns ({@code PARTITION BY}, {@code WITH (..)}, {@code TABLESPACE}, ...).
 *
 * <p>It gives up, returning null, on anything else: {@code PARTITION OF}, {@code INHERITS}, {@code
 * LIKE}, {@code AS}, {@code OF type}, column options it does not know, unbalanced parentheses. The
 * parser then reads the statement as before, so being strict only ever costs time.
 */
final class CreateTableReader extends TokenCursor {
  /**
   * One column as written: raw name, type text for the dialect's type names, and its constraints.
   */
  record ColumnDef(String rawName, String typeText, ColumnSpecs specs) {}

  /**
   * The table: normalised schema (null when unqualified) and name, columns, primary key; for a
   * typed table ({@code OF type}), the type's name parts, and as columns the options given to some
   * of its columns (no type text).
   */
  record TableDef(
      String schema,
      String name,
      boolean ifNotExists,
      List<ColumnDef> columns,
      List<String> primaryKey,
      List<String> ofType) {}

  /** Words that end a DEFAULT expression: the start of the next column constraint. */
  private static final Set<String> CONSTRAINT_WORDS =
      Set.of(
          "CONSTRAINT",
          "NOT",
          "NULL",
          "CHECK",
          "DEFAULT",
          "UNIQUE",
          "PRIMARY",
          "REFERENCES",
          "GENERATED",
          "COLLATE",
          "DEFERRABLE",
          "INITIALLY");

  /**
   * Words a DEFAULT expression never holds at its top level in PostgreSQL's grammar ({@code
   * b_expr}), or that {@link ColumnSpecs} would read as a constraint: leave those to the parser.
   */
  private static final Set<String> UNSAFE_IN_DEFAULT =
      Set.of("CASE", "IS", "AND", "OR", "IDENTITY", "AUTO_INCREMENT", "AUTOINCREMENT", "SET");

  private static final Set<String> TABLE_CONSTRAINTS =
      Set.of("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE");

  /** Words that cannot start a column definition (LIKE copies another table's columns). */
  private static final Set<String> NOT_A_COLUMN = Set.of("LIKE");

  /** Words that cannot start a type this reader knows. */
  private static final Set<String> NOT_A_TYPE = Set.of("SETOF", "NATIONAL");

  private final String sql;

  private CreateTableReader(String sql, List<Token> tokens) {
    super(tokens);
    this.sql = sql;
  }

  /** Whether {@code sql} makes a typed table: {@code CREATE … TABLE [IF NOT EXISTS] name OF}. */
  static boolean isTyped(String sql) {
    List<SqlTokens.Token> t = SqlTokens.tokenize(sql, 16);
    int i = 0;
    while (i < t.size() && !t.get(i).is("TABLE")) {
      i++;
    }
    i++;
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    List<String> name = new ArrayList<>();
    i = AlterTableActions.readQualifiedName(t, i, name);
    return !name.isEmpty() && i < t.size() && t.get(i).is("OF");
  }

  /** The table {@code sql} defines, or null when this reader does not fully understand it. */
  static TableDef read(String sql) {
    List<Token> tokens = DdlTokens.tokenize(sql);
    if (tokens == null) {
      return null;
    }
    try {
      return new CreateTableReader(sql, tokens).table();
    } catch (RuntimeException e) { // GiveUp, or a reader bug: the parser still has its turn
      return null;
    }
  }

  private TableDef table() {
    expect("CREATE");
    if (accept("GLOBAL") || accept("LOCAL")) {
      expectOneOf("TEMP", "TEMPORARY");
    } else if (!accept("TEMP") && !accept("TEMPORARY")) {
      accept("UNLOGGED");
    }
    expect("TABLE");
    boolean ifNotExists = accept("IF");
    if (ifNotExists) {
      expect("NOT");
      expect("EXISTS");
    }
    List<String> name = new ArrayList<>();
    name.add(PgIdentifiers.fold(name()));
    if (acceptSymbol(".")) {
      name.add(PgIdentifiers.fold(name()));
    }
    String schema = name.size() > 1 ? name.get(0) : null;
    if (accept("OF")) {
      return typed(schema, name.get(name.size() - 1), ifNotExists);
    }
    expectSymbol("(");
    List<ColumnDef> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    do {
      element(columns, primaryKey);
    } while (acceptSymbol(","));
    expectSymbol(")");
    tail();
    if (columns.isEmpty()) {
      throw GIVE_UP;
    }
    return new TableDef(schema, name.get(name.size() - 1), ifNotExists, columns, primaryKey, null);
  }

  /**
   * {@code OF type [( column [WITH OPTIONS] constraints | table constraint, ... )]}: the columns
   * are the type's; the list only adds constraints and defaults.
   */
  private TableDef typed(String schema, String name, boolean ifNotExists) {
    List<String> type = new ArrayList<>();
    type.add(PgIdentifiers.fold(name()));
    if (acceptSymbol(".")) {
      type.add(PgIdentifiers.fold(name()));
    }
    List<ColumnDef> options = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    if (acceptSymbol("(")) {
      do {
        if (accept("CONSTRAINT")) {
          name();
          tableConstraint(primaryKey);
        } else if (TABLE_CONSTRAINTS.contains(peek().upper()) && !next(1).isSymbol(",")) {
          tableConstraint(primaryKey);
        } else {
          String rawName = name();
          if (accept("WITH")) {
            expect("OPTIONS");
          }
          Flags flags = new Flags();
          while (!atSymbol(",") && !atSymbol(")")) {
            columnConstraint(flags);
          }
          options.add(new ColumnDef(rawName, null, flags.specs()));
        }
      } while (acceptSymbol(","));
      expectSymbol(")");
    }
    tail();
    return new TableDef(schema, name, ifNotExists, options, primaryKey, type);
  }

  private void element(List<ColumnDef> columns, List<String> primaryKey) {
    if (accept("CONSTRAINT")) {
      name();
      tableConstraint(primaryKey);
    } else if (at("EXCLUDE") && !(next(1).isSymbol("(") || next(1).is("USING"))) {
      throw GIVE_UP; // a column named exclude, or something new
    } else if (TABLE_CONSTRAINTS.contains(peek().upper())) {
      tableConstraint(primaryKey);
    } else if (peek().kind() == Kind.WORD && NOT_A_COLUMN.contains(peek().upper())) {
      throw GIVE_UP;
    } else {
      columns.add(column());
    }
  }

  /** Only a primary key changes columns (NOT NULL); the other constraints are skipped whole. */
  private void tableConstraint(List<String> primaryKey) {
    if (accept("PRIMARY")) {
      expect("KEY");
      primaryKey.addAll(nameList());
    } else if (!TABLE_CONSTRAINTS.contains(peek().upper())) {
      throw GIVE_UP;
    }
    skipToElementEnd();
  }

  /**
   * A type as written, for the dialect's type names: its words, modifiers, and {@code []} if array.
   */
  private String type() {
    Token first = peek();
    String word = first.kind() == Kind.WORD ? first.upper() : "";
    if (!first.isName() || CONSTRAINT_WORDS.contains(word) || NOT_A_TYPE.contains(word)) {
      throw GIVE_UP;
    }
    StringBuilder text = new StringBuilder();
    switch (word) {
      case "DOUBLE" -> {
        i++;
        expect("PRECISION");
        text.append("double precision");
      }
      case "CHARACTER", "CHAR", "NCHAR", "BIT" -> {
        i++;
        text.append(first.text());
        if (accept("VARYING")) {
          text.append(" varying");
        }
        modifiers(text);
      }
      case "TIMESTAMP", "TIME" -> {
        i++;
        text.append(first.text());
        modifiers(text);
        timeZone(text);
      }
      default -> {
        text.append(name());
        while (acceptSymbol(".")) {
          text.append('.').append(name());
        }
        modifiers(text);
      }
    }
    if (arrayMarks()) {
      text.append("[]");
    }
    return text.toString();
  }

  private void modifiers(StringBuilder text) {
    if (atSymbol("(")) {
      int from = peek().start();
      balanced();
      text.append(sql, from, t.get(i - 1).start() + 1);
    }
  }

  private void timeZone(StringBuilder text) {
    if ((at("WITH") || at("WITHOUT")) && next(1).is("TIME") && next(2).is("ZONE")) {
      text.append(at("WITH") ? " with time zone" : " without time zone");
      i += 3;
    }
  }

  /** {@code [] [3]} or {@code ARRAY [4]}: true when there was any. */
  private boolean arrayMarks() {
    boolean array = false;
    while (true) {
      if (accept("ARRAY")) {
        if (atSymbol("[")) {
          throw GIVE_UP; // the parser reads integer ARRAY[4] as integer
        }
        array = true;
        continue;
      }
      if (!acceptSymbol("[")) {
        return array;
      }
      if (peek().kind() == Kind.NUMBER) {
        i++;
      }
      expectSymbol("]");
      array = true;
    }
  }

  private ColumnDef column() {
    String rawName = name();
    String type = type();
    Flags flags = new Flags();
    while (!atSymbol(",") && !atSymbol(")")) {
      columnConstraint(flags);
    }
    return new ColumnDef(rawName, type, flags.specs());
  }

  /** What the constraints of one column say so far. */
  private static final class Flags {
    boolean notNull;
    boolean hasDefault;
    boolean primaryKey;
    Column.Generated generated = Column.Generated.NONE;

    ColumnSpecs specs() {
      return new ColumnSpecs(notNull || primaryKey, hasDefault, primaryKey, generated);
    }
  }

  private void columnConstraint(Flags flags) {
    Token word = peek();
    if (word.kind() != Kind.WORD) {
      throw GIVE_UP;
    }
    i++;
    switch (word.upper()) {
      case "CONSTRAINT" -> name();
      case "NOT" -> {
        if (accept("NULL")) {
          flags.notNull = true;
        } else {
          expect("DEFERRABLE");
        }
      }
      case "NULL", "DEFERRABLE" -> {}
      case "INITIALLY" -> expectOneOf("DEFERRED", "IMMEDIATE");
      case "DEFAULT" -> flags.hasDefault |= defaultExpression();
      case "PRIMARY" -> {
        expect("KEY");
        flags.primaryKey = true;
        indexParameters();
      }
      case "UNIQUE" -> indexParameters();
      case "REFERENCES" -> references();
      case "CHECK" -> {
        balanced();
        if (accept("NO")) {
          expect("INHERIT");
        }
      }
      case "COLLATE" -> qualifiedName();
      case "GENERATED" -> generated(flags);
      default -> throw GIVE_UP;
    }
  }

  /**
   * Skips a DEFAULT expression up to the next constraint word, comma or closing parenthesis at its
   * top level. Like {@link ColumnSpecs}, {@code DEFAULT NULL} (also {@code NULL::type}) is no
   * default at all, as PostgreSQL stores none.
   */
  private boolean defaultExpression() {
    int start = i;
    int depth = 0;
    while (true) {
      if (atEnd()) {
        throw GIVE_UP;
      }
      Token token = peek();
      if (depth == 0) {
        if (token.isSymbol(",") || token.isSymbol(")")) {
          break;
        }
        if (i > start && CONSTRAINT_WORDS.contains(token.upper())) {
          break;
        }
        if (token.kind() == Kind.WORD && UNSAFE_IN_DEFAULT.contains(token.upper())) {
          throw GIVE_UP;
        }
      }
      if (token.isSymbol("(") || token.isSymbol("[")) {
        depth++;
      } else if (token.isSymbol(")") || token.isSymbol("]")) {
        depth--;
      }
      i++;
    }
    if (i == start) {
      throw GIVE_UP;
    }
    boolean isNull = t.get(start).is("NULL") && (i == start + 1 || t.get(start + 1).isSymbol(":"));
    return !isNull;
  }

  /**
   * {@code GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(..)]} or {@code GENERATED ALWAYS AS (expr)
   * [STORED | VIRTUAL]}.
   */
  private void generated(Flags flags) {
    boolean always = accept("ALWAYS");
    if (!always) {
      expect("BY");
      expect("DEFAULT");
    }
    expect("AS");
    if (accept("IDENTITY")) {
      flags.notNull = true;
      flags.generated = always ? Column.Generated.IDENTITY_ALWAYS : Column.Generated.NONE;
      if (atSymbol("(")) {
        balanced();
      }
    } else if (always && atSymbol("(")) {
      balanced();
      flags.generated = Column.Generated.EXPRESSION;
      if (!accept("STORED")) {
        accept("VIRTUAL"); // PostgreSQL 18; also its default
      }
    } else {
      throw GIVE_UP;
    }
    flags.hasDefault = true;
  }

  private void references() {
    qualifiedName();
    if (atSymbol("(")) {
      nameList();
    }
    while (true) {
      if (accept("MATCH")) {
        expectOneOf("FULL", "PARTIAL", "SIMPLE");
      } else if (accept("ON")) {
        expectOneOf("DELETE", "UPDATE");
        referentialAction();
      } else {
        return;
      }
    }
  }

  private void referentialAction() {
    if (accept("NO")) {
      expect("ACTION");
    } else if (accept("SET")) {
      expectOneOf("NULL", "DEFAULT");
      if (atSymbol("(")) {
        nameList();
      }
    } else {
      expectOneOf("RESTRICT", "CASCADE");
    }
  }

  /** After PRIMARY KEY or UNIQUE: NULLS [NOT] DISTINCT, INCLUDE, WITH (..), USING INDEX .. */
  private void indexParameters() {
    while (true) {
      if (accept("NULLS")) {
        accept("NOT");
        expect("DISTINCT");
      } else if (accept("INCLUDE")) {
        nameList();
      } else if (at("WITH") && next(1).isSymbol("(")) {
        i++;
        balanced();
      } else if (accept("USING")) {
        expect("INDEX");
        expect("TABLESPACE");
        name();
      } else {
        return;
      }
    }
  }

  /** Clauses after the column list that cannot change the columns. */
  private void tail() {
    while (i < t.size()) {
      if (accept("PARTITION")) {
        expect("BY");
        expectOneOf("RANGE", "LIST", "HASH");
        balanced();
      } else if (accept("USING") || accept("TABLESPACE")) {
        name();
      } else if (accept("WITH")) {
        balanced();
      } else if (accept("WITHOUT")) {
        expect("OIDS");
      } else if (accept("ON")) {
        expect("COMMIT");
        if (!accept("DROP")) {
          expectOneOf("PRESERVE", "DELETE");
          expect("ROWS");
        }
      } else {
        throw GIVE_UP;
      }
    }
  }
}
