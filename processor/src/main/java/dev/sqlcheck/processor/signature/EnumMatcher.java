package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.EnumModel;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides how the constants of a Java enum travel where one meets a SQL value. Against a SQL enum
 * whose labels the schema declares, each constant must match exactly one label: the label given by
 * {@code @EnumLabel}, else the label spelled exactly like the constant, else the only label equal
 * to it ignoring case; and no two constants may share a label. Against anything else (text, a type
 * sqlcheck cannot infer) each constant travels as its name, as {@code Enum.name()} gives it.
 *
 * <p>One matcher serves one method, so a mismatch used twice in it is reported once.
 */
final class EnumMatcher {
  /** The outcome: a mapping, or (mapping null) why the constants do not fit the labels. */
  record Match(EnumMapping mapping, String failure, String sqlEnum, String labels) {
    boolean failed() {
      return failure != null;
    }
  }

  private final EnumLabels enumLabels;
  private final List<EnumModel> enums;
  private final Set<String> reported = new HashSet<>();

  EnumMatcher(EnumLabels enumLabels, List<EnumModel> enums) {
    this.enumLabels = enumLabels;
    this.enums = enums;
  }

  /**
   * How values of {@code type} (an enum, or a collection of one) travel where the SQL side is
   * {@code sqlType} (the element type for arrays); empty when {@code type} is no enum or its
   * constants were not read.
   */
  Optional<Match> match(JavaType type, SqlType sqlType) {
    if (type.kind() != ScalarKind.ENUM) {
      return Optional.empty();
    }
    Optional<EnumModel> model = EnumModel.find(enums, type.enumType());
    if (model.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<String>> labels =
        sqlType == null || !sqlType.enumType() ? Optional.empty() : enumLabels.of(sqlType);
    if (labels.isEmpty()) {
      return Optional.of(new Match(EnumMapping.byName(model.get()), null, null, null));
    }
    return Optional.of(match(model.get(), sqlType.name(), labels.get()));
  }

  /** True the first time a failed match of this enum and SQL type is to be reported. */
  boolean firstReport(JavaType type, Match match) {
    return reported.add(type.enumType().qualifiedName() + "|" + match.sqlEnum());
  }

  private static Match match(EnumModel model, String sqlEnum, List<String> labels) {
    List<String> failures = new ArrayList<>();
    Map<String, List<String>> byLabel = new LinkedHashMap<>();
    String display = model.type().nestedName();
    for (EnumModel.Constant c : model.constants()) {
      String constant = "\"" + display + "." + c.name() + "\"";
      String label = labelOf(c, labels, constant, failures);
      if (label != null) {
        byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(c.name());
      }
    }
    byLabel.forEach(
        (label, constants) -> {
          if (constants.size() > 1) {
            failures.add(
                "constants "
                    + quoted(constants.stream().map(n -> display + "." + n).toList())
                    + " all match label \""
                    + label
                    + "\"");
          }
        });
    String listed = quoted(labels);
    if (!failures.isEmpty()) {
      return new Match(null, String.join("; ", failures), sqlEnum, listed);
    }
    List<EnumMapping.Entry> entries = new ArrayList<>();
    for (String label : labels) {
      List<String> constants = byLabel.get(label);
      if (constants != null) {
        entries.add(new EnumMapping.Entry(constants.get(0), label));
      }
    }
    return new Match(new EnumMapping(model.type(), sqlEnum, entries), null, sqlEnum, listed);
  }

  private static String labelOf(
      EnumModel.Constant c, List<String> labels, String constant, List<String> failures) {
    if (c.label() != null) {
      if (labels.contains(c.label())) {
        return c.label();
      }
      failures.add(
          "constant " + constant + " has @EnumLabel(\"" + c.label() + "\"), which is no label");
      return null;
    }
    if (labels.contains(c.name())) {
      return c.name();
    }
    List<String> similar = labels.stream().filter(l -> l.equalsIgnoreCase(c.name())).toList();
    if (similar.size() == 1) {
      return similar.get(0);
    }
    failures.add(
        similar.isEmpty()
            ? "constant " + constant + " matches no label"
            : "constant "
                + constant
                + " matches "
                + quoted(similar)
                + " only ignoring case, so it is ambiguous");
    return null;
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
  }
}
