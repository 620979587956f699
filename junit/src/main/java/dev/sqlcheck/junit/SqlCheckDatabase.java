package dev.sqlcheck.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a DAO test class a fresh PostgreSQL database with the module's schema applied, after
 * checking every {@code @SqlRepository} against it with {@code SqlCheck.verify}. Test methods,
 * constructors and lifecycle methods receive it as a {@link javax.sql.DataSource} parameter.
 *
 * <pre>{@code
 * @SqlCheckDatabase
 * class LoanRepositoryTest {
 *   @Test
 *   void lendsACopy(DataSource dataSource) {
 *     LoanRepository loans = new LoanRepositoryImpl(dataSource);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The database: the PostgreSQL server in the environment variable {@code
 * SQLCHECK_TEST_POSTGRES_URL} when it is set (a new database is created on it for each test class
 * and dropped afterwards), otherwise a container started through Testcontainers when Docker runs
 * and Testcontainers is on the test class path. Without either the tests are skipped with a
 * message, except under {@code CI=true}, where they fail.
 *
 * <p>The schema: see {@link #schema()}. The tests of one class share the database; {@code @Nested}
 * classes share their enclosing class's.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SqlCheckExtension.class)
public @interface SqlCheckDatabase {
  /**
   * The schema sources, as {@code -Asqlcheck.schema} takes them: a {@code .sql} file, a Flyway
   * folder ({@code V…__…sql}, {@code R__…sql}), or a Liquibase changelog ({@code .xml}, {@code
   * .yaml}, {@code .yml}, {@code .json}, or formatted SQL). A path is a file relative to the
   * working directory (the module folder under Maven), or a class path resource when it starts with
   * {@code classpath:}. When empty: the system property {@code sqlcheck.schema} (comma-separated),
   * else {@code schema.sql} on the class path (where the processor finds it by default), else
   * {@code db/migration} on the class path (Flyway's default), else {@code
   * db/changelog/db.changelog-master.yaml} (or {@code .yml}, {@code .xml}, {@code .json}, {@code
   * .sql}).
   */
  String[] schema() default {};

  /**
   * The values of Flyway's {@code ${…}} placeholders, {@code name=value} each, as {@code
   * -Asqlcheck.placeholders} takes them; Flyway gets them when it applies a Flyway folder. When
   * empty: the system property {@code sqlcheck.placeholders} (comma-separated).
   */
  String[] placeholders() default {};

  /** The repositories to verify; when empty, every one compiled into the class path. */
  Class<?>[] repositories() default {};

  /** The image Testcontainers starts when no server is given in the environment. */
  String image() default "postgres:16-alpine";
}
