package dev.sqlcheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one master Liquibase changelog and everything it includes, in changelog order, as Liquibase
 * 4 does on PostgreSQL: {@code include} and {@code includeAll} (with {@code
 * relativeToChangelogFile}; {@code includeAll} recurses and sorts by path), {@code sqlFile} and
 * {@code sql} changes (which become {@link SqlScript}s located in their own file), changelog
 * properties ({@code ${name}}, left as written when undefined), and the {@code dbms} filter on
 * changesets and changes ({@code postgresql} and {@code all} apply). The format readers ({@link
 * XmlChangelog}, {@link YamlChangelog}, {@link FormattedSql}) report what they find here.
 *
 * <p>A path that is not relative to the changelog is, for Liquibase, relative to its search path
 * (the class path root in a Maven or Spring project). sqlcheck tries the folder of the master
 * changelog and each folder above it, which finds {@code src/main/resources} from {@code
 * src/main/resources/db/changelog/master.xml}.
 */
final class Changelogs {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private final Path master;
  private final Path displayBase;
  private final List<SchemaStep> steps;
  private final List<Path> files;
  private final List<SourceProblem> problems;
  private final List<Migration> migrations;
  private final Map<String, String> properties = new HashMap<>();
  private final Set<Path> read = new HashSet<>();

  Changelogs(Path master, SchemaSources.Collected into) {
    this.master = master.toAbsolutePath().normalize();
    this.displayBase = this.master.getParent();
    this.steps = into.steps();
    this.files = into.files();
    this.problems = into.problems();
    this.migrations = into.migrations();
  }

  /** Where the next changeset's steps start, for {@link #endChangeSet}. */
  int beginChangeSet() {
    return steps.size();
  }

  /** Records a changeset that added steps since {@code start}, named {@code file::id::author}. */
  void endChangeSet(String file, String id, String author, int start) {
    if (steps.size() > start) {
      String name = file + "::" + (id == null ? "?" : id) + (author == null ? "" : "::" + author);
      migrations.add(new Migration(name, start, steps.size()));
    }
  }

  void readMaster() {
    readChangelog(master, master.getFileName().toString(), 0);
  }

  /** A formatted-SQL changelog given directly as a schema source. */
  void readFormatted(String display, String text) {
    read.add(master);
    FormattedSql.read(this, display, text);
  }

  String display(Path file) {
    return Texts.display(displayBase, file.toAbsolutePath().normalize());
  }

  /** Reads a changelog file of any supported format; {@code from} names who included it. */
  void readChangelog(Path file, String from, int fromLine) {
    Path normal = file.toAbsolutePath().normalize();
    String display = display(normal);
    if (!read.add(normal)) {
      problem(SourceProblem.Kind.INVALID, from, fromLine, display + " is included twice");
      return;
    }
    String text;
    try {
      text = Texts.read(normal);
    } catch (IOException e) {
      problem(SourceProblem.Kind.MISSING, from, fromLine, "cannot read " + display + ": " + e);
      return;
    }
    files.add(normal);
    String lower = display.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      XmlChangelog.read(this, normal, display, text);
    } else if (SchemaSources.isChangelog(normal)) {
      YamlChangelog.read(this, normal, display, text);
    } else if (FormattedSql.isFormatted(text)) {
      FormattedSql.read(this, display, text);
    } else {
      int start = beginChangeSet();
      steps.add(SqlScript.of(display, text)); // raw SQL: Liquibase runs it whole, as one changeset
      endChangeSet(display, "raw", "includeAll", start);
    }
  }

  /** {@code <include file=".." relativeToChangelogFile=".."/>}. */
  void include(String path, boolean relative, Path from, String fromDisplay, int line) {
    if (path == null || path.isBlank()) {
      problem(SourceProblem.Kind.INVALID, fromDisplay, line, "include has no file");
      return;
    }
    Path target = resolve(path, relative, from, fromDisplay, line, false);
    if (target != null) {
      readChangelog(target, fromDisplay, line);
    }
  }

  /** {@code <includeAll path=".."/>}: every changelog below the folder, sorted by path. */
  void includeAll(
      String path, boolean relative, String endsWith, Path from, String fromDisplay, int line) {
    Path dir = resolve(path == null ? "" : path, relative, from, fromDisplay, line, true);
    if (dir == null) {
      return;
    }
    List<Path> found;
    try (Stream<Path> walk = Files.walk(dir)) {
      found =
          walk.filter(Files::isRegularFile)
              .sorted((a, b) -> a.toString().compareTo(b.toString()))
              .toList();
    } catch (IOException e) {
      problem(SourceProblem.Kind.MISSING, fromDisplay, line, "cannot list " + dir + ": " + e);
      return;
    }
    int included = 0;
    for (Path file : found) {
      String name = file.getFileName().toString();
      if (endsWith != null && !endsWith.isBlank() && !name.endsWith(endsWith)) {
        continue;
      }
      if (!SchemaSources.isChangelog(file) && !name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
        problem(
            SourceProblem.Kind.SKIPPED,
            fromDisplay,
            line,
            "includeAll skips " + display(file) + ": not a changelog (.xml, .yaml, .json, .sql)");
        continue;
      }
      included++;
      readChangelog(file, fromDisplay, line);
    }
    if (included == 0) {
      problem(
          SourceProblem.Kind.INVALID,
          fromDisplay,
          line,
          "includeAll found no changelog in " + display(dir) + "; Liquibase fails on this too");
    }
  }

  /**
   * Where an included path points: next to {@code from} when relative, otherwise in the master's
   * folder or a folder above it (Liquibase's search path). Null, with an error, when nowhere.
   */
  private Path resolve(
      String raw, boolean relative, Path from, String fromDisplay, int line, boolean dir) {
    String path = raw.replaceFirst("^classpath\\*?:", "");
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    List<Path> candidates = new ArrayList<>();
    if (Paths.get(path).isAbsolute()) {
      candidates.add(Paths.get(path));
    } else if (relative) {
      candidates.add(from.getParent().resolve(path));
    } else {
      String stripped = path.startsWith("/") ? path.substring(1) : path;
      for (Path d = displayBase; d != null; d = d.getParent()) {
        candidates.add(d.resolve(stripped));
      }
      candidates.add(from.getParent().resolve(stripped));
    }
    for (Path c : candidates) {
      if (dir ? Files.isDirectory(c) : Files.isRegularFile(c)) {
        return c.normalize();
      }
    }
    problem(
        SourceProblem.Kind.MISSING,
        fromDisplay,
        line,
        (dir ? "includeAll folder \"" : "included file \"")
            + raw
            + "\" does not exist; looked for "
            + candidates.get(0).normalize()
            + (candidates.size() > 1 ? " and in the folders above it" : "")
            + (relative ? "" : " (or set relativeToChangelogFile=\"true\")"));
    return null;
  }

  /**
   * A change read from a changeset; {@code sql}, {@code sqlFile} and {@code createProcedure} (its
   * text or file, one statement, as Liquibase sends it) become scripts.
   */
  void change(ChangeNode change, Path changelog) {
    if (!dbmsApplies(change.attribute("dbms"), change.file(), change.line())) {
      return;
    }
    boolean split = !change.isFalse("splitStatements");
    String delimiter = change.attribute("endDelimiter");
    switch (change.type()) {
      case "sql" -> {
        String text = change.text() != null ? change.text() : change.attribute("sql");
        if (text != null) {
          steps.add(new SqlScript(change.file(), change.textLine(), text, split, delimiter));
        }
      }
      case "sqlFile" -> sqlFile(change, changelog, split, delimiter);
      case "createProcedure" -> {
        String text = change.text() != null ? change.text() : change.attribute("procedureText");
        if (text != null) {
          steps.add(new SqlScript(change.file(), change.textLine(), text, false, null));
        } else if (change.attribute("path") != null) {
          sqlFile(change, changelog, false, null);
        } else {
          steps.add(change);
        }
      }
      default -> steps.add(change);
    }
  }

  private void sqlFile(ChangeNode change, Path changelog, boolean split, String delimiter) {
    String path = change.attribute("path");
    if (path == null) {
      problem(SourceProblem.Kind.INVALID, change.file(), change.line(), "sqlFile has no path");
      return;
    }
    Path file =
        resolve(
            path,
            change.isTrue("relativeToChangelogFile"),
            changelog,
            change.file(),
            change.line(),
            false);
    if (file == null) {
      return;
    }
    try {
      String text = substitute(Texts.read(file));
      files.add(file);
      steps.add(new SqlScript(display(file), 1, text, split, delimiter));
    } catch (IOException e) {
      problem(
          SourceProblem.Kind.MISSING,
          change.file(),
          change.line(),
          "cannot read " + file + ": " + e);
    }
  }

  /** A formatted-SQL changeset's body, already filtered by its {@code dbms}. */
  void script(SqlScript script) {
    steps.add(script);
  }

  void property(String name, String value) {
    if (name != null && value != null) {
      properties.putIfAbsent(name, value); // the first definition wins, as in Liquibase
    }
  }

  /** {@code ${name}} replaced by defined properties; an undefined one stays as written. */
  String substitute(String text) {
    if (text == null || properties.isEmpty() || !text.contains("${")) {
      return text;
    }
    Matcher m = PROPERTY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = properties.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * True when a {@code dbms} list lets a changeset run on PostgreSQL. Liquibase silently skips
   * {@code dbms:postgres}; sqlcheck skips it too, but says so.
   */
  boolean dbmsApplies(String dbms, String file, int line) {
    if (dbms == null || dbms.isBlank()) {
      return true;
    }
    boolean named = false;
    boolean onlyNegations = true;
    for (String raw : dbms.split(",")) {
      String part = raw.strip().toLowerCase(Locale.ROOT);
      if (part.startsWith("!")) {
        if (part.substring(1).strip().equals("postgresql")) {
          return false;
        }
        continue;
      }
      onlyNegations = false;
      if (part.equals("postgresql") || part.equals("all")) {
        named = true;
      } else if (part.startsWith("postgres") || part.equals("pg") || part.equals("pgsql")) {
        problem(
            SourceProblem.Kind.SKIPPED,
            file,
            line,
            "dbms \""
                + raw.strip()
                + "\" is not Liquibase's name for PostgreSQL, so Liquibase skips this on"
                + " PostgreSQL and so does sqlcheck; write dbms=\"postgresql\"");
      }
    }
    return named || onlyNegations;
  }

  void problem(SourceProblem.Kind kind, String file, int line, String message) {
    problems.add(new SourceProblem(kind, file, line, message));
  }
}
