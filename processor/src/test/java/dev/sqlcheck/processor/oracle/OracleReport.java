package dev.sqlcheck.processor.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's summary (printed, and written to {@code summary.txt}) and the files an engineer works
 * through: one per kind of disagreement, each entry with the query, PostgreSQL's verdict and
 * sqlcheck's, clusters of similar disagreements, and {@code results.tsv} with every query.
 */
final class OracleReport {
  private final OracleConfig config;
  private final List<Judgement> all;
  private final OracleTally tally;
  private final String timing;

  OracleReport(OracleConfig config, List<Judgement> all, String timing) {
    this.config = config;
    this.all = all;
    this.tally = new OracleTally(all);
    this.timing = timing;
  }

  OracleTally tally() {
    return tally;
  }

  String summary() {
    StringBuilder s = new StringBuilder();
    int mutants = OracleTally.count(all, j -> j.oracleCase().mutant());
    s.append(
        String.format(
            Locale.ROOT,
            "sqlcheck differential oracle: seed %d, %d queries"
                + " (%d as generated, %d mutants)%n%s%n%n",
            config.seed(),
            all.size(),
            all.size() - mutants,
            mutants,
            timing));
    verdicts(s);
    targets(s);
    OracleTables.rejections(s, all);
    OracleTables.states(s, all);
    OracleTables.families(s, all);
    OracleTables.mutations(s, all);
    OracleTables.clusters(s, all, 25);
    OracleTables.legend(s);
    return s.toString();
  }

  private void verdicts(StringBuilder s) {
    s.append(
        String.format(
            Locale.ROOT, "%-44s %10s %10s %10s%n", "Verdicts", "generated", "mutants", "total"));
    Map<Judgement.Category, String> names = new EnumMap<>(Judgement.Category.class);
    names.put(Judgement.Category.AGREED, "PG accepts, sqlcheck clean");
    names.put(Judgement.Category.ACCEPTED_WARNED, "PG accepts, sqlcheck warns (101)");
    names.put(Judgement.Category.FALSE_ERROR, "PG accepts, sqlcheck ERROR = false error");
    names.put(Judgement.Category.CAUGHT, "PG rejects, sqlcheck ERROR = caught");
    names.put(Judgement.Category.WARNED_INSTEAD, "PG rejects, sqlcheck warns = warned");
    names.put(Judgement.Category.SILENT_PASS, "PG rejects, sqlcheck clean = silent pass");
    for (Judgement.Category c : Judgement.Category.values()) {
      int gen = OracleTally.count(all, j -> j.category() == c && !j.oracleCase().mutant());
      int mut = OracleTally.count(all, j -> j.category() == c && j.oracleCase().mutant());
      s.append(
          String.format(
              Locale.ROOT, "  %-42s %10d %10d %10d%n", names.get(c), gen, mut, gen + mut));
    }
    s.append('\n');
  }

  private void targets(StringBuilder s) {
    OracleTally t = tally;
    s.append(
        String.format(Locale.ROOT, "%-40s %28s %10s %5s%n", "Targets", "value", "target", "met"));
    target(
        s, "false errors (of PG-accepted)", t.falseErrors(), t.accepted, "0", t.falseErrors() == 0);
    target(
        s,
        "silent passes (of PG-rejected)",
        t.silentPasses(),
        t.rejected,
        "0",
        t.silentPasses() == 0);
    target(
        s,
        "name/arity errors caught as errors",
        t.nameArityCaught,
        t.nameArity,
        ">= 99.5%",
        t.caughtRate() >= 0.995);
    target(
        s,
        "result types agree",
        t.typesAgree(),
        t.typesCompared(),
        ">= 99.5%",
        t.typeAgreement() >= 0.995);
    target(
        s,
        "  of which excused by a 101 warning",
        t.types.get(Judgement.Types.EXCUSED),
        t.typesCompared(),
        "",
        true);
    target(s, "result labels agree (informative)", t.labelsAgree, t.labelsCompared, "", true);
    s.append('\n');
  }

  private static void target(
      StringBuilder s, String name, int part, int whole, String target, boolean met) {
    s.append(
        String.format(
            Locale.ROOT,
            "  %-38s %28s %10s %5s%n",
            name,
            part + " / " + whole + " = " + pct(part, whole),
            target,
            target.isEmpty() ? "" : met ? "yes" : "NO"));
  }

  static String pct(int part, int whole) {
    return String.format(Locale.ROOT, "%.2f%%", 100.0 * OracleTally.rate(part, whole));
  }

  /** Writes summary, disagreement files and results.tsv under {@code dir}. */
  void write(Path dir, String summary) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    file(dir, "false-errors.txt", Judgement.Category.FALSE_ERROR);
    file(dir, "silent-passes.txt", Judgement.Category.SILENT_PASS);
    file(dir, "warned-instead.txt", Judgement.Category.WARNED_INSTEAD);
    List<Judgement> types =
        all.stream().filter(j -> j.types() == Judgement.Types.DISAGREE).toList();
    entries(dir.resolve("type-disagreements.txt"), "Result types differ", types);
    StringBuilder tsv =
        new StringBuilder(
            "id\tfocus\tmutation\tcategory\trejection\tsqlstate\tsqlcheck\ttypes\tsql\n");
    for (Judgement j : all) {
      tsv.append(
              String.join(
                  "\t",
                  j.oracleCase().id(),
                  j.oracleCase().focus().name(),
                  String.valueOf(j.oracleCase().mutation()),
                  j.category().name(),
                  j.rejection().name(),
                  String.valueOf(j.pg().sqlState()),
                  j.sqlcheck().kind().name(),
                  j.types().name(),
                  j.oracleCase().sql().replace('\t', ' ').replace('\n', ' ')))
          .append('\n');
    }
    Files.writeString(dir.resolve("results.tsv"), tsv, StandardCharsets.UTF_8);
  }

  private void file(Path dir, String name, Judgement.Category c) throws IOException {
    entries(dir.resolve(name), c.name(), all.stream().filter(j -> j.category() == c).toList());
  }

  /** Entries grouped by cluster, largest cluster first, so one fix clears a block. */
  private void entries(Path file, String title, List<Judgement> list) throws IOException {
    Map<String, List<Judgement>> clusters = new TreeMap<>();
    for (Judgement j : list) {
      clusters.computeIfAbsent(OracleTables.signature(j), k -> new ArrayList<>()).add(j);
    }
    List<Map.Entry<String, List<Judgement>>> sorted = new ArrayList<>(clusters.entrySet());
    sorted.sort(
        Comparator.comparingInt((Map.Entry<String, List<Judgement>> e) -> -e.getValue().size()));
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %d queries in %d clusters (seed %d; regenerate one with -Dsqlcheck.oracle.index=N)%n",
                title,
                list.size(),
                sorted.size(),
                config.seed()));
    for (Map.Entry<String, List<Judgement>> e : sorted) {
      out.append("\n=== ")
          .append(e.getValue().size())
          .append(" x ")
          .append(e.getKey())
          .append('\n');
      for (Judgement j :
          e.getValue().stream()
              .sorted(Comparator.comparingInt(j -> j.oracleCase().sql().length()))
              .toList()) {
        out.append(entry(j));
      }
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  static String entry(Judgement j) {
    OracleCase c = j.oracleCase();
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put(
        "id",
        c.id()
            + "  focus "
            + c.focus()
            + (c.mutant() ? "  mutation " + c.mutation() : "")
            + "  families "
            + c.features());
    lines.put("sql", c.sql());
    lines.put("postgres", j.pg().toString());
    lines.put("sqlcheck", j.sqlcheck().toString());
    StringBuilder s = new StringBuilder("\n");
    lines.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-9s %s%n", k, v)));
    return s.toString();
  }
}
