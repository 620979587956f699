package dev.sqlcheck.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import java.util.BitSet;
import java.util.List;

/**
 * Rewrites {@code :name} to {@code ?} using the offsets the analyser recorded, so {@code ::} casts,
 * string literals and comments are never touched. An IN-list collection becomes a call that expands
 * to one {@code ?} per element at run time. A {@code ?} the SQL itself holds outside literals and
 * comments (PostgreSQL's {@code jsonb} operators {@code ?}, {@code ?|}, {@code ?&}) is doubled,
 * which is how JDBC drivers tell an operator from a placeholder.
 */
final class SqlText {
  private SqlText() {}

  /** True when some binding expands at run time, so the SQL text is built per call. */
  static boolean isDynamic(List<Binding> bindings) {
    return bindings.stream().anyMatch(b -> b.mode() == BindMode.IN_LIST);
  }

  /** The SQL with every parameter replaced by {@code ?}. */
  static String rewrite(String sql, List<Binding> bindings, List<Integer> operatorMarks) {
    BitSet operators = bits(operatorMarks);
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Binding b : bindings) {
      appendText(out, sql, pos, b.start(), operators);
      out.append('?');
      pos = b.end();
    }
    appendText(out, sql, pos, sql.length(), operators);
    return out.toString();
  }

  /** Appends {@code sql[from, to)}, doubling each {@code ?} that is an operator in the SQL. */
  private static void appendText(
      StringBuilder out, String sql, int from, int to, BitSet operators) {
    for (int i = from; i < to; i++) {
      char c = sql.charAt(i);
      out.append(c);
      if (c == '?' && operators.get(i)) {
        out.append('?');
      }
    }
  }

  /**
   * An expression building the SQL at run time: literal segments joined with {@code
   * JdbcSupport.placeholders(ids)} for each IN-list collection.
   */
  static CodeBlock expression(
      String sql, List<Binding> bindings, List<Integer> operatorMarks, BindingWriter writer) {
    BitSet operators = bits(operatorMarks);
    CodeBlock.Builder code = CodeBlock.builder();
    StringBuilder segment = new StringBuilder();
    int pos = 0;
    boolean first = true;
    for (Binding b : bindings) {
      appendText(segment, sql, pos, b.start(), operators);
      pos = b.end();
      if (b.mode() != BindMode.IN_LIST) {
        segment.append('?');
        continue;
      }
      code.add(first ? "$S" : "\n+ $S", segment.toString());
      code.add(
          "\n+ $T.placeholders($L, $S)",
          ColumnReader.SUPPORT,
          writer.value(b, b.root()),
          b.emptyListType());
      segment.setLength(0);
      first = false;
    }
    appendText(segment, sql, pos, sql.length(), operators);
    if (segment.length() > 0) {
      code.add("\n+ $S", segment.toString());
    }
    return code.build();
  }

  private static BitSet bits(List<Integer> offsets) {
    BitSet bits = new BitSet();
    offsets.forEach(bits::set);
    return bits;
  }
}
