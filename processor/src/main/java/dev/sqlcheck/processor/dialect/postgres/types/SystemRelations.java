package dev.sqlcheck.processor.dialect.postgres.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables and views of {@code pg_catalog} and {@code information_schema} in PostgreSQL 14 to 18
 * ({@code pg-system-relations.txt}), read on first use. For a set of versions, a relation has the
 * columns every one of them has, with one type (a domain's base type, as a query's result describes
 * it) and NOT NULL where all of them say so; a column only some of the versions have is left out,
 * and the relation is then marked incomplete.
 */
public final class SystemRelations {
  static final String NAME = "pg-system-relations.txt";

  /** A column of a system relation. */
  public record SystemColumn(String name, String type, boolean notNull) {}

  /**
   * A system relation as the versions checked all have it.
   *
   * @param complete whether every column some version has is among {@code columns}
   */
  public record SystemRelation(
      String schema, String name, boolean view, List<SystemColumn> columns, boolean complete) {}

  /** One line of the resource: a column as some versions have it. */
  private record Line(String kind, String column, String type, boolean notNull, int versions) {}

  private final Map<String, List<Line>> relations = new HashMap<>();

  private static final class Holder {
    static final SystemRelations INSTANCE = load();
  }

  private SystemRelations() {}

  private static SystemRelations load() {
    SystemRelations s = new SystemRelations();
    try (BufferedReader reader = CatalogResource.open(NAME)) {
      CatalogResource.readLines(
          reader,
          (section, line) -> {
            String[] f = line.split("\t", -1);
            s.relations
                .computeIfAbsent(f[0] + "." + f[1], k -> new ArrayList<>())
                .add(
                    new Line(f[2], f[3], f[4], f[5].equals("notnull"), VersionDiff.versions(f[6])));
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NAME, e);
    }
    return s;
  }

  /**
   * The relation {@code schema.name} ({@code pg_catalog} when {@code schema} is null) as all of
   * {@code versions} have it, or empty when none of them has it.
   */
  public static Optional<SystemRelation> find(String schema, String name, Set<Integer> versions) {
    String s = schema == null ? "pg_catalog" : schema;
    List<Line> lines = Holder.INSTANCE.relations.get(s + "." + name);
    if (lines == null) {
      return Optional.empty();
    }
    int wanted = 0;
    for (int v : versions) {
      wanted |= 1 << v;
    }
    Map<String, List<Line>> byColumn = new LinkedHashMap<>();
    boolean view = false;
    for (Line l : lines) {
      if ((l.versions() & wanted) != 0) {
        byColumn.computeIfAbsent(l.column(), k -> new ArrayList<>()).add(l);
        view |= l.kind().equals("v");
      }
    }
    if (byColumn.isEmpty()) {
      return Optional.empty();
    }
    List<SystemColumn> columns = new ArrayList<>();
    boolean complete = true;
    for (Map.Entry<String, List<Line>> e : byColumn.entrySet()) {
      int covered = 0;
      boolean notNull = true;
      String type = e.getValue().get(0).type();
      boolean oneType = true;
      for (Line l : e.getValue()) {
        covered |= l.versions();
        notNull &= l.notNull();
        oneType &= l.type().equals(type);
      }
      if ((covered & wanted) == wanted && oneType) {
        columns.add(new SystemColumn(e.getKey(), type, notNull));
      } else {
        complete = false;
      }
    }
    return Optional.of(new SystemRelation(s, name, view, List.copyOf(columns), complete));
  }
}
