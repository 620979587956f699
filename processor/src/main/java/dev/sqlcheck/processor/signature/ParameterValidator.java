package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.analysis.ParameterUse;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ParamModel;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every {@code :name} of a query against a method's parameters and turns each into a {@link
 * Binding}. In a batch method the names are properties of the collection's element. Problems are
 * collected, never thrown; a binding is produced only for occurrences that check.
 */
final class ParameterValidator {
  static final String BATCH_ITEM = "item";

  private final Dialect dialect;
  private final TypeRules rules;
  private final EnumMatcher enums;
  private final MethodModel method;
  private final ValueShape.Bean batchElement;
  private final List<Problem> problems;
  private final List<Binding> bindings = new ArrayList<>();
  private final Set<String> used = new LinkedHashSet<>();

  ParameterValidator(
      Dialect dialect,
      TypeRules rules,
      EnumMatcher enums,
      MethodModel method,
      ValueShape.Bean batchElement,
      List<Problem> problems) {
    this.dialect = dialect;
    this.rules = rules;
    this.enums = enums;
    this.method = method;
    this.batchElement = batchElement;
    this.problems = problems;
  }

  List<Binding> validate(List<ParameterUse> uses) {
    for (ParameterUse use : uses) {
      if (batchElement != null) {
        bindBatch(use);
      } else {
        bindParameter(use);
      }
    }
    if (batchElement == null) {
      for (ParamModel p : method.parameters()) {
        if (!used.contains(p.sqlName())) {
          problems.add(
              Message.UNUSED_PARAMETER.unpositioned(p.javaName(), method.name(), p.sqlName()));
        }
      }
    }
    return bindings;
  }

  private void bindParameter(ParameterUse use) {
    Optional<ParamModel> param =
        method.parameters().stream().filter(p -> p.sqlName().equals(use.name())).findFirst();
    if (param.isEmpty()) {
      List<String> names = method.parameters().stream().map(ParamModel::sqlName).toList();
      problems.add(
          Message.UNBOUND_PARAMETER
              .at(use.start(), use.end(), use.name(), method.name(), use.name(), use.name())
              .withHint(Suggestions.hint(use.name(), names)));
      return;
    }
    used.add(use.name());
    ParamModel p = param.get();
    if (use.property() == null) {
      bind(use, p.javaName(), null, p.shape(), p.javaName());
      return;
    }
    if (!(p.shape() instanceof ValueShape.Bean bean)) {
      unknownProperty(use, p.javaName(), p.shape().display(), List.of());
      return;
    }
    Optional<ValueShape.Property> property = bean.property(use.property());
    if (property.isEmpty()) {
      unknownProperty(use, p.javaName(), bean.display(), names(bean));
      return;
    }
    bind(
        use,
        p.javaName(),
        property.get().accessor(),
        property.get().shape(),
        p.javaName() + "." + use.property());
  }

  private void bindBatch(ParameterUse use) {
    Optional<ValueShape.Property> property =
        use.property() == null ? batchElement.property(use.name()) : Optional.empty();
    if (property.isEmpty()) {
      String name = use.sqlName();
      problems.add(
          Message.UNBOUND_BATCH_PARAMETER
              .at(use.start(), use.end(), name, method.name(), batchElement.display())
              .withHint(Suggestions.hint(use.name(), names(batchElement))));
      return;
    }
    ValueShape shape = property.get().shape();
    if (use.context() == ParameterUse.Context.IN_LIST
        && shape instanceof ValueShape.Multi m
        && !(m.element() instanceof ValueShape.Scalar e
            && arrayInList(use, e.type()).isPresent())) {
      unsupported(
          use,
          use.name(),
          shape,
          "a batch sends one SQL text, so IN lists cannot grow;"
              + " use = ANY(:"
              + use.name()
              + ") instead");
      return;
    }
    bind(use, BATCH_ITEM, property.get().accessor(), shape, use.name());
  }

  private void bind(ParameterUse use, String root, String accessor, ValueShape shape, String what) {
    SqlType expected = use.castOperand() ? SqlType.UNKNOWN : use.expectedType();
    if (shape instanceof ValueShape.Scalar s) {
      if (use.context() == ParameterUse.Context.ARRAY && expected.array()
          || !rules.canBind(s.type(), expected)) {
        mismatch(use, what, shape.display(), expected);
        return;
      }
      String untyped = use.untypedHere() ? dialect.sentUntyped(s.type()) : null;
      if (untyped != null) {
        problems.add(
            Message.PARAMETER_SENT_UNTYPED.at(
                use.start(),
                use.end(),
                what,
                method.name(),
                untyped,
                use.sqlName(),
                expected.isUnknown() ? s.type().kind().arrayElement() : expected.toString()));
        return;
      }
      add(use, root, accessor, s.type(), BindMode.SCALAR, what);
      return;
    }
    if (shape instanceof ValueShape.Multi m && m.element() instanceof ValueShape.Scalar e) {
      JavaType element = e.type();
      if (use.context() == ParameterUse.Context.IN_LIST) {
        bindInList(use, root, accessor, shape, what);
        return;
      }
      if (!rules.canBindArray(element, expected)) {
        mismatch(use, what, shape.display(), expected);
        return;
      }
      add(use, root, accessor, element, BindMode.ARRAY, what);
      return;
    }
    String why =
        shape instanceof ValueShape.Bean
            ? "bind its properties instead, for example :" + what + "." + firstProperty(shape)
            : "supported are primitives and their boxes, String, BigDecimal, java.time types,"
                + " UUID, byte[], enums, java.sql date/time types, and collections or arrays"
                + " of those";
    unsupported(use, what, shape, why);
  }

  /** An IN list's only element: one array where the dialect can, else one value per element. */
  private void bindInList(
      ParameterUse use, String root, String accessor, ValueShape shape, String what) {
    SqlType expected = use.castOperand() ? SqlType.UNKNOWN : use.expectedType();
    JavaType element = ((ValueShape.Scalar) ((ValueShape.Multi) shape).element()).type();
    if (!rules.canBind(element, expected.array() ? expected.elementType() : expected)) {
      mismatch(use, what, shape.display(), expected);
      return;
    }
    Optional<Dialect.ArrayInList> array = arrayInList(use, element);
    if (array.isPresent()) {
      addArrayInList(use, root, accessor, element, array.get(), what);
    } else {
      add(use, root, accessor, element, BindMode.IN_LIST, what);
    }
  }

  private void add(
      ParameterUse use, String root, String accessor, JavaType type, BindMode mode, String what) {
    SqlType element = elementType(use);
    EnumMatcher.Match match = enums.match(type, element).orElse(null);
    if (rejected(use, type, match, what)) {
      return;
    }
    String arrayType = mode == BindMode.ARRAY ? dialect.arrayElementType(type, element) : null;
    String emptyType = mode == BindMode.IN_LIST ? dialect.emptyListType(type, element) : null;
    String nullType =
        switch (mode) {
          case ARRAY -> arrayType + "[]";
          case SCALAR -> type.primitive() ? null : dialect.nullType(type);
          case IN_LIST -> null;
        };
    bindings.add(
        new Binding(
            use.start(),
            use.end(),
            root,
            accessor,
            type,
            mode,
            dialect.jdbcType(type, element),
            arrayType,
            emptyType,
            "?",
            use.sqlName(),
            labels(match),
            nullType));
  }

  /** An IN list sent as one array: the binding replaces the whole {@code IN (:ids)}. */
  private void addArrayInList(
      ParameterUse use,
      String root,
      String accessor,
      JavaType type,
      Dialect.ArrayInList array,
      String what) {
    EnumMatcher.Match match = enums.match(type, elementType(use)).orElse(null);
    if (rejected(use, type, match, what)) {
      return;
    }
    bindings.add(
        new Binding(
            array.start(),
            array.end(),
            root,
            accessor,
            type,
            BindMode.ARRAY,
            "ARRAY",
            array.elementType(),
            null,
            array.replacement(),
            use.sqlName(),
            labels(match),
            array.elementType() + "[]"));
  }

  private Optional<Dialect.ArrayInList> arrayInList(ParameterUse use, JavaType element) {
    return dialect.inListAsArray(method.sql(), use.start(), use.end(), element, elementType(use));
  }

  /** The SQL type each value meets: the element type where a whole array is expected. */
  private static SqlType elementType(ParameterUse use) {
    SqlType expected = use.castOperand() ? SqlType.UNKNOWN : use.expectedType();
    return expected.array() ? expected.elementType() : expected;
  }

  /**
   * True (after reporting it once) when a Java enum's constants do not match the labels of the SQL
   * enum it meets; {@code match} is null for a value that is no enum.
   */
  private boolean rejected(ParameterUse use, JavaType type, EnumMatcher.Match match, String what) {
    if (match == null || !match.failed()) {
      return false;
    }
    if (enums.firstReport(type, match)) {
      problems.add(
          Message.ENUM_PARAMETER_LABELS.at(
              use.start(),
              use.end(),
              what,
              method.name(),
              type.enumType().nestedName(),
              match.sqlEnum(),
              match.failure(),
              match.labels()));
    }
    return true;
  }

  /** The labels a Java enum value is sent as, or null when {@code name()} gives them. */
  private static EnumMapping labels(EnumMatcher.Match match) {
    return match == null || match.mapping().isByName() ? null : match.mapping();
  }

  private void mismatch(ParameterUse use, String what, String javaType, SqlType expected) {
    problems.add(
        Message.PARAMETER_TYPE_MISMATCH.at(
            use.start(), use.end(), what, method.name(), javaType, expected));
  }

  private void unsupported(ParameterUse use, String what, ValueShape shape, String why) {
    problems.add(
        Message.UNSUPPORTED_PARAMETER_TYPE.at(
            use.start(), use.end(), what, method.name(), shape.display(), why));
  }

  private void unknownProperty(ParameterUse use, String param, String type, List<String> names) {
    problems.add(
        Message.UNKNOWN_PROPERTY
            .at(use.start(), use.end(), param, method.name(), type, use.property())
            .withHint(Suggestions.hint(use.property(), names)));
  }

  private static List<String> names(ValueShape.Bean bean) {
    return bean.properties().stream().map(ValueShape.Property::name).toList();
  }

  private static String firstProperty(ValueShape shape) {
    List<String> names = names((ValueShape.Bean) shape);
    return names.isEmpty() ? "property" : names.get(0);
  }
}
