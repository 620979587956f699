package dev.sqlcheck.processor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;

/**
 * The text the parser saw, its tokens, and the way back to offsets in the SQL as written. The
 * parser's text may differ from the original only by double quotes inserted around keywords that
 * JSqlParser mistakes for reserved words; {@code insertions} lists where (in parser-text offsets),
 * so every position maps back exactly.
 */
final class SourceText {
  private final String parsed;
  private final List<Integer> insertions;
  private final int[] lineStarts;
  private final List<SqlToken> tokens;

  SourceText(String parsed, List<Integer> insertions) {
    this.parsed = parsed;
    this.insertions = List.copyOf(insertions);
    this.lineStarts = lineStarts(parsed);
    this.tokens = SqlLexer.tokenize(parsed);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String parsedText() {
    return parsed;
  }

  List<SqlToken> tokens() {
    return tokens;
  }

  /** Maps a parser-text offset to the original SQL. */
  int toOriginal(int parsedOffset) {
    int shift = 0;
    for (int at : insertions) {
      if (at < parsedOffset) {
        shift++;
      }
    }
    return parsedOffset - shift;
  }

  /** The parser-text offset of a JavaCC line/column pair (both 1-based). */
  int offsetOf(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      return -1;
    }
    int offset = lineStarts[line - 1] + column - 1;
    return offset >= 0 && offset <= parsed.length() ? offset : -1;
  }

  /** Index of the token starting at, or else first after, a parser-text offset; -1 if none. */
  int tokenIndexAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return -1;
  }

  /** Offset in parser text of a JavaCC token, checked against the lexer's tokens. */
  int offsetOf(Token token) {
    if (token == null) {
      return -1;
    }
    int offset = offsetOf(token.beginLine, token.beginColumn);
    if (offset >= 0 && token.image != null && parsed.startsWith(token.image, offset)) {
      return offset;
    }
    String image = token.image == null ? "" : token.image.toLowerCase(Locale.ROOT);
    for (SqlToken t : tokens) {
      if (t.text().toLowerCase(Locale.ROOT).equals(image) && t.start() >= Math.max(0, offset)) {
        return t.start();
      }
    }
    return offset;
  }

  /** The parser-text range [first token start, last token end) of an AST element, or null. */
  int[] rangeOf(Object element) {
    if (!(element instanceof ASTNodeAccess access)) {
      return null;
    }
    Node node = access.getASTNode();
    if (node == null || node.jjtGetFirstToken() == null) {
      return null;
    }
    int start = offsetOf(node.jjtGetFirstToken());
    Token last = node.jjtGetLastToken();
    int end = last == null ? parsed.length() : offsetOf(last) + last.image.length();
    if (start < 0) {
      return null;
    }
    return new int[] {start, Math.max(end, start)};
  }
}
