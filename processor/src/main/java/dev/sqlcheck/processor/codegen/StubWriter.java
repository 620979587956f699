package dev.sqlcheck.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Types;
import javax.sql.DataSource;

/**
 * Writes a stand-in {@code <Name>Impl} for a repository that has errors. The compilation fails
 * on those errors anyway; the stand-in only keeps every use of {@code new <Name>Impl(ds)}
 * elsewhere from adding a "cannot find symbol" error that would bury the real ones. Each of its
 * methods throws, so it could do no harm even if it were ever run.
 */
public final class StubWriter {
  private StubWriter() {}

  public static JavaFile write(
      DeclaredType repository,
      String packageName,
      String implName,
      List<ExecutableElement> methods,
      Types types,
      boolean annotateGenerated) {
    String message =
        "sqlcheck reported errors for " + repository.asElement().getSimpleName()
            + "; this stand-in exists only so that the rest of the code compiles";
    ClassName impl = ClassName.get(packageName, implName);
    TypeSpec.Builder type = TypeSpec.classBuilder(impl);
    if (annotateGenerated) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
              .addMember("value", "$S", RepositoryWriter.GENERATOR)
              .build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(repository)
        .addJavadoc("Stand-in written because sqlcheck reported errors; every method throws.\n")
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("throw new $T($S)", IllegalStateException.class, message)
                .build());
    for (ExecutableElement method : methods) {
      type.addMethod(
          MethodSpec.overriding(method, repository, types)
              .addStatement("throw new $T($S)", IllegalStateException.class, message)
              .build());
    }
    return JavaFile.builder(impl.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
