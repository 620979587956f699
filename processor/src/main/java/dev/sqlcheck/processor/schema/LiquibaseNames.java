package dev.sqlcheck.processor.schema;

import java.util.Locale;

/**
 * Object names as Liquibase writes them into PostgreSQL DDL with its default (LEGACY) quoting: a
 * name with both upper- and lower-case letters, or with characters other than letters, digits and
 * {@code _}, is quoted and keeps its case ({@code MyTable}); any other name is left unquoted, so
 * PostgreSQL folds it to lower case ({@code USERS} becomes {@code users}).
 */
final class LiquibaseNames {
  private LiquibaseNames() {}

  /** The catalog name, or null for a null or blank name. */
  static String fold(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String name = written.strip();
    if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
      return name.substring(1, name.length() - 1);
    }
    boolean upper = name.chars().anyMatch(Character::isUpperCase);
    boolean lower = name.chars().anyMatch(Character::isLowerCase);
    boolean plain = name.matches("[A-Za-z_][A-Za-z0-9_]*");
    return (upper && lower) || !plain ? name : name.toLowerCase(Locale.ROOT);
  }
}
