package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.codegen.source.MethodSpec;
import dev.sqlcheck.processor.codegen.source.TypeName;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.RowMapping;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The row mappers of one implementation: one static method per distinct {@link RowMapping}, shared
 * by every method whose rows map the same way (same columns, same types, same conversions). A
 * record or class row is named after its type ({@code map_Book}, then {@code map_Book_2} for a
 * different mapping to the same type), a single value after the first method that reads it ({@code
 * map_count}). Each positional read carries a comment with the column's label, SQL type and
 * nullability, so the code says which column {@code rs.getLong(3)} is.
 */
final class RowMappers {
  private final ClassName impl;
  private final EnumConverters enums;
  private final Map<RowMapping, String> names = new LinkedHashMap<>();
  private final Map<String, Integer> taken = new HashMap<>();

  /** {@code keys} are the methods' unique names, in the order of {@code plans}. */
  RowMappers(ClassName impl, EnumConverters enums, List<MethodPlan> plans, List<String> keys) {
    this.impl = impl;
    this.enums = enums;
    for (int i = 0; i < plans.size(); i++) {
      RowMapping mapping = plans.get(i).mapping();
      if (mapping != null && !names.containsKey(mapping)) {
        String base =
            mapping instanceof ConstructorMapping c
                ? "map_" + c.type().simpleName()
                : "map_" + keys.get(i);
        int n = taken.merge(base, 1, Integer::sum);
        names.put(mapping, n == 1 ? base : base + "_" + n);
      }
    }
  }

  /** {@code BookRepositoryImpl::map_Book}. */
  CodeBlock reference(RowMapping mapping) {
    return CodeBlock.of("$T::$N", impl, names.get(mapping));
  }

  /** The mapper methods, in the order the repository's methods first use them. */
  List<MethodSpec> methods() {
    return names.entrySet().stream().map(e -> mapper(e.getKey(), e.getValue())).toList();
  }

  private MethodSpec mapper(RowMapping mapping, String name) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(ResultSet.class, "rs")
            .addException(SQLException.class);
    if (mapping instanceof ScalarMapping s) {
      b.returns(TypeNames.of(s.column().type(), true));
      b.addCode("return $L;$L\n", ColumnReader.read(s.column(), enums), comment(s.column()));
      return b.build();
    }
    ConstructorMapping c = (ConstructorMapping) mapping;
    TypeName row = TypeNames.of(c.type());
    b.returns(row);
    CodeBlock.Builder code = CodeBlock.builder().add("return new $T(", row);
    if (c.columns().isEmpty()) {
      return b.addCode(code.add(");\n").build()).build();
    }
    code.add("\n$>$>");
    for (int i = 0; i < c.columns().size(); i++) {
      ColumnRead column = c.columns().get(i);
      boolean last = i == c.columns().size() - 1;
      code.add("$L$L$L\n", ColumnReader.read(column, enums), last ? ");" : ",", comment(column));
    }
    code.add("$<$<");
    return b.addCode(code.build()).build();
  }

  /** {@code // published_year: integer, nullable}, or nothing for a read by label. */
  private static String comment(ColumnRead column) {
    if (column.index() <= 0 || column.name() == null) {
      return "";
    }
    String type = column.sqlType() == null ? "type unknown" : column.sqlType();
    String text = column.name() + ": " + type + (column.nullable() ? ", nullable" : ", not null");
    // A quoted label may hold anything; a line break, or a backslash starting a Unicode escape
    // (which javac reads even in comments), would break the generated source.
    StringBuilder b = new StringBuilder(text.length() + 4).append(" // ");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c < 0x20 || c == 0x7f || c == '\\' ? '?' : c);
    }
    return b.toString();
  }
}
