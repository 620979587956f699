package dev.sqlcheck.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ParamModel;
import dev.sqlcheck.processor.model.MethodModel.ReturnKind;
import dev.sqlcheck.processor.model.MethodModel.ReturnModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.BindMode;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.Execution;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import dev.sqlcheck.processor.model.RepositoryPlan;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer on hand-made plans, for cases the analyser rarely produces. */
class RepositoryWriterTest {
  private static final TypeRef REPO = TypeRef.of("com.example", "Repo");
  private static final TypeRef ROW = TypeRef.of("com.example", "Repo", "Row");
  private static final JavaType LONG = JavaType.primitive(ScalarKind.LONG);
  private static final JavaType STRING = JavaType.boxed(ScalarKind.STRING);

  private static JType declared(String pkg, String name, JType... args) {
    return new JType.Declared(TypeRef.of(pkg, name), List.of(args));
  }

  private static MethodModel method(String name, String sql, JType ret, ParamModel... params) {
    return new MethodModel(
        name,
        sql,
        List.of(params),
        ret,
        new ReturnModel(ReturnKind.LIST, null, ""),
        false,
        false,
        false);
  }

  @Test
  void unknownColumns_areLookedUpByLabelAndPrimitivesGuarded() {
    JType list = declared("java.util", "List", new JType.Declared(ROW, List.of()));
    MethodPlan plan =
        new MethodPlan(
            method("all", "SELECT * FROM somewhere", list),
            Execution.LIST,
            List.of(),
            new ConstructorMapping(
                ROW,
                List.of(
                    new ColumnRead(LONG, 0, "id", false),
                    new ColumnRead(STRING, 0, "publishedYear", true))),
            List.of());
    String out =
        RepositoryWriter.write(new RepositoryPlan(REPO, "RepoImpl", List.of(plan))).toString();
    assertThat(out)
        .contains(
            "JdbcSupport.required(JdbcSupport.getLong(rs, JdbcSupport.column(rs, \"id\")), rs,"
                + " JdbcSupport.column(rs, \"id\"))");
    assertThat(out).contains("rs.getString(JdbcSupport.column(rs, \"publishedYear\"))");
  }

  @Test
  void sqlText_keepsCastsAndLiteralsAndRewritesOnlyParameters() {
    String sql = "SELECT ':not' || :a::text, 'x::y' FROM t WHERE b = :b";
    int a = sql.indexOf(":a");
    int b = sql.indexOf(":b");
    List<Binding> bindings =
        List.of(
            new Binding(a, a + 2, "a", null, STRING, BindMode.SCALAR, "VARCHAR", null, null),
            new Binding(b, b + 2, "b", null, LONG, BindMode.SCALAR, "BIGINT", null, null));
    assertThat(SqlText.rewrite(sql, bindings, List.of()))
        .isEqualTo("SELECT ':not' || ?::text, 'x::y' FROM t WHERE b = ?");
  }

  @Test
  void inList_buildsSqlPerCallAndCountsPlaceholders() {
    String sql = "SELECT v FROM t WHERE id IN (:ids) AND k = :k";
    int ids = sql.indexOf(":ids");
    int k = sql.indexOf(":k");
    JType longs = declared("java.util", "List", declared("java.lang", "Long"));
    ValueShape idsShape =
        new ValueShape.Multi(
            new ValueShape.Scalar(JavaType.boxed(ScalarKind.LONG)),
            ValueShape.Container.COLLECTION);
    MethodPlan plan =
        new MethodPlan(
            method(
                "find",
                sql,
                declared("java.util", "List", declared("java.lang", "String")),
                new ParamModel("ids", "ids", longs, idsShape),
                new ParamModel("k", "k", new JType.Primitive("long"), new ValueShape.Scalar(LONG))),
            Execution.LIST,
            List.of(
                new Binding(
                    ids,
                    ids + 4,
                    "ids",
                    null,
                    JavaType.boxed(ScalarKind.LONG),
                    BindMode.IN_LIST,
                    "BIGINT",
                    null,
                    "bigint"),
                new Binding(k, k + 2, "k", null, LONG, BindMode.SCALAR, "BIGINT", null, null)),
            new ScalarMapping(new ColumnRead(STRING, 1, "v", true)),
            List.of());
    String out =
        RepositoryWriter.write(new RepositoryPlan(REPO, "RepoImpl", List.of(plan))).toString();
    assertThat(out).contains("JdbcSupport.placeholders(ids, \"bigint\", \"Repo.find\", \"ids\")");
    assertThat(out).contains("p = JdbcSupport.bindAll(ps, p, ids, Types.BIGINT);");
    assertThat(out).contains("ps.setLong(p++, k);");
    assertThat(out).doesNotContain("SQL_find");
  }
}
