package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.codegen.source.MethodSpec;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The enum conversions of one implementation: for each checked {@link EnumMapping}, a {@code
 * switch} from constant to SQL label ({@code toLabel_Status}) where values are sent, and one from
 * label to constant ({@code fromLabel_Status}, or {@code fromName_Status} for a text column) where
 * they are read. A label the compiled code does not know fails with an exception naming the label
 * and the enum, never with {@code valueOf}'s {@code IllegalArgumentException}. Equal mappings share
 * one method; the methods follow the order in which the repository's methods first use them.
 */
final class EnumConverters {
  static final ClassName ENUMS = ClassName.get("dev.sqlcheck", "JdbcEnums");

  private final ClassName impl;
  private final Map<EnumMapping, String> toLabel = new LinkedHashMap<>();
  private final Map<EnumMapping, String> fromLabel = new LinkedHashMap<>();
  private final Map<String, Integer> taken = new HashMap<>();

  EnumConverters(ClassName impl, List<MethodPlan> plans) {
    this.impl = impl;
    for (MethodPlan plan : plans) {
      for (Binding b : plan.bindings()) {
        if (b.enumMapping() != null) {
          toLabel.computeIfAbsent(b.enumMapping(), m -> name("toLabel_", m));
        }
      }
      for (ColumnRead c : columns(plan)) {
        if (c.enumMapping() != null) {
          EnumMapping m = c.enumMapping();
          fromLabel.computeIfAbsent(
              m, x -> name(m.sqlEnum() == null ? "fromName_" : "fromLabel_", m));
        }
      }
    }
  }

  /** {@code toLabel_Status(value)}: the SQL label of an enum value. */
  CodeBlock toLabel(EnumMapping mapping, CodeBlock value) {
    return CodeBlock.of("$N($L)", toLabel.get(mapping), value);
  }

  /** {@code JdbcEnums.labels(values, Impl::toLabel_Status)}: the labels of a collection. */
  CodeBlock labels(EnumMapping mapping, CodeBlock values) {
    return CodeBlock.of("$T.labels($L,$W$T::$N)", ENUMS, values, impl, toLabel.get(mapping));
  }

  /** {@code fromLabel_Status(text)}: the constant a SQL value stands for. */
  CodeBlock fromLabel(EnumMapping mapping, CodeBlock text) {
    return CodeBlock.of("$N($L)", fromLabel.get(mapping), text);
  }

  /** The conversion methods, to follow the row mappers in the class. */
  List<MethodSpec> methods() {
    List<MethodSpec> out = new ArrayList<>();
    toLabel.forEach((mapping, name) -> out.add(toLabelMethod(mapping, name)));
    fromLabel.forEach((mapping, name) -> out.add(fromLabelMethod(mapping, name)));
    return out;
  }

  private MethodSpec toLabelMethod(EnumMapping mapping, String name) {
    ClassName type = TypeNames.of(mapping.javaEnum());
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (value == null)").addStatement("return null").endControlFlow();
    body.beginControlFlow("switch (value)");
    for (EnumMapping.Entry e : mapping.entries()) {
      body.add("case $N:\n$>", e.constant()).addStatement("return $S", e.label()).add("$<");
    }
    body.add("default:\n$>")
        .addStatement("throw $T.unknownConstant(value, $S)", ENUMS, mapping.sqlEnum())
        .add("$<");
    body.endControlFlow();
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "The label of SQL enum {@code $L} that stands for a {@link $T}.\n",
            mapping.sqlEnum(),
            type)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(type, "value")
        .addCode(body.build())
        .build();
  }

  private MethodSpec fromLabelMethod(EnumMapping mapping, String name) {
    ClassName type = TypeNames.of(mapping.javaEnum());
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (label == null)").addStatement("return null").endControlFlow();
    body.beginControlFlow("switch (label)");
    for (EnumMapping.Entry e : mapping.entries()) {
      body.add("case $S:\n$>", e.label())
          .addStatement("return $T.$N", type, e.constant())
          .add("$<");
    }
    body.add("default:\n$>")
        .addStatement(
            "throw $T.unknownLabel(label, $S, $S)",
            ENUMS,
            mapping.javaEnum().nestedName(),
            mapping.sqlEnum())
        .add("$<");
    body.endControlFlow();
    CodeBlock doc =
        mapping.sqlEnum() == null
            ? CodeBlock.of("The {@link $T} whose name a text column holds.\n", type)
            : CodeBlock.of(
                "The {@link $T} that a label of SQL enum {@code $L} stands for.\n",
                type,
                mapping.sqlEnum());
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "label")
        .addCode(body.build())
        .build();
  }

  /** {@code toLabel_Status}, then {@code toLabel_Status_2} for another mapping of a Status. */
  private String name(String prefix, EnumMapping mapping) {
    String base = prefix + mapping.javaEnum().simpleName();
    int n = taken.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "_" + n;
  }

  private static List<ColumnRead> columns(MethodPlan plan) {
    if (plan.mapping() instanceof ScalarMapping s) {
      return List.of(s.column());
    }
    if (plan.mapping() instanceof ConstructorMapping c) {
      return c.columns();
    }
    return List.of();
  }
}
