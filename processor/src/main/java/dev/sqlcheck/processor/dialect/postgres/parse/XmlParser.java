package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TypeName;
import dev.sqlcheck.processor.sql.ast.XmlExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL/XML functions: XMLCONCAT, XMLELEMENT, XMLEXISTS, XMLFOREST, XMLPARSE, XMLPI, XMLROOT,
 * XMLSERIALIZE.
 */
abstract class XmlParser extends SpecialFuncParser {
  XmlParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  abstract Expr jsonFunction();

  @Override
  final Expr xmlOrJsonFunction() {
    int s = start();
    switch (t.keyword[p]) {
      case XMLCONCAT:
        {
          advance();
          expect('(');
          List<Expr> args = exprList();
          expect(')');
          return xml(XmlExpr.Op.CONCAT, null, List.of(), args, null, null, s);
        }
      case XMLELEMENT:
        return xmlElement(s);
      case XMLEXISTS:
        {
          advance();
          expect('(');
          Expr path = cExpr();
          Expr doc = xmlPassing();
          expect(')');
          return special("xmlexists", s, List.of(path, doc), Expr.Special.XMLEXISTS);
        }
      case XMLFOREST:
        {
          advance();
          expect('(');
          List<XmlExpr.Attribute> attrs = xmlAttributeList();
          expect(')');
          return xml(XmlExpr.Op.FOREST, null, attrs, List.of(), null, null, s);
        }
      case XMLPARSE:
        return xmlParse(s);
      case XMLPI:
        {
          advance();
          expect('(');
          expectKw(NAME);
          Identifier name = colLabel();
          List<Expr> args = new ArrayList<>();
          if (accept(',')) {
            args.add(aExpr());
          }
          expect(')');
          return xml(XmlExpr.Op.PI, name, List.of(), args, null, null, s);
        }
      case XMLROOT:
        return xmlRoot(s);
      case XMLSERIALIZE:
        return xmlSerialize(s);
      default:
        return jsonFunction();
    }
  }

  private Expr xml(
      XmlExpr.Op op,
      Identifier name,
      List<XmlExpr.Attribute> attrs,
      List<Expr> args,
      Boolean document,
      String option,
      int s) {
    return new XmlExpr.Function(op, name, attrs, args, document, option, s, lastEnd());
  }

  private Expr xmlElement(int s) {
    advance();
    expect('(');
    expectKw(NAME);
    Identifier name = colLabel();
    List<XmlExpr.Attribute> attrs = List.of();
    List<Expr> args = List.of();
    if (accept(',')) {
      if (kw(XMLATTRIBUTES) && kind(1) == '(') {
        advance();
        advance();
        attrs = xmlAttributeList();
        expect(')');
        if (accept(',')) {
          args = exprList();
        }
      } else {
        args = exprList();
      }
    }
    expect(')');
    return xml(XmlExpr.Op.ELEMENT, name, attrs, args, null, null, s);
  }

  /** {@code xml_attribute_list}: {@code a_expr [AS ColLabel], …}. */
  final List<XmlExpr.Attribute> xmlAttributeList() {
    List<XmlExpr.Attribute> out = new ArrayList<>();
    do {
      int s = start();
      Expr v = aExpr();
      Identifier label = acceptKw(AS) ? colLabel() : null;
      out.add(new XmlExpr.Attribute(v, label, s, lastEnd()));
    } while (accept(','));
    return out;
  }

  /** {@code xmlexists_argument}: {@code PASSING [BY REF|VALUE] c_expr [BY REF|VALUE]}. */
  final Expr xmlPassing() {
    expectKw(PASSING);
    passingMechanism();
    Expr doc = cExpr();
    passingMechanism();
    return doc;
  }

  private void passingMechanism() {
    if (kw(BY)) {
      advance();
      if (!acceptKw(REF)) {
        expectKw(VALUE);
      }
    }
  }

  private Boolean documentOrContent() {
    if (acceptKw(DOCUMENT)) {
      return Boolean.TRUE;
    }
    expectKw(CONTENT);
    return Boolean.FALSE;
  }

  private Expr xmlParse(int s) {
    advance();
    expect('(');
    Boolean doc = documentOrContent();
    Expr arg = aExpr();
    String option = null;
    if (kw(PRESERVE) || kw(STRIP)) {
      option = kw(PRESERVE) ? "PRESERVE" : "STRIP";
      advance();
      expectKw(WHITESPACE);
    }
    expect(')');
    return xml(XmlExpr.Op.PARSE, null, List.of(), List.of(arg), doc, option, s);
  }

  private Expr xmlRoot(int s) {
    advance();
    expect('(');
    List<Expr> args = new ArrayList<>();
    args.add(aExpr());
    expect(',');
    expectKw(VERSION);
    if (kw(NO) && kw(1, VALUE)) {
      advance();
      advance();
      args.add(null);
    } else {
      args.add(aExpr());
    }
    String option = null;
    if (accept(',')) {
      expectKw(STANDALONE);
      if (acceptKw(YES)) {
        option = "YES";
      } else {
        expectKw(NO);
        option = acceptKw(VALUE) ? "NO VALUE" : "NO";
      }
    }
    expect(')');
    return xml(XmlExpr.Op.ROOT, null, List.of(), args, null, option, s);
  }

  private Expr xmlSerialize(int s) {
    advance();
    expect('(');
    boolean doc = documentOrContent();
    Expr arg = aExpr();
    expectKw(AS);
    TypeName type = simpleTypeName();
    boolean indent = false;
    if (g.since(16)) {
      if (acceptKw(INDENT)) {
        indent = true;
      } else if (kw(NO) && kw(1, INDENT)) {
        advance();
        advance();
      }
    }
    expect(')');
    return new XmlExpr.Serialize(doc, arg, type, indent, s, lastEnd());
  }
}
