package dev.sqlcheck.processor.codegen.source;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes code blocks and declarations as text: indentation of two spaces per level, Javadoc
 * prefixes, statements whose continuation lines are indented twice, and breaks at {@code $W}/{@code
 * $Z} where a line would pass column 100 (a break indents the rest twice more than the line). No
 * line ends in spaces.
 *
 * <p>The break rule: text after a breakable space is held back until it is known whether it fits.
 * The space becomes a line break when the text before the next breakable space or line end would
 * pass the limit; otherwise it stays a space.
 */
public final class SourceEmitter {
  private static final int COLUMNS = 100;
  private static final String INDENT = "  ";

  private final StringBuilder out;
  private final String packageName;

  /** The first pass: only the names looked up count, so no text is written. */
  private final boolean collecting;

  private final Map<String, ClassName> imported;
  private final Map<String, ClassName> importable = new LinkedHashMap<>();
  private final Set<String> referenced = new HashSet<>();
  private final Map<String, Integer> typeVariables = new HashMap<>();
  private String typeName;

  // Line breaking.
  private final StringBuilder held = new StringBuilder();
  private int column;
  private int breakIndent = -1;
  private Pending pending = Pending.NONE;

  // Code layout.
  private int indentLevel;
  private boolean javadoc;
  private boolean atLineStart;
  private int statementLine = -1;

  private enum Pending {
    NONE,
    SPACE,
    EMPTY
  }

  private SourceEmitter(String packageName, Map<String, ClassName> imported, boolean collecting) {
    this.packageName = packageName;
    this.imported = imported;
    this.collecting = collecting;
    this.out = new StringBuilder(collecting ? 0 : 8192);
  }

  /** The first pass over a file: finds the names it uses, writes nothing. */
  static SourceEmitter collector(String packageName) {
    return new SourceEmitter(packageName, Map.of(), true);
  }

  /** The pass that writes the file, with the imports the first pass suggested. */
  static SourceEmitter writer(String packageName, Map<String, ClassName> imported) {
    return new SourceEmitter(packageName, imported, false);
  }

  /** An emitter for a code block on its own, outside any file. */
  static SourceEmitter standalone() {
    return new SourceEmitter(null, Map.of(), false);
  }

  /** The text written, with any held-back text flushed. */
  String finish() {
    if (pending != Pending.NONE) {
      flush(pending);
    }
    return out.toString();
  }

  Map<String, ClassName> importedTypes() {
    return imported;
  }

  /** The imports the first pass found: each simple name's first class, minus local names. */
  Map<String, ClassName> suggestedImports() {
    Map<String, ClassName> result = new LinkedHashMap<>(importable);
    result.keySet().removeAll(referenced);
    return result;
  }

  void pushType(String name) {
    typeName = name;
  }

  void popType() {
    typeName = null;
  }

  void indent(int levels) {
    indentLevel += levels;
    if (indentLevel < 0) {
      throw new IllegalStateException("unbalanced indentation");
    }
  }

  // ---- code blocks

  void emit(CodeBlock block) {
    Object[] parts = block.parts();
    if (collecting) {
      // Only the types' names count in the first pass.
      for (Object part : parts) {
        if (part instanceof TypeName type) {
          type.emit(this);
        }
      }
      return;
    }
    for (Object part : parts) {
      if (part instanceof String text) {
        text(text);
      } else if (part instanceof TypeName type) {
        type.emit(this);
      } else {
        layout((CodeBlock.Mark) part);
      }
    }
  }

  private void layout(CodeBlock.Mark mark) {
    switch (mark) {
      case INDENT -> indent(1);
      case UNINDENT -> indent(-1);
      case STATEMENT_START -> {
        if (statementLine != -1) {
          throw new IllegalStateException("statement inside a statement");
        }
        statementLine = 0;
      }
      case STATEMENT_END -> {
        if (statementLine > 0) {
          indent(-2);
        }
        statementLine = -1;
      }
      case WRAPPING_SPACE -> wrappingSpace();
      case ZERO_WIDTH_SPACE -> zeroWidthSpace();
    }
  }

  /** Ends the current line if text was written on it. */
  void endLine() {
    if (lastChar() != '\n') {
      text("\n");
    }
  }

  void javadoc(CodeBlock doc) {
    if (doc.isEmpty()) {
      return;
    }
    text("/**\n");
    javadoc = true;
    try {
      emit(doc);
      endLine();
    } finally {
      javadoc = false;
    }
    text(" */\n");
  }

  void modifiers(Set<Modifier> modifiers) {
    if (modifiers.isEmpty()) {
      return;
    }
    for (Modifier m : EnumSet.copyOf(modifiers)) {
      text(m.toString());
      text(" ");
    }
  }

  void typeVariables(List<TypeVariableName> variables) {
    for (TypeVariableName v : variables) {
      typeVariables.merge(v.name(), 1, Integer::sum);
    }
    text("<");
    for (int i = 0; i < variables.size(); i++) {
      if (i > 0) {
        text(", ");
      }
      TypeVariableName v = variables.get(i);
      text(v.name());
      for (int b = 0; b < v.bounds().size(); b++) {
        text(b == 0 ? " extends " : " & ");
        v.bounds().get(b).emit(this);
      }
    }
    text(">");
  }

  void popTypeVariables(List<TypeVariableName> variables) {
    for (TypeVariableName v : variables) {
      typeVariables.merge(v.name(), -1, Integer::sum);
    }
  }

  // ---- names

  /**
   * How the file names {@code c}: by the shortest suffix that resolves to it (its own class, an
   * import), by package-relative name in the file's package, else fully qualified (and noted as
   * importable for the next pass).
   */
  String lookupName(ClassName c) {
    List<String> names = c.simpleNames();
    String top = names.get(0);
    if (typeVariables.getOrDefault(top, 0) > 0) {
      return c.canonicalName();
    }
    boolean resolved = false;
    for (ClassName at = c; at != null; at = at.enclosing()) {
      ClassName match = resolve(at.simpleName());
      resolved = match != null;
      if (match != null && match.canonicalName().equals(at.canonicalName())) {
        return String.join(".", names.subList(at.simpleNames().size() - 1, names.size()));
      }
    }
    if (resolved) {
      return c.canonicalName();
    }
    if (c.packageName().equals(packageName)) {
      referenced.add(top);
      return String.join(".", names);
    }
    if (!c.packageName().isEmpty()) {
      importable.putIfAbsent(top, c.topLevel());
    }
    return c.canonicalName();
  }

  private ClassName resolve(String simpleName) {
    if (typeName != null && typeName.equals(simpleName)) {
      return ClassName.get(packageName, simpleName);
    }
    return imported.get(simpleName);
  }

  // ---- text and indentation

  /** Writes text; each line break ends the line and the next text is indented. */
  void text(String s) {
    if (collecting) {
      return;
    }
    if (pending == Pending.NONE && !atLineStart && s.indexOf('\n') < 0) {
      // Most text: more of the current line, nothing held back.
      out.append(s);
      column += s.length();
      return;
    }
    lines(s);
  }

  /**
   * Text that starts or ends lines, or comes while a break is pending: everything but the hot path
   * in {@link #text}.
   */
  private void lines(String s) {
    int start = 0;
    int length = s.length();
    while (true) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? length : nl;
      if (start > 0) {
        // End the line: a blank Javadoc line keeps its star; no line ends in blanks.
        if (javadoc && atLineStart) {
          for (int i = 0; i < indentLevel; i++) {
            raw(INDENT);
          }
          raw(" *");
        }
        if (pending != Pending.NONE) {
          flush(column > COLUMNS ? null : pending);
        }
        int keep = out.length();
        while (keep > 0 && (out.charAt(keep - 1) == ' ' || out.charAt(keep - 1) == '\t')) {
          keep--;
        }
        out.setLength(keep);
        out.append('\n');
        column = 0;
        atLineStart = true;
        if (statementLine != -1) {
          if (statementLine == 0) {
            indent(2);
          }
          statementLine++;
        }
      }
      if (end > start) {
        if (atLineStart) {
          for (int i = 0; i < indentLevel; i++) {
            raw(INDENT);
          }
          if (javadoc) {
            raw(" * ");
          }
        }
        raw(start == 0 && end == length ? s : s.substring(start, end));
        atLineStart = false;
      }
      if (nl < 0) {
        return;
      }
      start = nl + 1;
    }
  }

  /** Text without line breaks: held back while a break is pending, else written. */
  private void raw(String s) {
    if (pending != Pending.NONE) {
      if (column + s.length() <= COLUMNS) {
        held.append(s);
        column += s.length();
        return;
      }
      flush(null);
    }
    out.append(s);
    column += s.length();
  }

  void wrappingSpace() {
    if (collecting) {
      return;
    }
    if (pending != Pending.NONE) {
      flush(pending);
    }
    column++;
    pending = Pending.SPACE;
    breakIndent = indentLevel + 2;
  }

  void zeroWidthSpace() {
    if (collecting || column == 0) {
      return;
    }
    if (pending != Pending.NONE) {
      flush(pending);
    }
    pending = Pending.EMPTY;
    breakIndent = indentLevel + 2;
  }

  /** Writes the held text after a line break ({@code how == null}), a space or nothing. */
  private void flush(Pending how) {
    if (how == null) {
      out.append('\n');
      for (int i = 0; i < breakIndent; i++) {
        out.append(INDENT);
      }
      column = breakIndent * INDENT.length() + held.length();
    } else if (how == Pending.SPACE) {
      out.append(' ');
    }
    out.append(held);
    held.setLength(0);
    breakIndent = -1;
    pending = Pending.NONE;
  }

  private char lastChar() {
    return out.length() == 0 ? Character.MIN_VALUE : out.charAt(out.length() - 1);
  }

  // ---- string literals

  /** {@code "…"} with Java escapes; a line break inside the text continues on a new line. */
  static String stringLiteral(String value) {
    StringBuilder b = new StringBuilder(value.length() + 2);
    b.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\'' -> b.append('\'');
        case '"' -> b.append("\\\"");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        case '\\' -> b.append("\\\\");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
      if (c == '\n' && i + 1 < value.length()) {
        b.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
      }
    }
    return b.append('"').toString();
  }
}
