package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.types.JavaType;

/**
 * Writes the expression that reads one column of the current row as a Java value, with the getter
 * that suits the Java type and NULL mapped to {@code null} for every reference type.
 */
final class ColumnReader {
  static final ClassName SUPPORT = ClassName.get("dev.sqlcheck", "JdbcSupport");
  static final ClassName ARRAYS = ClassName.get("dev.sqlcheck", "JdbcArrays");

  private ColumnReader() {}

  static CodeBlock read(ColumnRead column, EnumConverters enums) {
    CodeBlock index =
        column.index() > 0
            ? CodeBlock.of("$L", column.index())
            : CodeBlock.of("$T.column(rs, $S)", SUPPORT, column.name());
    JavaType type = column.type();
    if (type.container() != null) {
      return collection(type, index, column, enums);
    }
    if (type.primitive()) {
      if (column.checked()) {
        return CodeBlock.of("rs.$L($L)", primitiveGetter(type), index);
      }
      return CodeBlock.of(
          "$T.required($T.$L(rs, $L), rs, $L)",
          SUPPORT,
          SUPPORT,
          primitiveGetter(type),
          index,
          index);
    }
    return switch (type.kind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE ->
          CodeBlock.of("$T.$L(rs, $L)", SUPPORT, primitiveGetter(type), index);
      case STRING -> CodeBlock.of("rs.getString($L)", index);
      case BIG_DECIMAL -> CodeBlock.of("rs.getBigDecimal($L)", index);
      case BYTES -> CodeBlock.of("rs.getBytes($L)", index);
      case SQL_DATE -> CodeBlock.of("rs.getDate($L)", index);
      case SQL_TIME -> CodeBlock.of("rs.getTime($L)", index);
      case SQL_TIMESTAMP -> CodeBlock.of("rs.getTimestamp($L)", index);
      case INSTANT -> CodeBlock.of("$T.getInstant(rs, $L)", SUPPORT, index);
      case ENUM ->
          column.enumMapping() != null
              ? enums.fromLabel(column.enumMapping(), CodeBlock.of("rs.getString($L)", index))
              : CodeBlock.of(
                  "$T.getEnum(rs, $L, $T::valueOf)", SUPPORT, index, TypeNames.of(type.enumType()));
      default -> CodeBlock.of("rs.getObject($L, $T.class)", index, TypeNames.of(type, true));
    };
  }

  /** A SQL array as {@code List<T>} or {@code T[]}, each element converted to {@code T}. */
  private static CodeBlock collection(
      JavaType type, CodeBlock index, ColumnRead column, EnumConverters enums) {
    JavaType element = type.element();
    CodeBlock convert =
        switch (element.kind()) {
          case ENUM ->
              column.enumMapping() != null
                  ? CodeBlock.of(
                      "v -> $L",
                      enums.fromLabel(column.enumMapping(), CodeBlock.of("v.toString()")))
                  : CodeBlock.of("v -> $T.valueOf(v.toString())", TypeNames.of(element.enumType()));
          case STRING -> CodeBlock.of("$T::toText", ARRAYS);
          case SHORT -> CodeBlock.of("$T::toShort", ARRAYS);
          case INT -> CodeBlock.of("$T::toInt", ARRAYS);
          case LONG -> CodeBlock.of("$T::toLong", ARRAYS);
          case FLOAT -> CodeBlock.of("$T::toFloat", ARRAYS);
          case DOUBLE -> CodeBlock.of("$T::toDouble", ARRAYS);
          case BIG_DECIMAL -> CodeBlock.of("$T::toDecimal", ARRAYS);
          default -> CodeBlock.of("$T.class::cast", TypeNames.of(element, true));
        };
    if (type.container() == JavaType.Container.LIST) {
      return CodeBlock.of("$T.getList(rs, $L, $L)", ARRAYS, index, convert);
    }
    return CodeBlock.of(
        "$T.getArray(rs, $L, $L, $T[]::new)", ARRAYS, index, convert, TypeNames.of(element, true));
  }

  private static String primitiveGetter(JavaType type) {
    String p = type.kind().primitive();
    return "get" + Character.toUpperCase(p.charAt(0)) + p.substring(1);
  }
}
