package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.Locale;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;

/**
 * Types of literals and SQL value keywords: {@code 1} is integer, {@code 1.5} numeric, {@code 'x'}
 * text, {@code true} boolean, {@code CURRENT_DATE} date; all non-null except NULL itself.
 */
final class Literals {
  private Literals() {}

  /** The literal's type, or null when {@code e} is not a literal. */
  static Typed type(Expression e) {
    if (e instanceof LongValue l) {
      long v = l.getValue();
      String type = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? "integer" : "bigint";
      return Typed.of(type, false);
    }
    if (e instanceof DoubleValue) {
      return Typed.of("numeric", false);
    }
    if (e instanceof StringValue) {
      return Typed.of("text", false);
    }
    if (e instanceof NullValue) {
      return Typed.unknown();
    }
    if (e instanceof BooleanValue) {
      return Typed.of("boolean", false);
    }
    if (e instanceof DateTimeLiteralExpression d) {
      String type =
          switch (d.getType()) {
            case DATE -> "date";
            case TIME -> "time without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            default -> "timestamp without time zone";
          };
      return new Typed(SqlType.of(type), false, d.getType().name().toLowerCase(Locale.ROOT));
    }
    if (e instanceof TimeKeyExpression t) {
      return timeKey(t.getStringValue().toLowerCase(Locale.ROOT));
    }
    return null;
  }

  private static Typed timeKey(String key) {
    String type =
        switch (key.replace("()", "")) {
          case "current_date" -> "date";
          case "current_time" -> "time with time zone";
          case "localtime" -> "time without time zone";
          case "localtimestamp" -> "timestamp without time zone";
          default -> "timestamp with time zone";
        };
    return new Typed(SqlType.of(type), false, key.replace("()", ""));
  }
}
