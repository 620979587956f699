package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.PartitionBound;
import dev.sqlcheck.processor.sql.ast.PartitionSpec;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TableElement;
import dev.sqlcheck.processor.sql.ast.TableLike;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE with column definitions, as a typed table ({@code OF type}) and as a partition
 * ({@code PARTITION OF parent}) (gram.y {@code CreateStmt}, {@code columnDef}, {@code
 * columnOptions}, {@code TableLikeClause}, {@code PartitionSpec}, {@code PartitionBoundSpec}) and
 * the clauses after the element list. CREATE TABLE … AS stays with {@link CreateParser}.
 */
abstract class TableParser extends ConstraintParser {
  TableParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** CREATE TABLE from the key word TABLE on, the persistence already read. */
  final CreateTable createTable(int s, String persistence) {
    expectKw(TABLE);
    boolean ifNotExists = ifNotExists();
    QualifiedName name = qualifiedName();
    Form f = form();
    PartitionSpec partitionBy = kw(PARTITION) ? partitionSpec() : null;
    Identifier method = acceptKw(USING) ? colId() : null;
    List<Identifier> options = optWithReloptions();
    if (options.isEmpty() && acceptKw(WITHOUT)) {
      expectKw(OIDS);
    }
    String onCommit = onCommit();
    Identifier tablespace = acceptKw(TABLESPACE) ? colId() : null;
    return new CreateTable(
        persistence,
        ifNotExists,
        name,
        f.elements,
        f.ofType,
        f.parent,
        f.bound,
        f.inherits,
        partitionBy,
        method,
        options,
        onCommit,
        tablespace,
        s,
        lastEnd());
  }

  /** What tells the three forms of CREATE TABLE apart, read before their common clauses. */
  private static final class Form {
    List<TableElement> elements = List.of();
    QualifiedName ofType;
    QualifiedName parent;
    PartitionBound bound;
    List<QualifiedName> inherits = List.of();
  }

  /** {@code OF type (…)}, {@code PARTITION OF parent (…) bound} or {@code (…) [INHERITS]}. */
  private Form form() {
    Form f = new Form();
    if (acceptKw(OF)) {
      f.ofType = anyName();
      f.elements = typedElements();
    } else if (acceptKw(PARTITION)) {
      expectKw(OF);
      f.parent = qualifiedName();
      f.elements = typedElements();
      f.bound = partitionBound();
    } else {
      expect('(');
      f.elements = is(')') ? List.of() : tableElements();
      expect(')');
      if (acceptKw(INHERITS)) {
        expect('(');
        f.inherits = qualifiedNameList();
        expect(')');
      }
    }
    return f;
  }

  /** {@code OnCommitOption}, or null. */
  final String onCommit() {
    if (!acceptKw(ON)) {
      return null;
    }
    expectKw(COMMIT);
    if (acceptKw(DROP)) {
      return "drop";
    }
    String what = acceptKw(DELETE) ? "delete rows" : null;
    if (what == null) {
      expectKw(PRESERVE);
      what = "preserve rows";
    }
    expectKw(ROWS);
    return what;
  }

  private List<TableElement> tableElements() {
    List<TableElement> out = new ArrayList<>();
    do {
      if (kw(LIKE)) {
        out.add(tableLike());
      } else if (startsTableConstraint()) {
        out.add(tableConstraint());
      } else {
        out.add(columnDefinition());
      }
    } while (accept(','));
    return out;
  }

  /** {@code OptTypedTableElementList}: column options and table constraints, or nothing. */
  private List<TableElement> typedElements() {
    if (!accept('(')) {
      return List.of();
    }
    List<TableElement> out = new ArrayList<>();
    do {
      if (startsTableConstraint()) {
        out.add(tableConstraint());
      } else {
        int s = start();
        Identifier name = colId();
        boolean withOptions = false;
        if (acceptKw(WITH)) {
          expectKw(OPTIONS);
          withOptions = true;
        }
        List<Constraint> constraints = columnConstraints();
        out.add(
            new ColumnDefinition(
                name,
                null,
                withOptions,
                null,
                null,
                List.of(),
                lastCollation,
                constraints,
                s,
                lastEnd()));
      }
    } while (accept(','));
    expect(')');
    return out;
  }

  /** {@code columnDef}: name, type, storage, compression, options and constraints. */
  final ColumnDefinition columnDefinition() {
    int s = start();
    Identifier name = colId();
    TypeName type = typeName();
    Identifier storage = null;
    if (kw(STORAGE) && g.since(16)) {
      advance();
      storage = kw(DEFAULT) ? word() : colId();
    }
    Identifier compression = null;
    if (acceptKw(COMPRESSION)) {
      compression = kw(DEFAULT) ? word() : colId();
    }
    List<Identifier> options = genericOptions();
    List<Constraint> constraints = columnConstraints();
    return new ColumnDefinition(
        name, type, false, storage, compression, options, lastCollation, constraints, s, lastEnd());
  }

  private TableLike tableLike() {
    int s = start();
    advance();
    QualifiedName source = qualifiedName();
    List<TableLike.Option> options = new ArrayList<>();
    while (kw(INCLUDING) || kw(EXCLUDING)) {
      int os = start();
      boolean including = kw(INCLUDING);
      advance();
      if (!is(Tok.KEYWORD)) {
        throw fail();
      }
      switch (t.keyword[p]) {
        case COMMENTS,
        COMPRESSION,
        CONSTRAINTS,
        DEFAULTS,
        IDENTITY,
        GENERATED,
        INDEXES,
        STATISTICS,
        STORAGE,
        ALL:
          String what = t.value[p];
          advance();
          options.add(new TableLike.Option(including, what, os, lastEnd()));
          break;
        default:
          throw fail();
      }
    }
    return new TableLike(source, options, s, lastEnd());
  }

  /** {@code PartitionSpec}: {@code PARTITION BY strategy (elements)}. */
  final PartitionSpec partitionSpec() {
    int s = start();
    expectKw(PARTITION);
    expectKw(BY);
    Identifier strategy = colId();
    expect('(');
    List<PartitionSpec.Element> elems = new ArrayList<>();
    do {
      int es = start();
      Identifier col = null;
      Expr expr = null;
      if (is('(')) {
        advance();
        expr = aExpr();
        expect(')');
      } else if (isColId() && kind(1) != '(' && kind(1) != '.') {
        col = word();
      } else {
        expr = windowlessCall();
      }
      QualifiedName coll = acceptKw(COLLATE) ? anyName() : null;
      QualifiedName opclass = isColId() ? anyName() : null;
      elems.add(new PartitionSpec.Element(col, expr, coll, opclass, es, lastEnd()));
    } while (accept(','));
    expect(')');
    return new PartitionSpec(strategy, elems, s, lastEnd());
  }

  /** {@code PartitionBoundSpec}: {@code FOR VALUES …} or {@code DEFAULT}. */
  final PartitionBound partitionBound() {
    int s = start();
    if (acceptKw(DEFAULT)) {
      return new PartitionBound(
          PartitionBound.Kind.DEFAULT, List.of(), List.of(), List.of(), -1, -1, s, lastEnd());
    }
    expectKw(FOR);
    expectKw(VALUES);
    if (acceptKw(IN)) {
      List<Expr> values = parenExprs();
      return new PartitionBound(
          PartitionBound.Kind.LIST, values, List.of(), List.of(), -1, -1, s, lastEnd());
    }
    if (acceptKw(FROM)) {
      List<Expr> from = parenExprs();
      expectKw(TO);
      List<Expr> to = parenExprs();
      return new PartitionBound(
          PartitionBound.Kind.RANGE, List.of(), from, to, -1, -1, s, lastEnd());
    }
    int with = start();
    expectKw(WITH);
    return hashBound(s, with);
  }

  private List<Expr> parenExprs() {
    expect('(');
    List<Expr> out = exprList();
    expect(')');
    return out;
  }

  /**
   * {@code WITH (MODULUS m, REMAINDER r)}, checked as the grammar's action does: after the whole
   * bound was read, so that a later syntax error wins.
   */
  private PartitionBound hashBound(int s, int with) {
    expect('(');
    int[] values = {-1, -1}; // modulus, remainder
    Failure problem = null;
    do {
      Failure p = hashBoundElement(values);
      problem = problem == null ? p : problem;
    } while (accept(','));
    expect(')');
    if (problem == null && (values[0] == -1 || values[1] == -1)) {
      problem =
          fatal(
              (values[0] == -1 ? "modulus" : "remainder") + " for hash partition must be specified",
              with,
              with + 4);
    }
    if (problem != null) {
      throw problem;
    }
    return new PartitionBound(
        PartitionBound.Kind.HASH,
        List.of(),
        List.of(),
        List.of(),
        values[0],
        values[1],
        s,
        lastEnd());
  }

  /** One {@code name Iconst} of a hash bound into {@code values}; the problem with it, or null. */
  private Failure hashBoundElement(int[] values) {
    Identifier opt = nonReservedWord();
    if (!is(Tok.ICONST)) {
      throw fail();
    }
    int v = Integer.parseInt(t.value[p]);
    advance();
    int slot = opt.name().equals("modulus") ? 0 : opt.name().equals("remainder") ? 1 : -1;
    if (slot == -1) {
      return fatal(
          "unrecognized hash partition bound specification \"" + opt.name() + "\"",
          opt.start(),
          opt.end());
    }
    Failure problem =
        values[slot] == -1
            ? null
            : fatal(
                opt.name() + " for hash partition provided more than once",
                null,
                "42710",
                opt.start(),
                opt.end());
    values[slot] = v;
    return problem;
  }
}
