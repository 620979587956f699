package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.CodeBlock;
import dev.sqlcheck.processor.codegen.source.MethodSpec;
import dev.sqlcheck.processor.codegen.source.TypeName;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ParamModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.Execution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one repository method: open a connection and a statement in try-with-resources, bind the
 * parameters, execute, and turn the result into the return value. {@code SQLException} is wrapped
 * in {@code SqlCheckException} unless the method declares it.
 */
final class MethodWriter {
  private final MethodPlan plan;
  private final MethodModel method;
  private final String key;
  private final String label;
  private final LocalNames names;
  private final BindingWriter bindings;
  private final RowMappers mappers;

  /**
   * @param key unique per method in the class ({@code findById}, or {@code findById_2} for an
   *     overload); names the SQL constant
   * @param label {@code BookRepository.findById}, used in exception messages
   */
  MethodWriter(
      MethodPlan plan, String key, String label, RowMappers mappers, EnumConverters enums) {
    this.plan = plan;
    this.method = plan.method();
    this.key = key;
    this.label = label;
    this.mappers = mappers;
    Set<String> params = new HashSet<>();
    method.parameters().forEach(p -> params.add(p.javaName()));
    this.names = new LocalNames(params);
    this.bindings = new BindingWriter(names, enums);
  }

  static String constantName(String key) {
    return "SQL_" + key;
  }

  MethodSpec write() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeNames.of(method.returnType()));
    for (ParamModel p : method.parameters()) {
      m.addParameter(TypeNames.of(p.type()), p.javaName());
    }
    if (method.throwsSqlException()) {
      m.addException(SQLException.class);
    }
    m.varargs(method.varargs());
    if (plan.execution() == Execution.STREAM) {
      m.addCode(new StreamBody(this).write());
    } else {
      m.addCode(body());
    }
    return m.build();
  }

  /** The SQL argument of {@code prepareStatement}, declaring a local for dynamic SQL. */
  CodeBlock sqlSource(CodeBlock.Builder code) {
    if (!SqlText.isDynamic(plan.bindings())) {
      return CodeBlock.of("$N", constantName(key));
    }
    code.addStatement(
        "$T $N = $L",
        String.class,
        names.sql(),
        SqlText.expression(
            method.sql(), plan.bindings(), plan.operatorQuestionMarks(), bindings, label));
    return CodeBlock.of("$N", names.sql());
  }

  /** Binds every parameter, with the counter declared first when the SQL is dynamic. */
  CodeBlock binds() {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean dynamic = SqlText.isDynamic(plan.bindings());
    if (dynamic) {
      code.addStatement("int $N = 1", names.counter());
    }
    code.add(bindings.bindAll(plan.bindings(), dynamic, null));
    return code.build();
  }

  CodeBlock mapperReference() {
    return mappers.reference(plan.mapping());
  }

  LocalNames names() {
    return names;
  }

  String label() {
    return label;
  }

  MethodModel method() {
    return method;
  }

  private CodeBlock body() {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock sql = sqlSource(code);
    code.beginControlFlow(
        "try ($T $N = this.dataSource.getConnection();\n$>$>$T $N = $N.prepareStatement($L)$<$<)",
        Connection.class,
        names.connection(),
        PreparedStatement.class,
        names.statement(),
        names.connection(),
        sql);
    if (isBatch()) {
      code.add(batch());
    } else {
      code.add(binds());
      code.add(execute());
    }
    if (!method.throwsSqlException()) {
      code.nextControlFlow("catch ($T $N)", SQLException.class, names.exception());
      code.addStatement("throw $T.wrap($S,$W$N)", ColumnReader.SUPPORT, label, names.exception());
    }
    code.endControlFlow();
    return code.build();
  }

  private boolean isBatch() {
    Execution e = plan.execution();
    return e == Execution.BATCH_VOID || e == Execution.BATCH_INT || e == Execution.BATCH_LONG;
  }

  private CodeBlock batch() {
    ParamModel items = method.parameters().get(0);
    TypeName element = TypeNames.of(elementType(items.type()));
    String item = names.item();
    CodeBlock.Builder code = CodeBlock.builder();
    code.beginControlFlow("for ($T $N : $N)", element, item, items.javaName());
    code.add(bindings.bindAll(plan.bindings(), false, item));
    code.addStatement("$N.addBatch()", names.statement());
    code.endControlFlow();
    String ps = names.statement();
    switch (plan.execution()) {
      case BATCH_INT -> code.addStatement("return $N.executeBatch()", ps);
      case BATCH_LONG -> code.addStatement("return $N.executeLargeBatch()", ps);
      default -> code.addStatement("$N.executeBatch()", ps);
    }
    return code.build();
  }

  private static JType elementType(JType collection) {
    JType arg = ((JType.Declared) collection).arguments().get(0);
    return arg instanceof JType.Wildcard w && w.upperBound() != null ? w.upperBound() : arg;
  }

  private CodeBlock execute() {
    String ps = names.statement();
    CodeBlock.Builder code = CodeBlock.builder();
    switch (plan.execution()) {
      case UPDATE_VOID -> code.addStatement("$N.executeUpdate()", ps);
      case UPDATE_INT -> code.addStatement("return $N.executeUpdate()", ps);
      case UPDATE_LONG -> code.addStatement("return $N.executeLargeUpdate()", ps);
      case EXECUTE -> code.addStatement("$N.execute()", ps);
      default -> {
        String rs = names.resultSet();
        code.beginControlFlow("try ($T $N = $N.executeQuery())", ResultSet.class, rs, ps);
        code.add(readRows(rs));
        code.endControlFlow();
      }
    }
    return code.build();
  }

  private CodeBlock readRows(String rs) {
    String helper =
        switch (plan.execution()) {
          case ONE -> "one";
          case OPTIONAL -> "optional";
          default -> "list";
        };
    return CodeBlock.builder()
        .addStatement(
            "return $T.$L($N,$W$L,$W$S)",
            ColumnReader.SUPPORT,
            helper,
            rs,
            mapperReference(),
            label)
        .build();
  }
}
