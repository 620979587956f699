package dev.sqlcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods each carry a {@link Query}. At compile time sqlcheck
 * checks every query against the schema and generates {@code <Name>Impl}, a plain-JDBC
 * implementation with a public {@code (javax.sql.DataSource)} constructor.
 *
 * <pre>{@code
 * @SqlRepository
 * public interface BookRepository {
 *   @Query("SELECT title FROM books WHERE id = :id")
 *   Optional<String> findTitle(long id);
 * }
 *
 * BookRepository books = new BookRepositoryImpl(dataSource);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SqlRepository {}
