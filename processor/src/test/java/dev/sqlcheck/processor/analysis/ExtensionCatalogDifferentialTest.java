package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every function and operator of the extension catalog, called with typed NULLs in a database where
 * every extension PostgreSQL offers is created: sqlcheck's verdict and result type must be
 * PostgreSQL's for each call. (Polymorphic routines are left out: a typed NULL does not say what
 * they resolve to.)
 */
class ExtensionCatalogDifferentialTest {
  private static final String RESOURCE =
      "/dev/sqlcheck/processor/dialect/postgres/types/pg15-extensions.txt";

  @Test
  void everyExtensionFunction_resolvesAsInPostgres() throws SQLException, IOException {
    String text;
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> extensions = new LinkedHashSet<>();
    List<String[]> functions = new ArrayList<>();
    List<String[]> operators = new ArrayList<>();
    String section = "";
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line.split("\t")[0];
        continue;
      }
      String[] f = line.split("\t", -1);
      extensions.add(f[0]);
      if (section.equals("[functions]") && f[2].startsWith("f")) {
        functions.add(f);
      } else if (section.equals("[operators]")) {
        operators.add(f);
      }
    }
    try (Connection c =
        DriverManager.getConnection(TestDatabases.freshPostgresDatabase("extcatalog"))) {
      StringBuilder ddl = new StringBuilder();
      for (String e : extensions) {
        ddl.append("CREATE EXTENSION IF NOT EXISTS \"").append(e).append("\" CASCADE;\n");
      }
      try (Statement s = c.createStatement()) {
        s.execute(ddl.toString());
      }
      Catalog catalog =
          new SchemaLoader().load(List.of(new SchemaSource("s.sql", ddl.toString()))).catalog();
      List<String> calls = new ArrayList<>();
      int typed = 0; // calls PostgreSQL resolves, so that a run of errors cannot pass for agreement
      for (String[] f : functions) {
        List<String> args = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
        if (args.stream().anyMatch(a -> a.startsWith("any")) || f[4].startsWith("any")) {
          continue;
        }
        List<String> nulls = new ArrayList<>();
        for (String a : args) {
          nulls.add("NULL::" + display(c, a));
        }
        calls.add(f[0] + "\tSELECT " + f[1] + "(" + String.join(", ", nulls) + ") AS r");
      }
      for (String[] o : operators) {
        String left = o[2].isEmpty() ? "" : "NULL::" + display(c, o[2]) + " ";
        calls.add(o[0] + "\tSELECT (" + left + o[1] + " NULL::" + display(c, o[3]) + ") AS r");
      }
      List<String> failures = new ArrayList<>();
      for (String call : calls) {
        String extension = call.substring(0, call.indexOf('\t'));
        String sql = call.substring(call.indexOf('\t') + 1);
        String theirs;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          theirs = ps.getMetaData().getColumnTypeName(1);
        } catch (SQLException e) {
          theirs = "error";
        }
        QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
        String ours =
            a.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)
                ? "error"
                : !a.problems().isEmpty()
                    ? "warned " + a.problems()
                    : ResultColumnsAgreeWithPostgresTest.pgName(a.resultColumns().get(0).type());
        typed += theirs.equals("error") ? 0 : 1;
        if (!ours.equals(theirs)) {
          failures.add(extension + ": " + sql + " -> PostgreSQL " + theirs + ", sqlcheck " + ours);
        }
      }
      assertTrue(typed > 200, "calls PostgreSQL resolved: " + typed);
      assertEquals("", String.join("\n", failures));
    }
  }

  private static String display(Connection c, String typname) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT format_type(oid, NULL) FROM pg_type WHERE typname = '"
                    + typname
                    + "' AND typnamespace = 'pg_catalog'::regnamespace")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
