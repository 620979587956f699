package dev.sqlcheck.sources;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Liquibase change as written in a changelog, the same shape whether it came from XML, YAML or
 * JSON: its type ({@code createTable}), its scalar attributes ({@code tableName}), its nested
 * elements ({@code column}, and a column's {@code constraints}), and its text (the query of a
 * {@code createView}, the SQL of a {@code sql} change), with changelog properties substituted.
 *
 * <pre>{@code
 * <renameColumn tableName="users" oldColumnName="full_name" newColumnName="display_name"/>
 * // ChangeNode[type=renameColumn, attributes={tableName=users, oldColumnName=full_name, ...}]
 * }</pre>
 *
 * @param textLine the line in {@code file} where {@code text} starts
 */
public record ChangeNode(
    String type,
    Map<String, String> attributes,
    List<ChangeNode> children,
    String text,
    int textLine,
    String file,
    int line)
    implements SchemaStep {

  public ChangeNode {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** An attribute's value, or null. */
  public String attribute(String name) {
    return attributes.get(name);
  }

  /** The nested elements of one type, in order ({@code column}). */
  public List<ChangeNode> children(String childType) {
    return children.stream().filter(c -> c.type().equals(childType)).toList();
  }

  /** The first nested element of a type ({@code constraints}). */
  public Optional<ChangeNode> child(String childType) {
    return children.stream().filter(c -> c.type().equals(childType)).findFirst();
  }

  /** True when the attribute is {@code true} (any case). */
  public boolean isTrue(String name) {
    return "true".equalsIgnoreCase(attributes.get(name));
  }

  /** True when the attribute is {@code false} (any case). */
  public boolean isFalse(String name) {
    return "false".equalsIgnoreCase(attributes.get(name));
  }
}
