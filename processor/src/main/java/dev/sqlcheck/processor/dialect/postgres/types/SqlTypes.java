package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where sqlcheck's {@link SqlType} and this package's {@link PgType} meet. A {@code
 * SqlType} names a type by its {@code format_type} spelling ({@code integer}, {@code timestamp with
 * time zone}) or, failing that, its {@code typname} ({@code int4}); enums and other names the
 * catalog lacks become user types; {@link SqlType#UNKNOWN} is the wildcard. Going back, a
 * PostgreSQL {@code unknown} result becomes {@code text}, which is what PostgreSQL makes of it
 * wherever a value leaves an expression, because {@code SqlType}'s own "unknown" means wildcard.
 */
final class SqlTypes {
  private final PgCatalog catalog;
  private final SchemaTypes schema;

  SqlTypes(PgCatalog catalog) {
    this(catalog, SchemaTypes.NONE);
  }

  SqlTypes(PgCatalog catalog, SchemaTypes schema) {
    this.catalog = catalog;
    this.schema = schema;
  }

  PgType toPg(SqlType type) {
    if (type == null || type.isUnknown()) {
      return PgType.WILDCARD;
    }
    PgType base = base(type);
    if (!type.array()) {
      return base;
    }
    PgType array = catalog.arrayOf(base);
    return array == null ? PgType.WILDCARD : array;
  }

  private PgType base(SqlType type) {
    if (type.enumType()) {
      return catalog.userType(type.name(), true);
    }
    PgType t = catalog.byDisplay(type.name());
    if (t == null) {
      t = catalog.type(type.name());
    }
    if (t == null) {
      t = catalog.byDisplay('"' + type.name() + '"');
    }
    if (t != null) {
      return t;
    }
    return schema.composites().contains(type.name())
        ? catalog.compositeType(type.name())
        : catalog.userType(type.name(), false);
  }

  /** The type of an argument as resolution sees it: untyped inputs are {@code unknown}. */
  PgType toPg(Arg arg) {
    return switch (arg.kind()) {
      case TYPED -> toPg(arg.type());
      case UNTYPED_LITERAL, PARAMETER -> catalog.require(PgType.UNKNOWN);
      case WILDCARD -> PgType.WILDCARD;
    };
  }

  List<PgType> toPg(List<Arg> args) {
    List<PgType> out = new ArrayList<>(args.size());
    for (Arg a : args) {
      out.add(toPg(a));
    }
    return out;
  }

  SqlType toSql(PgType type) {
    if (type == null || type.isWildcard()) {
      return SqlType.UNKNOWN;
    }
    if (type.isUnknown()) {
      return SqlType.of("text");
    }
    PgType element = catalog.elementOf(type);
    if (element != null && type.equals(catalog.arrayOf(element))) {
      return toSql(element).asArray();
    }
    String key = type.name();
    if (key.startsWith("e:")) {
      return SqlType.enumOf(key.substring(2));
    }
    if (key.startsWith("u:") || key.startsWith("c:")) {
      return SqlType.of(key.substring(2));
    }
    String display = type.display();
    if (display.length() > 1 && display.startsWith("\"") && display.endsWith("\"")) {
      display = display.substring(1, display.length() - 1);
    }
    return SqlType.of(display);
  }

  List<SqlType> toSql(List<PgType> types) {
    List<SqlType> out = new ArrayList<>(types.size());
    for (PgType t : types) {
      out.add(toSql(t));
    }
    return out;
  }
}
