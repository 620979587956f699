package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/** The SQL/XML functions with special syntax (XMLEXISTS is a {@link Expr.FuncCall}). */
public sealed interface XmlExpr extends Expr permits XmlExpr.Function, XmlExpr.Serialize {

  /**
   * {@code XMLCONCAT(…)}, {@code XMLELEMENT(NAME n, XMLATTRIBUTES(…), …)}, {@code XMLFOREST(…)},
   * {@code XMLPARSE(DOCUMENT|CONTENT x [PRESERVE|STRIP WHITESPACE])}, {@code XMLPI(NAME n [, x])}
   * and {@code XMLROOT(x, VERSION v|NO VALUE [, STANDALONE …])}.
   *
   * @param name the element or processing-instruction name, or null
   * @param attributes XMLELEMENT's attributes, or XMLFOREST's elements
   * @param args the other arguments: for XMLROOT the document and the version (null for {@code NO
   *     VALUE})
   * @param document XMLPARSE's DOCUMENT (true) or CONTENT (false); null for other functions
   * @param option XMLPARSE's whitespace option or XMLROOT's standalone option in upper case ({@code
   *     "PRESERVE"}, {@code "STRIP"}, {@code "YES"}, {@code "NO"}, {@code "NO VALUE"}), or null
   */
  record Function(
      Op op,
      Identifier name,
      List<Attribute> attributes,
      List<Expr> args,
      Boolean document,
      String option,
      int start,
      int end)
      implements XmlExpr {
    public Function {
      attributes = List.copyOf(attributes);
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
  }

  /** The XML function. */
  enum Op {
    CONCAT,
    ELEMENT,
    FOREST,
    PARSE,
    PI,
    ROOT
  }

  /** {@code value [AS name]} in XMLATTRIBUTES or XMLFOREST. */
  record Attribute(Expr value, Identifier name, int start, int end) implements Node {}

  /**
   * {@code XMLSERIALIZE(DOCUMENT|CONTENT x AS type [[NO] INDENT])}.
   *
   * @param indent whether {@code INDENT} was written (PostgreSQL 16)
   */
  record Serialize(boolean document, Expr arg, TypeName type, boolean indent, int start, int end)
      implements XmlExpr {}
}
