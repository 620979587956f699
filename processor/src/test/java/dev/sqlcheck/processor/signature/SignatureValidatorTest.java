package dev.sqlcheck.processor.signature;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.analysis.ParameterUse;
import dev.sqlcheck.processor.analysis.ParameterUse.Context;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.ResultColumn;
import dev.sqlcheck.processor.analysis.StatementKind;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.EnumModel;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ParamModel;
import dev.sqlcheck.processor.model.MethodModel.ReturnKind;
import dev.sqlcheck.processor.model.MethodModel.ReturnModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.Execution;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signature checks against hand-made analyses, without a compiler. */
class SignatureValidatorTest {
  private static final SignatureValidator VALIDATOR =
      new SignatureValidator(PostgresDialect.INSTANCE);
  private static final JType ANY = new JType.Primitive("void");
  private static final JavaType LONG = JavaType.primitive(ScalarKind.LONG);
  private static final JavaType STRING = JavaType.boxed(ScalarKind.STRING);
  private static final TypeRef BOOK = TypeRef.of("com.example", "Repo", "Book");
  private static final RowShape BOOK_ROW =
      new RowShape.CompositeRow(
          BOOK,
          List.of(
              new RowShape.Component("id", LONG, "long"),
              new RowShape.Component("publishedYear", JavaType.primitive(ScalarKind.INT), "int")));

  private static ParamModel param(String name, ValueShape shape) {
    return new ParamModel(name, name, ANY, shape);
  }

  private static ValueShape scalar(JavaType t) {
    return new ValueShape.Scalar(t);
  }

  private static MethodModel method(ReturnKind kind, RowShape row, ParamModel... params) {
    return new MethodModel(
        "m", "SQL", List.of(params), ANY, new ReturnModel(kind, row, "R"), false, false, false);
  }

  private static QueryAnalysis analysis(
      StatementKind kind,
      boolean rows,
      List<ResultColumn> cols,
      boolean known,
      ParameterUse... uses) {
    return new QueryAnalysis(kind, rows, cols, known, List.of(uses), List.of());
  }

  private static ParameterUse use(String name, SqlType type, Context context) {
    return new ParameterUse(name, null, 10, 10 + name.length() + 1, type, context);
  }

  private static List<ProblemCode> codes(SignatureValidator.Result r) {
    return r.problems().stream().map(Problem::code).toList();
  }

  @Test
  void unknownResultColumns_mapByLabelWithoutProblems() {
    MethodModel m = method(ReturnKind.LIST, BOOK_ROW);
    SignatureValidator.Result r =
        VALIDATOR.validate(m, analysis(StatementKind.SELECT, true, List.of(), false));
    assertThat(r.problems()).isEmpty();
    ConstructorMapping mapping = (ConstructorMapping) r.plan().mapping();
    assertThat(mapping.columns().get(1).index()).isEqualTo(0);
    assertThat(mapping.columns().get(1).name()).isEqualTo("publishedYear");
    assertThat(mapping.columns().get(1).checked()).isFalse();
    assertThat(r.plan().execution()).isEqualTo(Execution.LIST);
  }

  @Test
  void unknownColumnTypeIntoPrimitive_isAcceptedButCheckedAtRunTime() {
    MethodModel m = method(ReturnKind.SINGLE, new RowShape.ScalarRow(LONG));
    QueryAnalysis a =
        analysis(
            StatementKind.SELECT,
            true,
            List.of(new ResultColumn("f", SqlType.UNKNOWN, true)),
            true);
    SignatureValidator.Result r = VALIDATOR.validate(m, a);
    assertThat(r.problems()).isEmpty();
    assertThat(((ScalarMapping) r.plan().mapping()).column().checked()).isFalse();
  }

  @Test
  void labelsMatchIgnoringCaseAndUnderscores() {
    MethodModel m = method(ReturnKind.LIST, BOOK_ROW);
    QueryAnalysis a =
        analysis(
            StatementKind.SELECT,
            true,
            List.of(
                new ResultColumn("PUBLISHED_YEAR", SqlType.of("integer"), false),
                new ResultColumn("id", SqlType.of("bigint"), false)),
            true);
    SignatureValidator.Result r = VALIDATOR.validate(m, a);
    assertThat(r.problems()).isEmpty();
    ConstructorMapping mapping = (ConstructorMapping) r.plan().mapping();
    assertThat(mapping.columns().get(0).index()).isEqualTo(2);
    assertThat(mapping.columns().get(1).index()).isEqualTo(1);
  }

  @Test
  void updateWithIntReturn_isUpdateCount() {
    MethodModel m =
        method(
            ReturnKind.SINGLE,
            new RowShape.ScalarRow(JavaType.primitive(ScalarKind.INT)),
            param("id", scalar(LONG)));
    QueryAnalysis a =
        analysis(
            StatementKind.UPDATE,
            false,
            List.of(),
            true,
            use("id", SqlType.of("bigint"), Context.SCALAR));
    SignatureValidator.Result r = VALIDATOR.validate(m, a);
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().execution()).isEqualTo(Execution.UPDATE_INT);
  }

  @Test
  void unanalysableStatementWithRowType_isNotRejected() {
    MethodModel m = method(ReturnKind.LIST, BOOK_ROW);
    SignatureValidator.Result r =
        VALIDATOR.validate(m, analysis(StatementKind.OTHER, false, List.of(), false));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void collectionInList_expandsAndScalarAgainstArray_isMismatch() {
    ValueShape ids =
        new ValueShape.Multi(
            scalar(JavaType.boxed(ScalarKind.LONG)), ValueShape.Container.COLLECTION);
    MethodModel m =
        method(
            ReturnKind.LIST,
            new RowShape.ScalarRow(STRING),
            param("ids", ids),
            param("id", scalar(LONG)));
    QueryAnalysis a =
        analysis(
            StatementKind.SELECT,
            true,
            List.of(new ResultColumn("title", SqlType.of("text"), false)),
            true,
            use("ids", SqlType.of("bigint"), Context.IN_LIST),
            use("id", SqlType.arrayOf("bigint"), Context.ARRAY));
    SignatureValidator.Result r = VALIDATOR.validate(m, a);
    assertThat(codes(r)).containsExactly(ProblemCode.PARAMETER_TYPE_MISMATCH);
    assertThat(r.problems().get(0).message()).contains("\"bigint[]\"");
  }

  @Test
  void collectionAgainstArray_bindsAsArrayWithDriverTypeName() {
    ValueShape ids =
        new ValueShape.Multi(
            scalar(JavaType.boxed(ScalarKind.LONG)), ValueShape.Container.COLLECTION);
    MethodModel m = method(ReturnKind.VOID, null, param("ids", ids));
    QueryAnalysis a =
        analysis(
            StatementKind.DELETE,
            false,
            List.of(),
            true,
            use("ids", SqlType.arrayOf("bigint"), Context.ARRAY));
    MethodPlan plan = VALIDATOR.validate(m, a).plan();
    assertThat(plan.bindings().get(0).mode()).isEqualTo(BindMode.ARRAY);
    assertThat(plan.bindings().get(0).arrayType()).isEqualTo("int8");
    assertThat(plan.execution()).isEqualTo(Execution.UPDATE_VOID);
  }

  @Test
  void batchOfRecords_bindsElementProperties() {
    ValueShape.Bean book =
        new ValueShape.Bean(
            "Book", List.of(new ValueShape.Property("title", "title", scalar(STRING))));
    ValueShape books = new ValueShape.Multi(book, ValueShape.Container.COLLECTION);
    MethodModel m = method(ReturnKind.LONG_ARRAY, null, param("books", books));
    QueryAnalysis a =
        analysis(
            StatementKind.INSERT,
            false,
            List.of(),
            true,
            use("title", SqlType.of("text"), Context.SCALAR),
            use("isbn", SqlType.of("text"), Context.SCALAR));
    SignatureValidator.Result r = VALIDATOR.validate(m, a);
    assertThat(codes(r)).containsExactly(ProblemCode.UNBOUND_PARAMETER);
    assertThat(r.problems().get(0).message()).contains("\"Book\"");
  }

  @Test
  void intArrayReturnWithoutBatchParameter_isUnsupported() {
    MethodModel m = method(ReturnKind.INT_ARRAY, null, param("id", scalar(LONG)));
    QueryAnalysis a =
        analysis(
            StatementKind.DELETE,
            false,
            List.of(),
            true,
            use("id", SqlType.of("bigint"), Context.SCALAR));
    assertThat(codes(VALIDATOR.validate(m, a)))
        .containsExactly(ProblemCode.UNSUPPORTED_RETURN_TYPE);
  }

  private static final TypeRef STATUS = TypeRef.of("com.example", "Repo", "Status");
  private static final SqlType ORDER_STATUS = SqlType.enumOf("order_status");

  private static SignatureValidator withLabels(String... labels) {
    return new SignatureValidator(
        PostgresDialect.INSTANCE,
        t -> t.name().equals("order_status") ? Optional.of(List.of(labels)) : Optional.empty());
  }

  private static MethodModel enumMethod(String sql, ValueShape shape, String... constants) {
    EnumModel model =
        new EnumModel(
            STATUS, Arrays.stream(constants).map(c -> new EnumModel.Constant(c, null)).toList());
    return new MethodModel(
        "m",
        sql,
        List.of(param("s", shape)),
        ANY,
        new ReturnModel(ReturnKind.VOID, null, "void"),
        false,
        false,
        false,
        List.of(model));
  }

  private static QueryAnalysis update(String sql, SqlType type, Context context) {
    int at = sql.indexOf(":s");
    return analysis(
        StatementKind.UPDATE,
        false,
        List.of(),
        true,
        new ParameterUse("s", null, at, at + 2, type, context));
  }

  @Test
  void enumConstants_matchExactLabelsFirst_thenUniqueIgnoringCase_inLabelOrder() {
    String sql = "UPDATE t SET s = :s";
    MethodModel m = enumMethod(sql, scalar(JavaType.enumOf(STATUS)), "SHIPPED", "Paid", "PAID");
    SignatureValidator.Result r =
        withLabels("pending", "Paid", "PAID", "shipped")
            .validate(m, update(sql, ORDER_STATUS, Context.SCALAR));
    assertThat(r.problems()).isEmpty();
    EnumMapping mapping = r.plan().bindings().get(0).enumMapping();
    assertThat(mapping.sqlEnum()).isEqualTo("order_status");
    assertThat(mapping.entries())
        .containsExactly(
            new EnumMapping.Entry("Paid", "Paid"),
            new EnumMapping.Entry("PAID", "PAID"),
            new EnumMapping.Entry("SHIPPED", "shipped"))
        .inOrder();
  }

  @Test
  void enumAgainstText_travelsByName_withoutLabelCheck() {
    String sql = "UPDATE t SET note = :s";
    MethodModel m = enumMethod(sql, scalar(JavaType.enumOf(STATUS)), "ANY_NAME");
    SignatureValidator.Result r =
        withLabels("pending").validate(m, update(sql, SqlType.of("text"), Context.SCALAR));
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().bindings().get(0).enumMapping()).isNull(); // name() is the value sent
  }

  @Test
  void enumConstantWithoutLabel_is306AtTheParameter() {
    String sql = "UPDATE t SET s = :s";
    MethodModel m = enumMethod(sql, scalar(JavaType.enumOf(STATUS)), "PENDING", "LOST");
    SignatureValidator.Result r =
        withLabels("pending").validate(m, update(sql, ORDER_STATUS, Context.SCALAR));
    assertThat(codes(r)).containsExactly(ProblemCode.ENUM_PARAMETER_LABELS);
    assertThat(r.problems().get(0).start()).isEqualTo(sql.indexOf(":s"));
    assertThat(r.problems().get(0).message())
        .contains("constant \"Repo.Status.LOST\" matches no label");
    assertThat(r.plan()).isNull();
  }

  @Test
  void inListOfKnownType_isOneArrayReplacingTheWholeList() {
    String sql = "SELECT id FROM t WHERE s NOT IN (:s)";
    ValueShape many =
        new ValueShape.Multi(scalar(JavaType.enumOf(STATUS)), ValueShape.Container.COLLECTION);
    MethodModel m = enumMethod(sql, many, "PENDING");
    SignatureValidator.Result r =
        withLabels("pending").validate(m, update(sql, ORDER_STATUS, Context.IN_LIST));
    assertThat(r.problems()).isEmpty();
    MethodPlan.Binding b = r.plan().bindings().get(0);
    assertThat(b.mode()).isEqualTo(BindMode.ARRAY);
    assertThat(b.arrayType()).isEqualTo("order_status");
    assertThat(sql.substring(b.start(), b.end())).isEqualTo("NOT IN (:s)");
    assertThat(b.placeholder()).isEqualTo("<> ALL(?)");
    assertThat(b.enumMapping().entries())
        .containsExactly(new EnumMapping.Entry("PENDING", "pending"));
  }
}
