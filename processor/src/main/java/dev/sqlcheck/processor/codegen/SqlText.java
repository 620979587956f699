package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import java.util.ArrayList;
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

  /**
   * The SQL with every parameter replaced by {@code ?} (an IN list sent as one array: its whole
   * {@code IN (:ids)} by {@code = ANY(?)}).
   */
  static String rewrite(String sql, List<Binding> bindings, List<Integer> operatorMarks) {
    BitSet operators = bits(operatorMarks);
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Binding b : bindings) {
      appendText(out, sql, pos, b.start(), operators);
      out.append(b.placeholder());
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
   * JdbcSupport.placeholders(ids, ...)} for each IN-list collection, one {@code + } line per line
   * of SQL so that every part lines up. {@code method} names the method in the error for a list too
   * long to expand.
   */
  static CodeBlock expression(
      String sql,
      List<Binding> bindings,
      List<Integer> operatorMarks,
      BindingWriter writer,
      String method) {
    BitSet operators = bits(operatorMarks);
    List<CodeBlock> parts = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    int pos = 0;
    for (Binding b : bindings) {
      appendText(segment, sql, pos, b.start(), operators);
      pos = b.end();
      if (b.mode() != BindMode.IN_LIST) {
        segment.append(b.placeholder());
        continue;
      }
      addLines(parts, segment);
      parts.add(
          CodeBlock.of(
              "$T.placeholders($L, $S, $S, $S)",
              ColumnReader.SUPPORT,
              writer.value(b, b.root()),
              b.emptyListType(),
              method,
              b.name()));
    }
    appendText(segment, sql, pos, sql.length(), operators);
    addLines(parts, segment);
    CodeBlock.Builder code = CodeBlock.builder().add("$L", parts.get(0));
    for (CodeBlock part : parts.subList(1, parts.size())) {
      code.add("\n+ $L", part); // a statement's continuation lines are indented alike
    }
    return code.build();
  }

  /** One string literal per line of {@code text} (each keeping its line break); then clears it. */
  private static void addLines(List<CodeBlock> parts, StringBuilder text) {
    int start = 0;
    while (start < text.length()) {
      int eol = text.indexOf("\n", start);
      int end = eol < 0 ? text.length() : eol + 1;
      parts.add(CodeBlock.of("$S", text.substring(start, end)));
      start = end;
    }
    text.setLength(0);
  }

  private static BitSet bits(List<Integer> offsets) {
    BitSet bits = new BitSet();
    offsets.forEach(bits::set);
    return bits;
  }
}
