package dev.sqlcheck.junit;

import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.VerificationReport;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link SqlCheckDatabase}: before the first test of a class it creates a
 * fresh database, applies the schema, verifies the repositories (a mismatch fails every test of the
 * class with the report), and keeps the database for the class's tests, dropping it after the last
 * one.
 */
public final class SqlCheckExtension implements BeforeAllCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(SqlCheckExtension.class);
  private static final String KEY = "database";

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(KEY) != null) {
      return; // a @Nested class: its enclosing class set the database up
    }
    SqlCheckDatabase config = config(context.getRequiredTestClass());
    TestDatabase database = TestDatabase.fresh(config.image());
    store.put(KEY, database);
    List<SchemaSource> sources =
        SchemaSource.resolve(config.schema(), context.getRequiredTestClass().getClassLoader());
    SchemaApplier.apply(
        database.dataSource(), sources, SchemaApplier.placeholders(config.placeholders()));
    VerificationReport report = verify(database.dataSource(), config, context);
    if (!report.ok()) {
      throw new AssertionError(
          "the repositories do not match the schema applied from " + sources + ":\n" + report);
    }
  }

  private static VerificationReport verify(
      DataSource dataSource, SqlCheckDatabase config, ExtensionContext context) {
    if (config.repositories().length > 0) {
      return SqlCheck.verify(dataSource, config.repositories());
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(context.getRequiredTestClass().getClassLoader());
    try {
      return SqlCheck.verify(dataSource);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The annotation on the class, or on a class enclosing it. */
  private static SqlCheckDatabase config(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      Optional<SqlCheckDatabase> found =
          AnnotationSupport.findAnnotation(c, SqlCheckDatabase.class);
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException(
        type.getName() + " uses SqlCheckExtension without @SqlCheckDatabase; annotate the class");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DataSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestDatabase database = context.getStore(NAMESPACE).get(KEY, TestDatabase.class);
    if (database == null) {
      throw new ParameterResolutionException(
          "no sqlcheck database for " + parameter.getDeclaringExecutable());
    }
    return database.dataSource();
  }
}
