package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import java.sql.Types;

/**
 * Writes the statements that bind each {@code :name} occurrence, in SQL order. With a constant SQL
 * text the placeholder numbers are literals; when an IN list makes the text dynamic they come from
 * a running counter {@code p}.
 */
final class BindingWriter {
  private static final ClassName TYPES = ClassName.get(Types.class);

  private final LocalNames names;
  private final EnumConverters enums;

  BindingWriter(LocalNames names, EnumConverters enums) {
    this.names = names;
    this.enums = enums;
  }

  /** The value a binding reads: the parameter, or its property. */
  CodeBlock value(Binding b, String root) {
    return b.accessor() == null
        ? CodeBlock.of("$N", root)
        : CodeBlock.of("$N.$N()", root, b.accessor());
  }

  /**
   * The value as sent: a Java enum (or collection of them) becomes its SQL labels where it meets a
   * SQL enum whose labels are not the constants' names.
   */
  private CodeBlock sent(Binding b, CodeBlock value) {
    if (b.enumMapping() == null) {
      return value;
    }
    return b.mode() == BindMode.SCALAR
        ? enums.toLabel(b.enumMapping(), value)
        : enums.labels(b.enumMapping(), value);
  }

  CodeBlock bindAll(Iterable<Binding> bindings, boolean dynamic, String batchItem) {
    CodeBlock.Builder code = CodeBlock.builder();
    int literal = 1;
    for (Binding b : bindings) {
      CodeBlock index =
          dynamic ? CodeBlock.of("$N++", names.counter()) : CodeBlock.of("$L", literal++);
      code.addStatement(bind(b, index, value(b, batchItem != null ? batchItem : b.root())));
    }
    return code.build();
  }

  private CodeBlock bind(Binding b, CodeBlock index, CodeBlock raw) {
    String ps = names.statement();
    CodeBlock value = sent(b, raw);
    if (b.mode() == BindMode.IN_LIST) {
      String p = names.counter();
      return CodeBlock.of(
          "$N = $T.bindAll($N, $N, $L, $T.$L)",
          p,
          ColumnReader.SUPPORT,
          ps,
          p,
          value,
          TYPES,
          b.jdbcType());
    }
    if (b.mode() == BindMode.ARRAY) {
      // An IN list sent as one array treats a null collection as an empty list, as expanding did;
      // another null collection is a NULL of the array type.
      boolean inList = !b.placeholder().equals("?");
      CodeBlock array =
          CodeBlock.of(
              "$T.$L($N,$W$S,$W$L)",
              ColumnReader.SUPPORT,
              inList ? "inListArray" : "array",
              names.connection(),
              b.arrayType(),
              value);
      return inList
          ? CodeBlock.of("$T.bindArray($N, $L,$W$L)", ColumnReader.SUPPORT, ps, index, array)
          : CodeBlock.of(
              "$T.bindArray($N, $L,$W$L,$W$S)",
              ColumnReader.SUPPORT,
              ps,
              index,
              array,
              b.nullType());
    }
    if (b.type().primitive()) {
      String p = b.type().kind().primitive();
      String setter = "set" + Character.toUpperCase(p.charAt(0)) + p.substring(1);
      return CodeBlock.of("$N.$L($L, $L)", ps, setter, index, value);
    }
    if (b.nullType() != null) {
      return CodeBlock.of(
          "$T.bind($N, $L, $L,$W$T.$L,$W$S)",
          ColumnReader.SUPPORT,
          ps,
          index,
          value,
          TYPES,
          b.jdbcType(),
          b.nullType());
    }
    return CodeBlock.of(
        "$T.bind($N, $L, $L,$W$T.$L)", ColumnReader.SUPPORT, ps, index, value, TYPES, b.jdbcType());
  }
}
