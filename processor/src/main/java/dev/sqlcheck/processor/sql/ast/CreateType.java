package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * CREATE TYPE in its forms:
 *
 * <pre>{@code
 * CREATE TYPE mood AS ENUM ('sad', 'ok')     -> kind ENUM, labels ['sad', 'ok']
 * CREATE TYPE pair AS (a int, b text)        -> kind COMPOSITE, attributes [a int4, b text]
 * CREATE TYPE span AS RANGE (SUBTYPE = int4) -> kind RANGE, definition [subtype = int4]
 * CREATE TYPE box2 (INPUT = f, OUTPUT = g)   -> kind BASE, definition [input = f, output = g]
 * CREATE TYPE later                          -> kind SHELL
 * }</pre>
 *
 * @param labels the enum labels (ENUM), else empty
 * @param attributes the attributes (COMPOSITE), else empty
 * @param definition the definition list (RANGE, BASE), else empty
 */
public record CreateType(
    QualifiedName name,
    Kind kind,
    List<Expr.StringLiteral> labels,
    List<ColumnDef> attributes,
    List<DefinitionElement> definition,
    int start,
    int end)
    implements Statement {
  public CreateType {
    labels = List.copyOf(labels);
    attributes = List.copyOf(attributes);
    definition = List.copyOf(definition);
  }

  /** The forms of CREATE TYPE. */
  public enum Kind {
    SHELL,
    ENUM,
    COMPOSITE,
    RANGE,
    BASE
  }
}
