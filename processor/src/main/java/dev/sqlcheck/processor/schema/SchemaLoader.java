package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.sources.ChangeNode;
import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SchemaStep;
import dev.sqlcheck.sources.SourceProblem;
import dev.sqlcheck.sources.SourceSet;
import dev.sqlcheck.sources.SqlScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    List<SchemaStep> steps = new ArrayList<>();
    for (SchemaSource source : sources) {
      steps.add(SqlScript.of(source.name(), source.text()));
    }
    return loadSteps(steps);
  }

  /**
   * Replays schema steps in order: SQL scripts statement by statement, Liquibase changes through
   * {@link ChangeInterpreter}. Each is located in its own file and line.
   */
  public SchemaLoadResult loadSteps(List<SchemaStep> steps) {
    LoadContext ctx = new LoadContext(dialect, resolver);
    int[] counts = new int[4]; // statements, parsed, skipped, failed
    for (SchemaStep step : steps) {
      if (step instanceof SqlScript script) {
        replay(ctx, script, counts);
      } else if (step instanceof ChangeNode change) {
        counts[0]++;
        ctx.at(change.file(), change.line());
        Runnable keys = LiquibaseConstraints.before(ctx, change);
        counts[ChangeInterpreter.applySafely(ctx, change) ? 1 : 3]++;
        keys.run();
      }
    }
    ctx.temporaries.end(ctx);
    SchemaLints.finish(ctx);
    ctx.catalog.keys(ctx.objects.keys());
    return new SchemaLoadResult(
        ctx.catalog.build(),
        ctx.diagnostics(),
        new SchemaLoadResult.Stats(counts[0], counts[1], counts[2], counts[3]));
  }

  private void replay(LoadContext ctx, SqlScript script, int[] counts) {
    List<ScriptStatement> statements =
        script.split()
            ? StatementSplitter.split(script.text(), script.delimiter())
            : List.of(new ScriptStatement(script.text().strip(), firstLine(script.text())));
    for (ScriptStatement statement : statements) {
      if (statement.text().isEmpty()) {
        continue;
      }
      counts[0]++;
      ctx.at(script.file(), script.line() + statement.line() - 1);
      Runnable keys = ConstraintDdl.before(ctx, statement.text());
      StatementClassifier.Classification classified =
          StatementClassifier.classification(statement.text());
      if (classified.kind() == DdlKind.SKIP) {
        counts[2]++;
      } else if (applySafely(ctx, classified, statement.text())) {
        counts[1]++;
      } else {
        counts[3]++;
      }
      keys.run();
    }
  }

  /**
   * A statement inside a DO block, applied as at the top level: its keys too, so that a table
   * dropped with CASCADE and rebuilt in a block loses the keys PostgreSQL drops with it.
   */
  private boolean applyWithKeys(
      LoadContext ctx, StatementClassifier.Classification classified, String sql) {
    Runnable keys = ConstraintDdl.before(ctx, sql);
    boolean applied = apply(ctx, classified, sql);
    keys.run();
    return applied;
  }

  /** The 1-based line of the first non-blank character of {@code text}. */
  private static int firstLine(String text) {
    int line = 1;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
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
    boolean applied = applyKind(ctx, classified, sql);
    if (applied) {
      ctx.temporaries.applied(classified.kind(), sql, ctx.location());
    }
    return applied;
  }

  private boolean applyKind(
      LoadContext ctx, StatementClassifier.Classification classified, String sql) {
    return switch (classified.kind()) {
      case CREATE_TABLE ->
          StrictDdl.accepts(ctx, sql, "CREATE TABLE")
              && ((readTablesFromTokens && CreateTableInterpreter.applyWithoutParser(ctx, sql))
                  || CreateTableInterpreter.apply(ctx, sql));
      case CREATE_VIEW -> StrictDdl.accepts(ctx, sql, null) && ViewInterpreter.apply(ctx, sql);
      case SELECT_INTO -> SelectInto.apply(ctx, sql);
      case IMPORT_FOREIGN_SCHEMA -> SchemaDdl.importForeignSchema(ctx, sql);
      case ALTER_TABLE ->
          StrictDdl.acceptsAlter(ctx, sql, classified.alterTable().nameParts())
              && AlterTableInterpreter.apply(ctx, classified.alterTable());
      case ALTER_VIEW -> SimpleDdl.alterView(ctx, sql);
      case DROP_RELATIONS -> SimpleDdl.drop(ctx, sql);
      case DROP_OBJECTS -> ObjectDdl.drop(ctx, sql);
      case ALTER_OBJECT -> ObjectDdl.alter(ctx, sql);
      case CREATE_SCHEMA -> SchemaDdl.createSchema(ctx, sql, (c, s) -> applyWithKeys(ctx, c, s));
      case SET_SEARCH_PATH -> SchemaDdl.searchPath(ctx, sql);
      case CREATE_ENUM -> TypeDdl.createEnum(ctx, sql);
      case CREATE_COMPOSITE -> TypeDdl.createComposite(ctx, sql);
      case ALTER_COMPOSITE -> TypeDdl.alterComposite(ctx, sql, (c, s) -> applyWithKeys(ctx, c, s));
      case ALTER_TYPE -> TypeDdl.alterType(ctx, sql);
      case CREATE_DOMAIN -> TypeDdl.createDomain(ctx, sql);
      case CREATE_FUNCTION -> SimpleDdl.createFunction(ctx, sql);
      case CREATE_SEQUENCE -> SimpleDdl.createSequence(ctx, sql);
      case CREATE_AGGREGATE -> SimpleDdl.createAggregate(ctx, sql);
      case CREATE_EXTENSION -> SimpleDdl.createExtension(ctx, sql);
      case CREATE_OPERATOR_OR_CAST -> SimpleDdl.createOperatorOrCast(ctx, sql);
      case CREATE_TRIGGER_OR_RULE -> SimpleDdl.insteadOf(ctx, sql);
      case DO_BLOCK -> DoBlockInterpreter.apply(ctx, sql, (c, s) -> applyWithKeys(ctx, c, s));
      case SKIP -> true;
    };
  }

  /**
   * Reads a schema path of plain SQL: a single {@code .sql} file, or a folder of migrations in the
   * order Flyway applies them (see {@link SchemaSources}). For tests and tools; the processor reads
   * every kind of source through {@link SchemaSources} and {@link #loadSteps}.
   */
  public static List<SchemaSource> read(Path path) throws IOException {
    SourceSet set = SchemaSources.read(List.of(path));
    for (SourceProblem p : set.problems()) {
      if (p.isError()) {
        throw new IOException(p.toString());
      }
    }
    List<SchemaSource> sources = new ArrayList<>();
    for (SchemaStep step : set.steps()) {
      if (step instanceof SqlScript script) {
        sources.add(new SchemaSource(script.file(), script.text()));
      }
    }
    return sources;
  }
}
