package dev.sqlcheck.bench;

import java.util.List;
import javax.sql.DataSource;

/** The implementations of {@link BenchRepository} under comparison, by their JMH parameter name. */
public final class Implementations {
  /** Every name {@link #create} accepts, the physical limit first. */
  public static final List<String> NAMES = List.of("handwritten", "generated", "jdbi", "spring");

  private Implementations() {}

  public static BenchRepository create(String name, DataSource dataSource) {
    return switch (name) {
      case "generated" -> new BenchRepositoryImpl(dataSource);
      case "handwritten" -> new HandWrittenRepository(dataSource);
      case "jdbi" -> JdbiRepository.create(dataSource);
      case "spring" -> new SpringRepository(dataSource);
      default ->
          throw new IllegalArgumentException(
              "unknown implementation \"" + name + "\"; use one of " + NAMES);
    };
  }
}
