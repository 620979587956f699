package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * A Java enum as read from the source or class file: its constants in a stable order (declaration
 * order for an enum compiled from source, by name for one read from a class file, where compilers
 * disagree on the order), each with the label {@code @EnumLabel} gives it, or null.
 *
 * <pre>{@code
 * enum Status { DRAFT, @EnumLabel("out of print") OUT_OF_PRINT }
 * // EnumModel[type=...Status, constants=[Constant[DRAFT, null], Constant[OUT_OF_PRINT, out of print]]]
 * }</pre>
 */
public record EnumModel(TypeRef type, List<Constant> constants) {
  public EnumModel {
    constants = List.copyOf(constants);
  }

  /** One constant: its Java name and its explicit SQL label (null when none is given). */
  public record Constant(String name, String label) {}

  /** The model of {@code type} among {@code enums}, if it is one of them. */
  public static Optional<EnumModel> find(List<EnumModel> enums, TypeRef type) {
    return enums.stream().filter(e -> e.type().equals(type)).findFirst();
  }
}
