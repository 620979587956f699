package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.IndexElement;
import dev.sqlcheck.processor.sql.ast.OperatorName;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.SortItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The index-backed table constraints ({@code PRIMARY KEY}, {@code UNIQUE}, {@code EXCLUDE}) and the
 * index elements they and CREATE INDEX share (gram.y {@code index_elem}): a column, a function call
 * written without parentheses or a parenthesised expression, with {@code COLLATE}, operator class
 * (and its parameters), direction and null order.
 */
final class KeyConstraints {
  private final ConstraintParser p;

  KeyConstraints(ConstraintParser parser) {
    this.p = parser;
  }

  /** {@code PRIMARY KEY …} or {@code UNIQUE …} as a table constraint, at its key word. */
  Constraint key(Identifier name, int s) {
    boolean primary = p.kw(PRIMARY);
    String what = primary ? "PRIMARY KEY" : "UNIQUE";
    p.advance();
    if (primary) {
      p.expectKw(KEY);
    }
    int before = p.mark();
    boolean notDistinct = !primary && p.nullsTreatment();
    if (p.kw(USING) && p.mark() == before) {
      return usingIndex(name, primary, s);
    }
    p.expect('(');
    List<Identifier> cols = p.nameList();
    boolean overlaps = false;
    if (p.kw(WITHOUT) && p.kw(1, OVERLAPS) && p.g.since(18)) {
      p.advance();
      p.advance();
      overlaps = true;
    }
    p.expect(')');
    List<Identifier> include = include();
    List<Identifier> opts = p.optDefinition();
    Identifier space = p.consTablespace();
    Constraint.Attributes attrs = p.attributeSpec(what, ConstraintParser.ALLOW_DEFERRAL);
    return primary
        ? new Constraint.PrimaryKey(
            name, cols, overlaps, include, null, opts, space, attrs, s, p.lastEnd())
        : new Constraint.Unique(
            name, notDistinct, cols, overlaps, include, null, opts, space, attrs, s, p.lastEnd());
  }

  /** {@code … USING INDEX name} (ALTER TABLE ADD only), at USING. */
  private Constraint usingIndex(Identifier name, boolean primary, int s) {
    p.advance();
    p.expectKw(INDEX);
    Identifier index = p.colId();
    Constraint.Attributes attrs =
        p.attributeSpec(primary ? "PRIMARY KEY" : "UNIQUE", ConstraintParser.ALLOW_DEFERRAL);
    if (primary) {
      return new Constraint.PrimaryKey(
          name, List.of(), false, List.of(), index, List.of(), null, attrs, s, p.lastEnd());
    }
    return new Constraint.Unique(
        name, false, List.of(), false, List.of(), index, List.of(), null, attrs, s, p.lastEnd());
  }

  private List<Identifier> include() {
    if (!p.acceptKw(INCLUDE)) {
      return List.of();
    }
    return p.parenColumns();
  }

  /** {@code EXCLUDE [USING m] (element WITH op, …) … [WHERE (pred)]}, at EXCLUDE. */
  Constraint exclude(Identifier name, int s) {
    p.advance();
    Identifier method = p.acceptKw(USING) ? p.colId() : null;
    p.expect('(');
    List<Constraint.ExclusionElement> elems = new ArrayList<>();
    do {
      int es = p.start();
      IndexElement elem = indexElement();
      p.expectKw(WITH);
      OperatorName op;
      if (p.kw(OPERATOR) && p.kind(1) == '(') {
        p.advance();
        p.advance();
        op = anyOperator();
        p.expect(')');
      } else {
        op = anyOperator();
      }
      elems.add(new Constraint.ExclusionElement(elem, op, es, p.lastEnd()));
    } while (p.accept(','));
    p.expect(')');
    List<Identifier> include = include();
    List<Identifier> opts = p.optDefinition();
    Identifier space = p.consTablespace();
    Expr where = null;
    if (p.acceptKw(WHERE)) {
      p.expect('(');
      where = p.aExpr();
      p.expect(')');
    }
    Constraint.Attributes attrs = p.attributeSpec("EXCLUDE", ConstraintParser.ALLOW_DEFERRAL);
    return new Constraint.Exclude(
        name, method, elems, include, opts, space, where, attrs, s, p.lastEnd());
  }

  /** {@code any_operator}: an operator symbol, possibly schema-qualified ({@code s.&&}). */
  OperatorName anyOperator() {
    int s = p.start();
    List<Identifier> schema = new ArrayList<>();
    while (p.isColId()) {
      schema.add(p.word());
      p.expect('.');
    }
    if (!p.isAllOp()) {
      throw p.fail();
    }
    String symbol = p.opText(p.p);
    p.advance();
    return new OperatorName(schema, symbol, false, s, p.lastEnd());
  }

  /** {@code index_elem}. */
  IndexElement indexElement() {
    int s = p.start();
    Identifier col = null;
    Expr expr = null;
    if (p.is('(')) {
      p.advance();
      expr = p.aExpr();
      p.expect(')');
    } else if (p.isColId() && p.kind(1) != '(' && p.kind(1) != '.') {
      col = p.word();
    } else {
      expr = p.windowlessCall();
    }
    QualifiedName coll = p.acceptKw(COLLATE) ? p.anyName() : null;
    QualifiedName opclass = null;
    List<Identifier> opclassOpts = List.of();
    if (p.isColId()) {
      opclass = p.anyName();
      if (p.is('(')) {
        opclassOpts = p.reloptions();
      }
    }
    SortItem.Direction dir = SortItem.Direction.DEFAULT;
    if (p.acceptKw(ASC)) {
      dir = SortItem.Direction.ASC;
    } else if (p.acceptKw(DESC)) {
      dir = SortItem.Direction.DESC;
    }
    SortItem.Nulls nulls = p.nullsOrder();
    return new IndexElement(col, expr, coll, opclass, opclassOpts, dir, nulls, s, p.lastEnd());
  }
}
