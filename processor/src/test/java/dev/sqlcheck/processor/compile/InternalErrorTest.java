package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.SqlCheckProcessor;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-000: an exception inside the processor becomes an error on the element being processed,
 * never a compiler crash, and the other repositories are still checked. The fault is real: the
 * processor runs against a Filer that throws an unchecked exception when asked for one
 * implementation, as a misbehaving build tool's Filer might.
 */
class InternalErrorTest {
  private static final String SCHEMA = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";

  @ParameterizedTest
  @EnumSource(Tool.class)
  void exceptionWhileGenerating_isAnInternalErrorOnTheType_andOthersAreStillChecked(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.Broken",
                """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.Optional;
            @SqlRepository
            public interface Broken {
              @Query("SELECT email FROM users WHERE id = :id")
              Optional<String> email(long id);
            }
            """)
            .source(
                "com.example.Other",
                """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            @SqlRepository
            public interface Other {
              @Query("SELECT emial FROM users")
              List<String> emails();
            }
            """)
            .schema(SCHEMA)
            .processor(() -> new FaultyFilerProcessor("com.example.BrokenImpl"))
            .compile(tool);

    List<Diag> internal =
        r.errors().stream().filter(d -> d.message().contains("[SQLCHECK-000]")).toList();
    assertWithMessage("%s", r).that(internal).hasSize(1);
    Diag crash = internal.get(0);
    assertThat(crash.file()).isEqualTo("Broken.java");
    assertThat(crash.line()).isEqualTo(5);
    assertThat(crash.message()).contains("internal error in sqlcheck");
    assertThat(crash.message()).contains("simulated Filer failure for com.example.BrokenImpl");
    assertThat(crash.message()).contains("Please report this");

    // The other repository is still checked, and its drift reported on its @Query line.
    List<Diag> drift =
        r.errors().stream().filter(d -> d.message().contains("[SQLCHECK-201]")).toList();
    assertWithMessage("%s", r).that(drift).hasSize(1);
    assertThat(drift.get(0).file()).isEqualTo("Other.java");
    assertThat(drift.get(0).line()).isEqualTo(6);
    assertThat(r.errors()).hasSize(2);
  }

  /** Runs sqlcheck against a Filer that throws when asked to create one given source file. */
  static final class FaultyFilerProcessor extends AbstractProcessor {
    private final SqlCheckProcessor delegate = new SqlCheckProcessor();
    private final String failingName;

    FaultyFilerProcessor(String failingName) {
      this.failingName = failingName;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      delegate.init(new FaultyEnvironment(env, failingName));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  private record FaultyEnvironment(ProcessingEnvironment env, String failingName)
      implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return new FaultyFiler(env.getFiler(), failingName);
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  private record FaultyFiler(Filer filer, String failingName) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originating)
        throws IOException {
      if (name.toString().equals(failingName)) {
        throw new IllegalStateException("simulated Filer failure for " + name);
      }
      return filer.createSourceFile(name, originating);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originating)
        throws IOException {
      return filer.createClassFile(name, originating);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence pkg,
        CharSequence relativeName,
        Element... originating)
        throws IOException {
      return filer.createResource(location, pkg, relativeName, originating);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, pkg, relativeName);
    }
  }
}
