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
 * <p>The format is resolved once, when the block is built: literals, names, string literals and
 * dollar signs become text, and adjacent text is joined. What is left for the emitter is text, the
 * types (whose names depend on the file's imports) and the layout marks.
 */
public final class CodeBlock {
  /** The placeholders that write nothing themselves: indentation, statements and breaks. */
  enum Mark {
    INDENT,
    UNINDENT,
    STATEMENT_START,
    STATEMENT_END,
    WRAPPING_SPACE,
    ZERO_WIDTH_SPACE
  }

  /** Each part is text ({@link String}), a type ({@link TypeName}) or a layout {@link Mark}. */
  private final Object[] parts;

  private CodeBlock(Object[] parts) {
    this.parts = parts;
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
    return parts.length == 0;
  }

  Object[] parts() {
    return parts;
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
    private final List<Object> parts = new ArrayList<>();

    /** Text not yet added as a part, so that adjacent text becomes one part. */
    private final StringBuilder text = new StringBuilder();

    private Builder() {}

    public Builder add(String format, Object... args) {
      int next = 0;
      int p = 0;
      int length = format.length();
      while (p < length) {
        int dollar = format.indexOf('$', p);
        if (dollar != p) {
          int end = dollar < 0 ? length : dollar;
          text.append(format, p, end);
          p = end;
          continue;
        }
        if (p + 1 >= length) {
          throw new IllegalArgumentException("dangling $ in '" + format + "'");
        }
        char kind = format.charAt(p + 1);
        p += 2;
        switch (kind) {
          case 'L', 'N', 'S', 'T' -> {
            if (next >= args.length) {
              throw new IllegalArgumentException("too few arguments for '" + format + "'");
            }
            argument(kind, check(kind, args[next++], format));
          }
          case '$' -> text.append('$');
          case '>' -> mark(Mark.INDENT);
          case '<' -> mark(Mark.UNINDENT);
          case '[' -> mark(Mark.STATEMENT_START);
          case ']' -> mark(Mark.STATEMENT_END);
          case 'W' -> mark(Mark.WRAPPING_SPACE);
          case 'Z' -> mark(Mark.ZERO_WIDTH_SPACE);
          default ->
              throw new IllegalArgumentException("unknown $" + kind + " in '" + format + "'");
        }
      }
      if (next != args.length) {
        throw new IllegalArgumentException("unused arguments for '" + format + "'");
      }
      return this;
    }

    public Builder add(CodeBlock block) {
      for (Object part : block.parts) {
        if (part instanceof String s) {
          text.append(s);
        } else {
          mark(part);
        }
      }
      return this;
    }

    public Builder addStatement(String format, Object... args) {
      mark(Mark.STATEMENT_START);
      add(format, args);
      text.append(";\n");
      mark(Mark.STATEMENT_END);
      return this;
    }

    public Builder addStatement(CodeBlock block) {
      return addStatement("$L", block);
    }

    public Builder beginControlFlow(String controlFlow, Object... args) {
      add(controlFlow, args);
      text.append(" {\n");
      mark(Mark.INDENT);
      return this;
    }

    public Builder nextControlFlow(String controlFlow, Object... args) {
      mark(Mark.UNINDENT);
      text.append("} ");
      add(controlFlow, args);
      text.append(" {\n");
      mark(Mark.INDENT);
      return this;
    }

    public Builder endControlFlow() {
      mark(Mark.UNINDENT);
      text.append("}\n");
      return this;
    }

    public CodeBlock build() {
      flushText();
      return new CodeBlock(parts.toArray());
    }

    /** A literal, name or string literal is text now; a block is spliced in; a type stays. */
    private void argument(char kind, Object arg) {
      switch (kind) {
        case 'L' -> {
          if (arg instanceof CodeBlock block) {
            add(block);
          } else {
            text.append(arg);
          }
        }
        case 'N' -> text.append((String) arg);
        case 'S' -> text.append(arg == null ? "null" : SourceEmitter.stringLiteral((String) arg));
        default -> mark(arg);
      }
    }

    /** A part that is not text: a type or a layout mark. */
    private void mark(Object part) {
      flushText();
      parts.add(part);
    }

    private void flushText() {
      if (text.length() > 0) {
        parts.add(text.toString());
        text.setLength(0);
      }
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
  }
}
