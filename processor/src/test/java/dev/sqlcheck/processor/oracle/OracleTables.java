package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The summary's tables: by rejection class, SQLSTATE, family and mutation; and clusters. */
final class OracleTables {
  private OracleTables() {}

  static void rejections(StringBuilder s, List<Judgement> all) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-30s %8s %16s %16s %16s%n",
            "PostgreSQL rejections by class",
            "count",
            "caught",
            "warned",
            "silent"));
    Map<Judgement.Rejection, List<Judgement>> groups = new EnumMap<>(Judgement.Rejection.class);
    Map<Judgement.Rejection, OracleTally> t =
        OracleTally.by(
            all, j -> j.rejection() == Judgement.Rejection.NONE ? null : j.rejection(), groups);
    t.forEach(
        (k, v) ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "  %-28s %8d %16s %16s %16s%n",
                    k.name().toLowerCase(Locale.ROOT),
                    v.total,
                    share(v, Judgement.Category.CAUGHT),
                    share(v, Judgement.Category.WARNED_INSTEAD),
                    share(v, Judgement.Category.SILENT_PASS))));
    s.append('\n');
  }

  private static String share(OracleTally t, Judgement.Category c) {
    return t.of(c) + " " + OracleReport.pct(t.of(c), t.total);
  }

  static void states(StringBuilder s, List<Judgement> all) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-8s %-10s %7s %16s %16s %16s  %s%n",
            "SQLSTATE",
            "class",
            "count",
            "caught",
            "warned",
            "silent",
            "example"));
    Map<String, List<Judgement>> groups = new TreeMap<>();
    Map<String, OracleTally> t =
        OracleTally.by(all, j -> j.pg().accepted() ? null : j.pg().sqlState(), groups);
    t.forEach(
        (k, v) -> {
          Judgement first = groups.get(k).get(0);
          s.append(
              String.format(
                  Locale.ROOT,
                  "  %-6s %-10s %7d %16s %16s %16s  %s%n",
                  k,
                  first.rejection().name().toLowerCase(Locale.ROOT),
                  v.total,
                  share(v, Judgement.Category.CAUGHT),
                  share(v, Judgement.Category.WARNED_INSTEAD),
                  share(v, Judgement.Category.SILENT_PASS),
                  abbreviate(first.pg().message(), 60)));
        });
    s.append('\n');
  }

  static void families(StringBuilder s, List<Judgement> all) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-16s %7s %9s %11s %11s %18s %18s%n",
            "Family (used)",
            "queries",
            "gen-acc",
            "false-err",
            "silent",
            "name/arity caught",
            "types agree"));
    for (Feature f : Feature.values()) {
      List<Judgement> in = all.stream().filter(j -> j.oracleCase().features().contains(f)).toList();
      OracleTally t = new OracleTally(in);
      OracleTally gen = new OracleTally(in.stream().filter(j -> !j.oracleCase().mutant()).toList());
      s.append(
          String.format(
              Locale.ROOT,
              "  %-14s %7d %9s %11s %11s %18s %18s%n",
              f.name().toLowerCase(Locale.ROOT),
              t.total,
              OracleReport.pct(gen.accepted, gen.total),
              t.falseErrors() + " " + OracleReport.pct(t.falseErrors(), t.accepted),
              t.silentPasses() + " " + OracleReport.pct(t.silentPasses(), t.rejected),
              OracleReport.pct(t.nameArityCaught, t.nameArity) + " of " + t.nameArity,
              OracleReport.pct(t.typesAgree(), t.typesCompared()) + " of " + t.typesCompared()));
    }
    s.append('\n');
  }

  static void mutations(StringBuilder s, List<Judgement> all) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-26s %7s %16s %16s %16s %16s%n",
            "Mutation",
            "mutants",
            "PG-rejected",
            "caught",
            "warned",
            "silent"));
    Map<Mutation, List<Judgement>> groups = new EnumMap<>(Mutation.class);
    OracleTally.by(all, j -> j.oracleCase().mutation(), groups)
        .forEach(
            (k, v) ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        "  %-24s %7d %16s %16s %16s %16s%n",
                        k.name().toLowerCase(Locale.ROOT),
                        v.total,
                        v.rejected + " " + OracleReport.pct(v.rejected, v.total),
                        share(v, Judgement.Category.CAUGHT),
                        share(v, Judgement.Category.WARNED_INSTEAD),
                        share(v, Judgement.Category.SILENT_PASS))));
    s.append('\n');
  }

  /** What the family and mutation names in the tables stand for. */
  static void legend(StringBuilder s) {
    s.append("\nFamilies\n");
    for (Feature f : Feature.values()) {
      s.append(
          String.format(
              Locale.ROOT, "  %-26s %s%n", f.name().toLowerCase(Locale.ROOT), f.description()));
    }
    s.append("Mutations\n");
    for (Mutation m : Mutation.values()) {
      s.append(
          String.format(
              Locale.ROOT, "  %-26s %s%n", m.name().toLowerCase(Locale.ROOT), m.description()));
    }
  }

  /** The largest groups of similar disagreements, with one example id each. */
  static void clusters(StringBuilder s, List<Judgement> all, int limit) {
    Map<String, List<Judgement>> groups = new TreeMap<>();
    for (Judgement j : all) {
      if (isDisagreement(j)) {
        groups.computeIfAbsent(j.category() + " | " + signature(j), k -> new ArrayList<>()).add(j);
      }
    }
    s.append("Largest disagreement clusters (of ").append(groups.size()).append(")\n");
    groups.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> -e.getValue().size()))
        .limit(limit)
        .forEach(
            e ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        "  %6d  %s  [e.g. %s]%n",
                        e.getValue().size(),
                        abbreviate(e.getKey(), 130),
                        e.getValue().stream()
                            .min(Comparator.comparingInt(j -> j.oracleCase().sql().length()))
                            .orElseThrow()
                            .oracleCase()
                            .id())));
  }

  static boolean isDisagreement(Judgement j) {
    return switch (j.category()) {
      case FALSE_ERROR, SILENT_PASS, WARNED_INSTEAD -> true;
      default -> j.types() == Judgement.Types.DISAGREE;
    };
  }

  /** What similar disagreements share: the first error, the rejection, or the type clash. */
  static String signature(Judgement j) {
    switch (j.category()) {
      case FALSE_ERROR:
        String p =
            j.sqlcheck().problems().stream()
                .filter(x -> !x.startsWith("SQLCHECK-101"))
                .findFirst()
                .orElse("? ?");
        int space = p.indexOf(' ');
        return p.substring(0, space) + " " + normalize(p.substring(space + 1));
      case SILENT_PASS:
      case WARNED_INSTEAD:
        return j.pg().sqlState() + " " + normalize(j.pg().message());
      default:
        return typeClash(j);
    }
  }

  private static String typeClash(Judgement j) {
    List<String> pg = j.pg().types();
    SqlcheckVerdict sc = j.sqlcheck();
    if (!sc.columnsKnown()) {
      return "types: sqlcheck cannot list the result columns";
    }
    if (sc.types().size() != pg.size()) {
      return "types: "
          + pg.size()
          + " columns in PostgreSQL, "
          + sc.types().size()
          + " in sqlcheck";
    }
    for (int i = 0; i < pg.size(); i++) {
      String ours = sc.types().get(i);
      if (ours == null || !ours.equals(pg.get(i))) {
        return "types: PostgreSQL " + pg.get(i) + ", sqlcheck " + (ours == null ? "unknown" : ours);
      }
    }
    return "types";
  }

  static String normalize(String message) {
    return message.replaceAll("\"[^\"]*\"", "\"_\"").replaceAll("-?\\b\\d+\\b", "N");
  }

  static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? String.valueOf(s) : s.substring(0, max - 3) + "...";
  }
}
