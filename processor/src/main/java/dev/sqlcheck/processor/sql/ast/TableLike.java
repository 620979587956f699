package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code LIKE source [INCLUDING|EXCLUDING option …]} in CREATE TABLE: the new table copies the
 * columns of {@code source}, and what else the options say.
 *
 * @param options the options in written order
 */
public record TableLike(QualifiedName source, List<Option> options, int start, int end)
    implements TableElement {
  public TableLike {
    options = List.copyOf(options);
  }

  /**
   * {@code INCLUDING what} or {@code EXCLUDING what}.
   *
   * @param what the option in lower case: {@code comments}, {@code compression}, {@code
   *     constraints}, {@code defaults}, {@code generated}, {@code identity}, {@code indexes},
   *     {@code statistics}, {@code storage} or {@code all}
   */
  public record Option(boolean including, String what, int start, int end) implements Node {}
}
