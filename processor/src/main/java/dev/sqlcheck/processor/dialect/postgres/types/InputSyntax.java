package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input rules of the built-in types beyond the numeric ones, as far as they can be told without
 * PostgreSQL's own parsers: JSON syntax (json, jsonb), bytea escapes, bit strings, points, the
 * opening of range and multirange literals, and for date/time types only inputs that cannot be a
 * date or time at all (empty, no digit and no special word, or characters datetime input never
 * uses). Each method answers PostgreSQL's error, or null when the text is, or may be, valid.
 */
final class InputSyntax {
  private static final Pattern FLOAT =
      Pattern.compile(
          "\\s*[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|nan|inf|infinity)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> DATETIME_WORDS =
      Set.of(
          "epoch",
          "infinity",
          "-infinity",
          "+infinity",
          "now",
          "today",
          "tomorrow",
          "yesterday",
          "allballs");
  private static final Pattern NOT_DATETIME = Pattern.compile("[{}\\[\\]\"';!?*=<>#$%^&|\\\\~`]");

  /**
   * An ISO date ({@code 2024-02-30}), lower-cased, then a time or a word such as {@code bc}: a year
   * of four digits or more is read first in any DateStyle.
   */
  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4,})-(\\d{1,2})-(\\d{1,2})(?:[t ]\\s*(\\d{1,2}:.*)|\\s+\\D.*)?");

  /** A time of day: hours, minutes, seconds with a fraction, then anything (a zone). */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(\\.\\d*)?)?(?![\\d.:]).*");

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:./]+");

  private InputSyntax() {}

  /**
   * inet_in: a dotted IPv4 address with an optional mask, no blanks; text with a colon is taken as
   * IPv6 and only checked for its characters.
   */
  static PgError inet(String text) {
    if (text.contains(":")) {
      return IPV6_CHARS.matcher(text).matches() ? null : syntax("inet", text, true);
    }
    java.util.regex.Matcher m = IPV4.matcher(text);
    if (m.matches()) {
      boolean ok = m.group(6) == null || Integer.parseInt(m.group(6)) <= 32;
      for (int i = 1; i <= 4; i++) {
        ok &= Integer.parseInt(m.group(i)) <= 255;
      }
      if (ok) {
        return null;
      }
    }
    return syntax("inet", text, true);
  }

  static PgError json(String text) {
    return new JsonSyntax(text).valid() ? null : syntax("json", text, false);
  }

  /** byteain: hex after {@code \x}, else backslashes must escape a backslash or three octals. */
  static PgError bytea(String text) {
    if (text.startsWith("\\x")) {
      String hex = text.substring(2).replaceAll("\\s", "");
      for (char c : hex.toCharArray()) {
        if (Character.digit(c, 16) < 0) {
          return PgError.of(
              PgException.INVALID_TEXT_REPRESENTATION, "invalid hexadecimal digit: \"" + c + "\"");
        }
      }
      return hex.length() % 2 == 0
          ? null
          : PgError.of(
              PgException.INVALID_TEXT_REPRESENTATION,
              "invalid hexadecimal data: odd number of digits");
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\\') {
        continue;
      }
      if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        i++;
      } else if (isOctalTriple(text, i + 1)) {
        i += 3;
      } else {
        return syntax("bytea", text, false);
      }
    }
    return null;
  }

  private static boolean isOctalTriple(String s, int at) {
    return at + 3 <= s.length()
        && s.charAt(at) >= '0'
        && s.charAt(at) <= '3'
        && s.charAt(at + 1) >= '0'
        && s.charAt(at + 1) <= '7'
        && s.charAt(at + 2) >= '0'
        && s.charAt(at + 2) <= '7';
  }

  /** bit_in / varbit_in: binary digits, or hex digits after a leading x. */
  static PgError bits(String text) {
    boolean hex = text.startsWith("x") || text.startsWith("X");
    String digits = hex || text.startsWith("b") || text.startsWith("B") ? text.substring(1) : text;
    for (char c : digits.toCharArray()) {
      boolean ok = hex ? Character.digit(c, 16) >= 0 : c == '0' || c == '1';
      if (!ok) {
        return PgError.of(
            PgException.INVALID_TEXT_REPRESENTATION,
            "\"" + c + "\" is not a valid " + (hex ? "hexadecimal" : "binary") + " digit");
      }
    }
    return null;
  }

  /**
   * point_in: two numbers separated by a comma, optionally in parentheses, read from the left, so a
   * number out of range is reported before a missing comma.
   */
  static PgError point(String text) {
    String s = text.strip();
    if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
      s = s.substring(1, s.length() - 1);
    }
    String[] parts = s.split(",", -1);
    for (String part : parts) {
      if (!FLOAT.matcher(part).matches()) {
        return syntax("point", text, true);
      }
      String number = part.strip();
      boolean word = number.chars().anyMatch(c -> Character.isLetter(c) && c != 'e' && c != 'E');
      if (!word && Double.isInfinite(Double.parseDouble(number))) {
        return PgError.of(
            PgException.OUT_OF_RANGE,
            "\"" + number + "\" is out of range for type double precision");
      }
    }
    return parts.length == 2 ? null : syntax("point", text, true);
  }

  /** range_in: {@code empty}, or a literal opening with a parenthesis or bracket. */
  static PgError range(String text) {
    String s = text.strip();
    if (s.equalsIgnoreCase("empty") || s.startsWith("(") || s.startsWith("[")) {
      return null;
    }
    return new PgError(
        PgException.INVALID_TEXT_REPRESENTATION,
        "malformed range literal: \"" + text + "\"",
        null,
        "Missing left parenthesis or bracket.");
  }

  /** multirange_in: the literal opens with a brace. */
  static PgError multirange(String text) {
    if (text.strip().startsWith("{")) {
      return null;
    }
    return new PgError(
        PgException.INVALID_TEXT_REPRESENTATION,
        "malformed multirange literal: \"" + text + "\"",
        null,
        "Missing left brace.");
  }

  /**
   * Date, time, timestamp and interval input, rejected only when it cannot be one: blank, no digit
   * and no special word, or a character datetime input never uses. Everything else is accepted
   * here, valid or not.
   */
  static PgError datetime(String typeName, String text, boolean interval) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    boolean digits = s.chars().anyMatch(Character::isDigit);
    // A special word may come with a time zone, before or after it ('tomorrow EST', 'UTC now').
    boolean special =
        !interval && Arrays.stream(s.split("\\s+")).anyMatch(DATETIME_WORDS::contains);
    if (s.isEmpty() || (!digits && !special) || NOT_DATETIME.matcher(s).find()) {
      return syntax(typeName, text, true);
    }
    if (interval) {
      return null;
    }
    boolean inRange =
        typeName.startsWith("time ") || typeName.equals("time") ? timeOfDay(s) : isoDate(s);
    return inRange
        ? null
        : PgError.of(
            PgException.DATETIME_FIELD_OVERFLOW,
            "date/time field value out of range: \"" + text + "\"");
  }

  /**
   * False for an ISO date whose month, day (leap years counted) or time of day cannot be; true for
   * anything else, which this does not judge.
   */
  private static boolean isoDate(String s) {
    java.util.regex.Matcher m = ISO_DATE.matcher(s);
    if (!m.matches()) {
      return true;
    }
    long year = Long.parseLong(m.group(1).length() > 9 ? "999999999" : m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    boolean bc = s.contains("bc");
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month, bc)) {
      return false;
    }
    return m.group(4) == null || timeOfDay(m.group(4));
  }

  private static int daysIn(long year, int month, boolean bc) {
    return switch (month) {
      case 4, 6, 9, 11 -> 30;
      case 2 -> bc || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      default -> 31;
    };
  }

  /**
   * False for a time of day past 24:00:00 (a second of 60 carries over, 24:00:00 itself is valid);
   * true for anything else, which this does not judge.
   */
  private static boolean timeOfDay(String s) {
    java.util.regex.Matcher m = TIME_OF_DAY.matcher(s);
    if (!m.matches()) {
      return true;
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    boolean fraction = m.group(4) != null && m.group(4).chars().anyMatch(c -> c > '0' && c <= '9');
    if (hour > 24 || minute > 59 || second > 60) {
      return false;
    }
    return hour < 24 || (minute == 0 && second == 0 && !fraction);
  }

  private static PgError syntax(String typeName, String text, boolean quoted) {
    return PgError.of(
        PgException.INVALID_TEXT_REPRESENTATION,
        "invalid input syntax for type " + typeName + (quoted ? ": \"" + text + "\"" : ""));
  }
}
