package dev.sqlcheck.processor.collect;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link RoundElements} finds exactly what the compiler's own {@code getElementsAnnotatedWith}
 * finds, under javac and ecj, in declaration order: nested and deeply nested repositories, queries
 * in classes, records, enums and annotation-free types, default and static methods.
 */
class RoundElementsTest {
  /**
   * Compares the two searches in every round; keeps what both found. javac's search gives its
   * elements in declaration order, ecj's in no particular order, so under ecj only the sets are
   * compared (the walk's own order is checked below).
   */
  static final class Comparing extends AbstractProcessor {
    private final boolean ordered;

    Comparing(boolean ordered) {
      this.ordered = ordered;
    }

    final List<String> differences = new ArrayList<>();
    final List<String> repositories = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      TypeElement repository =
          processingEnv.getElementUtils().getTypeElement("dev.sqlcheck.SqlRepository");
      TypeElement query = processingEnv.getElementUtils().getTypeElement("dev.sqlcheck.Query");
      RoundElements found = RoundElements.of(round.getRootElements(), repository, query);
      List<Element> expectedRepositories =
          new ArrayList<>(round.getElementsAnnotatedWith(repository));
      List<Element> expectedQueries = new ArrayList<>(round.getElementsAnnotatedWith(query));
      if (!same(expectedRepositories, found.repositories())) {
        differences.add("repositories " + expectedRepositories + " vs " + found.repositories());
      }
      if (!same(expectedQueries, found.queries())) {
        differences.add("queries " + expectedQueries + " vs " + found.queries());
      }
      found.repositories().forEach(t -> repositories.add(t.getQualifiedName().toString()));
      found
          .queries()
          .forEach(
              m -> queries.add(m.getEnclosingElement().getSimpleName() + "." + m.getSimpleName()));
      return false;
    }

    private boolean same(List<Element> expected, List<? extends Element> found) {
      return ordered
          ? expected.equals(found)
          : expected.size() == found.size() && Set.copyOf(expected).equals(Set.copyOf(found));
    }
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void findsWhatGetElementsAnnotatedWithFinds_inTheSameOrder(Tool tool) {
    Comparing comparing = new Comparing(tool == Tool.JAVAC);
    Result r =
        new CompileHarness()
            .processor(() -> comparing)
            .source(
                "com.example.Outer",
                """
                package com.example;
                import dev.sqlcheck.*;
                public class Outer {
                  public void plain(int unused) {}
                  @SqlRepository
                  public interface First {
                    @Query("SELECT 1") int one();
                    @Query("SELECT 2") default int two() { return 2; }
                    interface Deeper {
                      @Query("SELECT 3") int three();
                      @SqlRepository interface Deepest { @Query("SELECT 4") int four(); }
                    }
                  }
                  public record Rec(int a) { @Query("SELECT 5") static int five() { return 5; } }
                  public enum E { A; @Query("SELECT 6") int six() { return 6; } }
                }
                """)
            .source(
                "com.example.Second",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface Second {
                  @Query("SELECT 7") int seven();
                  int notAQuery();
                }
                """)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertThat(comparing.differences).isEmpty();
    assertThat(comparing.repositories)
        .containsExactly(
            "com.example.Outer.First",
            "com.example.Outer.First.Deeper.Deepest",
            "com.example.Second");
    assertThat(comparing.queries)
        .containsExactly(
            "First.one",
            "First.two",
            "Deeper.three",
            "Deepest.four",
            "Rec.five",
            "E.six",
            "Second.seven");
  }
}
