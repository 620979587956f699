package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.analysis.SentType;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.collect.ElementProblem;
import dev.sqlcheck.processor.collect.QueryMethod;
import dev.sqlcheck.processor.collect.RepositoryRead;
import dev.sqlcheck.processor.collect.RepositoryReader;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.lint.MigrationLint;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.signature.EnumLabels;
import dev.sqlcheck.processor.signature.SentTypes;
import dev.sqlcheck.processor.signature.SignatureValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javax.lang.model.element.TypeElement;

/**
 * Handles one {@code @SqlRepository} type in three phases: read its query methods, check each query
 * against the catalog and each signature against its query (reporting every problem on the
 * {@code @Query} value it belongs to), then, only when nothing was wrong, generate the
 * implementation.
 *
 * <p>The phases are split across threads (see {@link Stage}). On javac's thread, {@link #prepare}
 * reads the type through the compiler and holds its reports back, and {@link #attach} gives it the
 * catalog; parsing, checking and rendering, which need no compiler, run as tasks on an {@link
 * AnalysisPool}; {@link #finish}, on javac's thread again, makes the reports and writes the file in
 * the order a one-by-one pass would, so the output does not depend on the threads.
 */
final class RepositoryStep {
  private final RepositoryReader reader;
  private final Reporter reporter;
  private final SchemaSession schema;
  private SignatureValidator signatures;
  private final SourceWriter sources;
  private final Dialect dialect;
  private final ManifestStep manifests;
  private final Consumer<String> beforeAnalysis;
  private final CheckSummary summary = new CheckSummary();
  private final Set<ProblemCode> disabled;
  private final List<MigrationLint.QueryUse> uses = new ArrayList<>();
  private QueryAnalyzer analyzer;
  private boolean emptySchemaReported;
  private QueryAnalyzer relaxedAnalyzer;
  private Catalog analyzedCatalog;

  /** {@code beforeAnalysis} sees each query's SQL on the thread about to analyse it (tests). */
  RepositoryStep(
      RepositoryReader reader,
      Reporter reporter,
      SchemaSession schema,
      SignatureValidator signatures,
      SourceWriter sources,
      Dialect dialect,
      ManifestStep manifests,
      Set<ProblemCode> disabled,
      Consumer<String> beforeAnalysis) {
    this.disabled = disabled;
    this.dialect = dialect;
    this.signatures = signatures;
    this.reader = reader;
    this.reporter = reporter;
    this.schema = schema;
    this.sources = sources;
    this.manifests = manifests;
    this.beforeAnalysis = beforeAnalysis;
  }

  /**
   * SQLCHECK-008 for the whole compilation, once, after the last repository: what the newest
   * migration renamed or dropped that the queries checked in this compilation use.
   */
  List<Problem> migrationWarnings() {
    if (disabled.contains(ProblemCode.MIGRATION_BREAKS_RUNNING_CODE) || analyzedCatalog == null) {
      return List.of();
    }
    List<Problem> out =
        MigrationLint.check(schema.newestChanges(), analyzedCatalog, List.copyOf(uses));
    uses.clear();
    return out;
  }

  /** The compilation's summary line, once, after the last repository; null when there is none. */
  String summaryLine() {
    return summary.line(schema.sourceNames(), schema.relations());
  }

  boolean needsLaterRound(TypeElement type) {
    return reader.needsLaterRound(type);
  }

  /**
   * Reads a repository through the compiler (javac's thread), holding its reports back, and queues
   * the parsing of its first queries on {@code pool}, which needs no catalog.
   */
  Stage prepare(TypeElement type, AnalysisPool pool) {
    DeferredReports early = new DeferredReports();
    RepositoryRead read;
    try {
      read = reader.read(type);
    } catch (RuntimeException | Error e) {
      early.internalError(e, type);
      return new Stage.Stopped(type, early);
    }
    for (ElementProblem p : read.problems()) {
      early.report(p.problem(), p.element());
    }
    if (!read.isInterface()) {
      return new Stage.Stopped(type, early);
    }
    List<Stage.Parse> parses = new ArrayList<>();
    for (QueryMethod m : read.methods()) {
      String sql = m.sql();
      parses.add(
          new Stage.Parse(
              m, pool.mayParseAhead() ? new FutureTask<>(() -> QueryAnalyzer.prepare(sql)) : null));
    }
    pool.countQueries(parses.size());
    for (Stage.Parse p : parses) {
      if (p.parse() != null) {
        pool.submit(p.parse());
      }
    }
    return new Stage.Read(type, early, read, parses);
  }

  /**
   * Gives a read repository the catalog (loading it on first use, on javac's thread, while the pool
   * parses) and queues its checks and rendering on {@code pool}.
   */
  Stage attach(Stage stage, AnalysisPool pool) {
    if (!(stage instanceof Stage.Read read)) {
      return stage;
    }
    Optional<Catalog> catalog;
    try {
      catalog = schema.catalog(read.type(), read.early());
    } catch (RuntimeException | Error e) {
      read.early().internalError(e, read.type());
      return new Stage.Stopped(read.type(), read.early());
    }
    if (catalog.isEmpty()) {
      return new Stage.StandIn(read.type(), read.early());
    }
    if (analyzer == null) {
      analyzer = new QueryAnalyzer(catalog.get(), dialect);
      relaxedAnalyzer = new QueryAnalyzer(catalog.get().withNullableColumns(), dialect);
      analyzedCatalog = catalog.get();
      signatures = signatures.withEnumLabels(enumLabels(catalog.get()));
    }
    QueryAnalyzer checker = analyzer;
    QueryAnalyzer relaxed = relaxedAnalyzer;
    SignatureValidator validator = signatures;
    List<Stage.Check> checks = new ArrayList<>();
    for (Stage.Parse p : read.parses()) {
      checks.add(
          new Stage.Check(
              p.query(), new FutureTask<>(() -> check(p, checker, relaxed, validator))));
    }
    FutureTask<Stage.Rendered> render = null;
    RepositoryRead.Target target = read.read().target();
    if (target != null) {
      Catalog forManifest = analyzedCatalog;
      render = new FutureTask<>(() -> Renderer.render(checks, target, dialect, forManifest));
    }
    for (Stage.Check c : checks) {
      pool.submit(c.task());
    }
    if (render != null) {
      pool.submit(render);
    }
    return new Stage.Checking(read.type(), read.early(), read.read(), checks, render);
  }

  /**
   * The labels of the catalog's enums. A query's enum types carry no schema, so an unqualified name
   * resolves as the schema loader resolved it: through the search path, then {@code public}.
   */
  private static EnumLabels enumLabels(Catalog catalog) {
    return type -> catalog.enumLabels(type.name());
  }

  /** The analysis without the problems of lints the user switched off. */
  private QueryAnalysis withoutDisabled(QueryAnalysis a) {
    if (disabled.isEmpty() || a.problems().stream().noneMatch(p -> disabled.contains(p.code()))) {
      return a;
    }
    return a.withProblems(a.problems().stream().filter(p -> !disabled.contains(p.code())).toList());
  }

  private Stage.Checked check(
      Stage.Parse parse, QueryAnalyzer checker, QueryAnalyzer relaxed, SignatureValidator validator)
      throws ExecutionException {
    QueryMethod query = parse.query();
    String sql = query.sql();
    QueryAnalyzer.Prepared prepared =
        parse.parse() == null
            ? QueryAnalyzer.prepare(sql, dialect)
            : AnalysisPool.await(parse.parse());
    beforeAnalysis.accept(sql);
    QueryAnalysis analysis = withoutDisabled(checker.resolve(prepared));
    if (query.unchecked()) {
      analysis = QueryAnalyzer.unchecked(analysis, sql);
    }
    if (query.model() == null) {
      return new Stage.Checked(analysis, null);
    }
    // a signature cannot be checked on broken SQL
    SignatureValidator.Result signature =
        analysis.hasErrors() ? null : validator.validate(query.model(), analysis);
    Map<String, SentType> sent =
        query.unchecked() ? Map.of() : SentTypes.of(query.model(), dialect);
    if (!sent.isEmpty() && (!passed(signature) || SentTypes.differ(analysis, sent))) {
      return asSent(query, prepared, analysis, signature, sent, checker, relaxed, validator);
    }
    if (!passed(signature)) {
      return new Stage.Checked(analysis, signature);
    }
    return checked(query, prepared, analysis, signature, relaxed, Map.of());
  }

  private static boolean passed(SignatureValidator.Result signature) {
    return signature != null && signature.plan() != null;
  }

  /**
   * PREPARE types a parameter by where it stands, but the driver declares the type of the values in
   * {@code sent} (a long goes as bigint), and PostgreSQL resolves the query as it runs with them:
   * that analysis decides. Where both analyses fail, PREPARE's errors stand, as they name the
   * parameter.
   */
  private Stage.Checked asSent(
      QueryMethod query,
      QueryAnalyzer.Prepared prepared,
      QueryAnalysis analysis,
      SignatureValidator.Result signature,
      Map<String, SentType> sent,
      QueryAnalyzer checker,
      QueryAnalyzer relaxed,
      SignatureValidator validator) {
    QueryAnalysis typed = withoutDisabled(checker.resolve(prepared, sent));
    SignatureValidator.Result retyped =
        typed.hasErrors() ? null : validator.validate(query.model(), typed);
    if (passed(retyped)) {
      return checked(query, prepared, typed, retyped, relaxed, sent);
    }
    String note = SentTypes.note(analysis, sent);
    if (retyped != null) {
      // the query runs; the method's signature does not fit what it returns or takes
      return new Stage.Checked(typed, SentTypes.withNote(retyped, note));
    }
    if (!passed(signature)) {
      return new Stage.Checked(analysis, signature);
    }
    return new Stage.Checked(SentTypes.withNote(typed, note), null);
  }

  /** A query that passed, with the all-columns-nullable analysis the manifest may need. */
  private static Stage.Checked checked(
      QueryMethod query,
      QueryAnalyzer.Prepared prepared,
      QueryAnalysis analysis,
      SignatureValidator.Result signature,
      QueryAnalyzer relaxed,
      Map<String, SentType> sent) {
    if (query.unchecked() || !ManifestStep.readsUnguardedPrimitive(signature.plan())) {
      return new Stage.Checked(analysis, signature);
    }
    return new Stage.Checked(analysis, signature, relaxed.resolve(prepared, sent));
  }

  /**
   * Makes a repository's reports and writes its implementation or stand-in (javac's thread). An
   * exception thrown by a query's check is an internal error on that method, and the other queries
   * are still checked; any other exception escapes, as it did before threads.
   */
  void finish(Stage stage) {
    stage.early().replay(reporter);
    if (stage instanceof Stage.StandIn) {
      writeStandIn(stage.type());
    } else if (stage instanceof Stage.Checking checking) {
      finishChecking(checking);
    }
  }

  private void finishChecking(Stage.Checking stage) {
    boolean clean = true;
    for (Stage.Check check : stage.checks()) {
      clean &= finish(check);
    }
    RepositoryRead read = stage.read();
    if (clean && read.lateError() != null) {
      throw AnalysisPool.unchecked(read.lateError());
    }
    if (clean && read.complete()) {
      Stage.Rendered rendered;
      try {
        rendered = AnalysisPool.await(stage.render());
      } catch (ExecutionException e) {
        throw AnalysisPool.unchecked(e.getCause());
      }
      sources.write(stage.type(), read.target().impl().qualified(), rendered.source());
      if (rendered.manifest() != null) {
        sources.writeResource(stage.type(), rendered.manifest().name(), rendered.manifest().text());
      } else {
        writeManifest(stage);
      }
    } else {
      writeStandIn(stage.type());
    }
  }

  /** The run-time verifier's manifest, once the implementation was written. */
  private void writeManifest(Stage.Checking stage) {
    try {
      manifests.write(stage.type(), stage.read().target(), analyzedCatalog, stage.checks());
    } catch (ExecutionException e) {
      throw AnalysisPool.unchecked(e.getCause());
    }
  }

  /** Reports one query's problems; true when it checked clean. */
  private boolean finish(Stage.Check check) {
    QueryMethod q = check.query();
    Stage.Checked checked;
    try {
      checked = AnalysisPool.await(check.task());
    } catch (ExecutionException e) {
      reporter.internalError(e.getCause(), q.method());
      return false;
    }
    summary.query(checked.analysis().problems(), q.unchecked());
    uses.add(
        new MigrationLint.QueryUse(
            q.method().getEnclosingElement().getSimpleName() + "." + q.method().getSimpleName(),
            checked.analysis().references()));
    for (Problem p : checked.analysis().problems()) {
      if (schema.isEmpty() && p.code() == ProblemCode.UNKNOWN_TABLE) {
        reportEmptySchema(q); // one error on the schema, not one per query
      } else {
        reporter.report(p, q.sql(), q.method(), q.annotation(), q.value());
      }
    }
    if (checked.analysis().hasErrors()) {
      return false;
    }
    if (q.modelError() != null) {
      throw AnalysisPool.unchecked(q.modelError());
    }
    for (Problem p : checked.signature().problems()) {
      reporter.report(p, q.sql(), q.method(), q.annotation(), q.value());
    }
    return checked.signature().plan() != null;
  }

  private void reportEmptySchema(QueryMethod q) {
    if (!emptySchemaReported) {
      emptySchemaReported = true;
      Problem p = Message.EMPTY_SCHEMA.unpositioned(String.join(", ", schema.sourceNames()));
      reporter.report(p, null, q.method(), q.annotation(), q.value());
    }
  }

  /**
   * A repository with errors gets a stand-in implementation whose methods throw, so that its users
   * elsewhere do not add "cannot find symbol" errors on top of the real ones. The build still fails
   * on those. Generic repositories are unsupported and get none.
   */
  private void writeStandIn(TypeElement type) {
    reader.stub(type).ifPresent(plan -> sources.writeStub(type, plan, reader.generatedVisible()));
  }

  /** Renders an implementation once every query of the repository checked clean. */
  private static final class Renderer {
    private Renderer() {}

    static Stage.Rendered render(
        List<Stage.Check> checks, RepositoryRead.Target target, Dialect dialect, Catalog catalog)
        throws ExecutionException {
      List<MethodPlan> plans = new ArrayList<>();
      List<Stage.Checked> checked = new ArrayList<>();
      for (Stage.Check c : checks) {
        Stage.Checked one = AnalysisPool.await(c.task());
        if (one.signature() == null || one.signature().plan() == null) {
          return null;
        }
        plans.add(one.signature().plan());
        checked.add(one);
      }
      String source = SourceWriter.render(plans, target);
      return new Stage.Rendered(
          source, ManifestStep.render(dialect, catalog, target, checks, checked));
    }
  }
}
