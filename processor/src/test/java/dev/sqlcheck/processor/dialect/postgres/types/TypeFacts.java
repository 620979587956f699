package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;

/** Shorthands for the unit tests: types by name, arguments, and answers as strings. */
final class TypeFacts {
  static final PgTypeSystem PG = PgTypeSystem.postgres15();

  private TypeFacts() {}

  static SqlType t(String name) {
    return name.endsWith("[]")
        ? SqlType.of(name.substring(0, name.length() - 2)).asArray()
        : SqlType.of(name);
  }

  static Arg a(String typeName) {
    return Arg.of(t(typeName));
  }

  static Arg lit(String text) {
    return Arg.untyped(text);
  }

  static String fn(String name, Arg... args) {
    return show(PG.function(name, List.of(args)));
  }

  static String call(FunctionCall call) {
    return show(PG.function(call));
  }

  static String op(String name, Arg left, Arg right) {
    return show(PG.operator(name, left, right));
  }

  static String show(FunctionMatch m) {
    return m.ok() ? m.type().toString() : "ERROR: " + m.error().message();
  }

  static String show(OperatorMatch m) {
    return m.ok() ? m.type().toString() : "ERROR: " + m.error().message();
  }

  static String show(Resolution r) {
    return r.ok() ? r.type().toString() : "ERROR: " + r.error().message();
  }
}
