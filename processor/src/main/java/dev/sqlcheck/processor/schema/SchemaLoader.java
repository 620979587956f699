package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a {@link Catalog} by replaying schema sources statement by statement. Never throws on bad
 * SQL: a statement that should have shaped the catalog but did not parse becomes a warning, and the
 * relation it defines becomes unknown.
 *
 * <p>Each statement is first classified by its leading keywords; those that cannot change the
 * catalog (COMMENT, GRANT, CREATE INDEX/FUNCTION/TRIGGER, INSERT, COPY, SET, ALTER TABLE .. OWNER
 * TO, ...) are skipped without parsing. Plain CREATE TABLE statements are read from tokens by
 * {@link CreateTableReader}; only those it does not fully understand go to the parser, which starts
 * cold inside javac.
 */
public final class SchemaLoader {
  private final Dialect dialect;
  private final ViewColumnResolver resolver;
  private final boolean readTablesFromTokens;

  /** A PostgreSQL loader that cannot derive view columns: views get unknown columns. */
  public SchemaLoader() {
    this(Dialects.postgresql(), ViewColumnResolver.NONE);
  }

  /** A PostgreSQL loader that derives the columns of views through {@code resolver}. */
  public SchemaLoader(ViewColumnResolver resolver) {
    this(Dialects.postgresql(), resolver);
  }

  /** A loader for {@code dialect} that derives the columns of views through {@code resolver}. */
  public SchemaLoader(Dialect dialect, ViewColumnResolver resolver) {
    this(dialect, resolver, true);
  }

  /**
   * A loader that reads plain CREATE TABLE statements from tokens ({@link CreateTableReader}) when
   * {@code readTablesFromTokens}, and otherwise always with the parser; tests compare the two.
   */
  SchemaLoader(ViewColumnResolver resolver, boolean readTablesFromTokens) {
    this(Dialects.postgresql(), resolver, readTablesFromTokens);
  }

  private SchemaLoader(Dialect dialect, ViewColumnResolver resolver, boolean readTablesFromTokens) {
    this.dialect = dialect;
    this.resolver = resolver == null ? ViewColumnResolver.NONE : resolver;
    this.readTablesFromTokens = readTablesFromTokens;
  }

  /** Loads the sources in order, as if run one after another against an empty database. */
  public SchemaLoadResult load(List<SchemaSource> sources) {
    LoadContext ctx = new LoadContext(dialect, resolver);
    int statements = 0;
    int parsed = 0;
    int skipped = 0;
    int failed = 0;
    for (SchemaSource source : sources) {
      for (ScriptStatement statement : StatementSplitter.split(source.text())) {
        statements++;
        ctx.at(source.name(), statement.line());
        StatementClassifier.Classification classified =
            StatementClassifier.classification(statement.text());
        if (classified.kind() == DdlKind.SKIP) {
          skipped++;
        } else if (applySafely(ctx, classified, statement.text())) {
          parsed++;
        } else {
          failed++;
        }
      }
    }
    return new SchemaLoadResult(
        ctx.catalog.build(),
        ctx.diagnostics(),
        new SchemaLoadResult.Stats(statements, parsed, skipped, failed));
  }

  /** Applies one statement; whatever goes wrong inside stays with this statement. */
  private boolean applySafely(
      LoadContext ctx, StatementClassifier.Classification classified, String sql) {
    DdlKind kind = classified.kind();
    try {
      return apply(ctx, classified, sql);
    } catch (RuntimeException | Error e) {
      if (e instanceof OutOfMemoryError oom) {
        throw oom;
      }
      if (kind == DdlKind.CREATE_TABLE || kind == DdlKind.CREATE_VIEW) {
        Failures.createFailed(ctx, kind.name().replace('_', ' '), sql, e.toString());
      } else {
        ctx.warn(Message.STATEMENT_NOT_INTERPRETED, e);
      }
      return false;
    }
  }

  private boolean apply(
      LoadContext ctx, StatementClassifier.Classification classified, String sql) {
    return switch (classified.kind()) {
      case CREATE_TABLE ->
          (readTablesFromTokens && CreateTableInterpreter.applyWithoutParser(ctx, sql))
              || CreateTableInterpreter.apply(ctx, sql);
      case CREATE_VIEW -> ViewInterpreter.apply(ctx, sql);
      case ALTER_TABLE -> AlterTableInterpreter.apply(ctx, classified.alterTable());
      case ALTER_VIEW -> SimpleDdl.alterView(ctx, sql);
      case DROP_RELATIONS -> SimpleDdl.drop(ctx, sql);
      case CREATE_SCHEMA -> SimpleDdl.createSchema(ctx, sql);
      case SET_SEARCH_PATH -> SimpleDdl.searchPath(ctx, sql);
      case CREATE_ENUM -> TypeDdl.createEnum(ctx, sql);
      case ALTER_TYPE -> TypeDdl.alterType(ctx, sql);
      case CREATE_DOMAIN -> TypeDdl.createDomain(ctx, sql);
      case CREATE_FUNCTION -> SimpleDdl.createFunction(ctx, sql);
      case CREATE_TRIGGER_OR_RULE -> SimpleDdl.insteadOf(ctx, sql);
      case DO_BLOCK -> TypeDdl.enumsInBlock(ctx, sql);
      case SKIP -> true;
    };
  }

  /**
   * Reads a schema path: a single {@code .sql} file, or a folder whose {@code .sql} files are
   * migrations applied in version order ({@code V1__}, {@code V1_1__}, {@code V2__} sort
   * numerically; see {@link MigrationOrder}).
   */
  public static List<SchemaSource> read(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(readFile(path));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(path)) {
      files =
          listing
              .filter(p -> Files.isRegularFile(p))
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .endsWith(".sql"))
              .sorted(
                  (a, b) ->
                      MigrationOrder.INSTANCE.compare(
                          a.getFileName().toString(), b.getFileName().toString()))
              .toList();
    }
    List<SchemaSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(readFile(file));
    }
    return sources;
  }

  private static SchemaSource readFile(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark would make the first keyword unreadable
    }
    return new SchemaSource(file.getFileName().toString(), text);
  }
}
