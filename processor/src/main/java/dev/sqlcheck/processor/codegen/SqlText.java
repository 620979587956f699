package dev.sqlcheck.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import java.util.List;

/**
 * Rewrites {@code :name} to {@code ?} using the offsets the analyser recorded, so {@code ::} casts,
 * string literals and comments are never touched. An IN-list collection becomes a call that expands
 * to one {@code ?} per element at run time.
 */
final class SqlText {
  private SqlText() {}

  /** True when some binding expands at run time, so the SQL text is built per call. */
  static boolean isDynamic(List<Binding> bindings) {
    return bindings.stream().anyMatch(b -> b.mode() == BindMode.IN_LIST);
  }

  /** The SQL with every parameter replaced by {@code ?}. */
  static String rewrite(String sql, List<Binding> bindings) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Binding b : bindings) {
      out.append(sql, pos, b.start()).append('?');
      pos = b.end();
    }
    return out.append(sql.substring(pos)).toString();
  }

  /**
   * An expression building the SQL at run time: literal segments joined with {@code
   * JdbcSupport.placeholders(ids)} for each IN-list collection.
   */
  static CodeBlock expression(String sql, List<Binding> bindings, BindingWriter writer) {
    CodeBlock.Builder code = CodeBlock.builder();
    StringBuilder segment = new StringBuilder();
    int pos = 0;
    boolean first = true;
    for (Binding b : bindings) {
      segment.append(sql, pos, b.start());
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
    segment.append(sql.substring(pos));
    if (segment.length() > 0) {
      code.add("\n+ $S", segment.toString());
    }
    return code.build();
  }
}
