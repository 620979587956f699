package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.List;

/**
 * What a column definition's constraint words say, read from JSqlParser's raw spec strings ({@code
 * [NOT, NULL, DEFAULT, 0]} or {@code [GENERATED ALWAYS AS IDENTITY]}): NOT NULL, a default, PRIMARY
 * KEY, identity and generated columns. Words inside parentheses (CHECK bodies, generation
 * expressions) and after {@code ON DELETE SET} are not constraints and are ignored.
 */
record ColumnSpecs(
    boolean notNull, boolean hasDefault, boolean primaryKey, Column.Generated generated) {

  /** A column with no constraint or default. */
  static final ColumnSpecs NONE = new ColumnSpecs(false, false, false);

  ColumnSpecs(boolean notNull, boolean hasDefault, boolean primaryKey) {
    this(notNull, hasDefault, primaryKey, Column.Generated.NONE);
  }

  static ColumnSpecs read(List<String> specs) {
    if (specs == null || specs.isEmpty()) {
      return new ColumnSpecs(false, false, false);
    }
    List<Token> t = SqlTokens.tokenize(String.join(" ", specs), Integer.MAX_VALUE);
    boolean notNull = false;
    boolean hasDefault = false;
    boolean primaryKey = false;
    Column.Generated generated = Column.Generated.NONE;
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      Token token = t.get(i);
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && token.kind() == SqlTokens.Kind.WORD) {
        Token previous = i > 0 ? t.get(i - 1) : null;
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        switch (token.upper()) {
          case "NOT" -> notNull |= next != null && next.is("NULL");
          case "DEFAULT" ->
              hasDefault |= !(previous != null && previous.is("SET")) && !isNull(t, i + 1);
          case "PRIMARY" -> primaryKey |= next != null && next.is("KEY");
          case "IDENTITY" -> {
            notNull = true;
            hasDefault = true;
          }
          case "GENERATED" -> {
            hasDefault = true;
            generated = generatedKind(t, i);
          }
          case "AUTO_INCREMENT", "AUTOINCREMENT" -> hasDefault = true;
          default -> {}
        }
      }
    }
    return new ColumnSpecs(notNull || primaryKey, hasDefault, primaryKey, generated);
  }

  /**
   * What {@code GENERATED} at token {@code i} makes of the column: {@code ALWAYS AS IDENTITY}, or
   * {@code ALWAYS AS (expr)}; anything else ({@code BY DEFAULT AS IDENTITY}) may be written to.
   */
  static Column.Generated generatedKind(List<Token> t, int i) {
    if (i + 3 >= t.size() || !t.get(i + 1).is("ALWAYS") || !t.get(i + 2).is("AS")) {
      return Column.Generated.NONE;
    }
    if (t.get(i + 3).is("IDENTITY")) {
      return Column.Generated.IDENTITY_ALWAYS;
    }
    return t.get(i + 3).isSymbol("(") ? Column.Generated.EXPRESSION : Column.Generated.NONE;
  }

  /**
   * PostgreSQL stores no default for {@code DEFAULT NULL} (or {@code NULL::type}), so such a column
   * has none.
   */
  private static boolean isNull(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).is("NULL")) {
      return false;
    }
    return i + 1 >= t.size()
        || t.get(i + 1).kind() == SqlTokens.Kind.WORD
        || t.get(i + 1).isSymbol(":");
  }
}
