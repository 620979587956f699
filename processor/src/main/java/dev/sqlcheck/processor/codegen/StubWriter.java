package dev.sqlcheck.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.MethodSignature;
import dev.sqlcheck.processor.model.StubPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Writes a stand-in {@code <Name>Impl} for a repository that has errors. The compilation fails on
 * those errors anyway; the stand-in only keeps every use of {@code new <Name>Impl(ds)} elsewhere
 * from adding a "cannot find symbol" error that would bury the real ones. Each of its methods
 * throws, so it could do no harm even if it were ever run.
 */
public final class StubWriter {
  private StubWriter() {}

  public static JavaFile write(StubPlan plan, boolean annotateGenerated) {
    String message =
        "sqlcheck reported errors for "
            + plan.repository().simpleName()
            + "; this stand-in exists only so that the rest of the code compiles";
    ClassName impl = ClassName.get(plan.repository().packageName(), plan.implName());
    TypeSpec.Builder type = TypeSpec.classBuilder(impl);
    if (annotateGenerated) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
              .addMember("value", "$S", RepositoryWriter.GENERATOR)
              .build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(TypeNames.of(plan.repository()))
        .addJavadoc("Stand-in written because sqlcheck reported errors; every method throws.\n")
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("throw new $T($S)", IllegalStateException.class, message)
                .build());
    for (MethodSignature method : plan.methods()) {
      type.addMethod(
          overriding(method)
              .addStatement("throw new $T($S)", IllegalStateException.class, message)
              .build());
    }
    return JavaFile.builder(impl.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec.Builder overriding(MethodSignature method) {
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC);
    for (MethodSignature.TypeParameter t : method.typeParameters()) {
      List<TypeName> bounds = new ArrayList<>();
      for (JType bound : t.bounds()) {
        TypeName name = TypeNames.of(bound);
        if (!name.equals(ClassName.OBJECT)) {
          bounds.add(name);
        }
      }
      spec.addTypeVariable(TypeVariableName.get(t.name(), bounds.toArray(new TypeName[0])));
    }
    spec.returns(TypeNames.of(method.returnType()));
    for (MethodSignature.Parameter p : method.parameters()) {
      ParameterSpec.Builder parameter = ParameterSpec.builder(TypeNames.of(p.type()), p.name());
      if (p.isFinal()) {
        parameter.addModifiers(Modifier.FINAL);
      }
      spec.addParameter(parameter.build());
    }
    spec.varargs(method.varargs());
    for (JType thrown : method.thrown()) {
      spec.addException(TypeNames.of(thrown));
    }
    return spec;
  }
}
