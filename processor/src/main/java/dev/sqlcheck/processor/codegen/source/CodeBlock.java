package dev.sqlcheck.processor.codegen.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A fragment of Java code built from a format and its arguments. The placeholders: {@code $L} a
 * literal (text, a number or another block), {@code $N} a name, {@code $S} a string literal, {@code
 * $T} a type, imported where it can be; {@code $W} a space where the line may break, {@code $Z} a
 * place where it may break without a space; {@code $>} and {@code $<} one level of indentation more
 * or less; {@code $[} and {@code $]} the start and end of a statement, whose continuation lines are
 * indented twice; {@code $$} a dollar sign.
 *
 * <p>The format is split once, when the block is built: text parts never start with {@code $}, and
 * each placeholder is a two-character part.
 */
public final class CodeBlock {
  private final List<String> parts;
  private final List<Object> args;

  private CodeBlock(List<String> parts, List<Object> args) {
    this.parts = parts;
    this.args = args;
  }

  public static CodeBlock of(String format, Object... args) {
    return builder().add(format, args).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code text} as a Java string literal, as {@code $S} writes it on a single line. */
  public static String stringLiteral(String text) {
    return SourceEmitter.stringLiteral(text);
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  List<String> parts() {
    return parts;
  }

  List<Object> args() {
    return args;
  }

  /** The code as it would be written at the start of a line, with no imports. */
  @Override
  public String toString() {
    SourceEmitter out = SourceEmitter.standalone();
    out.emit(this);
    return out.finish();
  }

  /** Collects parts; {@link #build} freezes them. */
  public static final class Builder {
    private final List<String> parts = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    private Builder() {}

    public Builder add(String format, Object... args) {
      int next = 0;
      int p = 0;
      int length = format.length();
      while (p < length) {
        char c = format.charAt(p);
        if (c != '$') {
          int dollar = format.indexOf('$', p + 1);
          int end = dollar < 0 ? length : dollar;
          parts.add(format.substring(p, end));
          p = end;
          continue;
        }
        if (p + 1 >= length) {
          throw new IllegalArgumentException("dangling $ in '" + format + "'");
        }
        char kind = format.charAt(p + 1);
        switch (kind) {
          case 'L', 'N', 'S', 'T' -> {
            if (next >= args.length) {
              throw new IllegalArgumentException("too few arguments for '" + format + "'");
            }
            Object arg = check(kind, args[next++], format);
            if (kind == 'L' && arg instanceof CodeBlock block) {
              // A block as a literal is written in place: splice its parts in now.
              add(block);
              p += 2;
              continue;
            }
            this.args.add(arg);
          }
          case '$', '>', '<', '[', ']', 'W', 'Z' -> {}
          default ->
              throw new IllegalArgumentException("unknown $" + kind + " in '" + format + "'");
        }
        parts.add(placeholder(kind));
        p += 2;
      }
      if (next != args.length) {
        throw new IllegalArgumentException("unused arguments for '" + format + "'");
      }
      return this;
    }

    public Builder add(CodeBlock block) {
      parts.addAll(block.parts);
      args.addAll(block.args);
      return this;
    }

    public Builder addStatement(String format, Object... args) {
      parts.add("$[");
      add(format, args);
      parts.add(";\n");
      parts.add("$]");
      return this;
    }

    public Builder addStatement(CodeBlock block) {
      return addStatement("$L", block);
    }

    public Builder beginControlFlow(String controlFlow, Object... args) {
      add(controlFlow + " {\n", args);
      parts.add("$>");
      return this;
    }

    public Builder nextControlFlow(String controlFlow, Object... args) {
      parts.add("$<");
      add("} " + controlFlow + " {\n", args);
      parts.add("$>");
      return this;
    }

    public Builder endControlFlow() {
      parts.add("$<");
      parts.add("}\n");
      return this;
    }

    public CodeBlock build() {
      return new CodeBlock(List.copyOf(parts), new ArrayList<>(args));
    }

    private static Object check(char kind, Object arg, String format) {
      if (kind == 'T' && arg instanceof Class<?> type) {
        return ClassName.get(type);
      }
      boolean ok =
          switch (kind) {
            case 'N' -> arg instanceof String;
            case 'S' -> arg == null || arg instanceof String;
            case 'T' -> arg instanceof TypeName;
            default -> true;
          };
      if (!ok) {
        throw new IllegalArgumentException("bad argument for $" + kind + " in '" + format + "'");
      }
      return arg;
    }

    private static String placeholder(char kind) {
      return switch (kind) {
        case 'L' -> "$L";
        case 'N' -> "$N";
        case 'S' -> "$S";
        case 'T' -> "$T";
        case '$' -> "$$";
        case '>' -> "$>";
        case '<' -> "$<";
        case '[' -> "$[";
        case ']' -> "$]";
        case 'W' -> "$W";
        default -> "$Z";
      };
    }
  }
}
