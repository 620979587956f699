package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.AnnotationSpec;
import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.JavaFile;
import dev.sqlcheck.processor.codegen.source.MethodSpec;
import dev.sqlcheck.processor.codegen.source.ParameterSpec;
import dev.sqlcheck.processor.codegen.source.TypeName;
import dev.sqlcheck.processor.codegen.source.TypeSpec;
import dev.sqlcheck.processor.codegen.source.TypeVariableName;
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
    return JavaFile.of(impl.packageName(), type.build());
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
      spec.addParameter(new ParameterSpec(TypeNames.of(p.type()), p.name(), p.isFinal()));
    }
    spec.varargs(method.varargs());
    for (JType thrown : method.thrown()) {
      spec.addException(TypeNames.of(thrown));
    }
    return spec;
  }
}
