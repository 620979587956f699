package dev.sqlcheck.processor.sql.ast;

/**
 * Any node of the syntax tree. Every node knows the character range of the SQL text it was parsed
 * from: {@link #start()} is the offset of its first character, {@link #end()} the offset just past
 * its last character, both into the string given to the parser. The range covers exactly the node's
 * tokens (no surrounding blanks or comments), so a caret under {@code sql.substring(start, end)}
 * underlines the construct as written.
 *
 * <p>Nodes synthesised by the parser for something that has no text of its own (for example the
 * {@code pg_catalog} qualifier of {@code EXTRACT}) take the range of the key word that implied
 * them.
 */
public interface Node {
  /** Offset of the node's first character in the parsed SQL. */
  int start();

  /** Offset just past the node's last character in the parsed SQL. */
  int end();
}
