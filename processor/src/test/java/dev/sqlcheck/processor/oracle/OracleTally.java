package dev.sqlcheck.processor.oracle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts over a set of judgements: the categories, the rejection classes, result-type agreement;
 * and the four target figures computed from them.
 */
final class OracleTally {
  final int total;
  final Map<Judgement.Category, Integer> categories = new EnumMap<>(Judgement.Category.class);
  final Map<Judgement.Types, Integer> types = new EnumMap<>(Judgement.Types.class);
  final int accepted;
  final int rejected;
  final int nameArity;
  final int nameArityCaught;
  final int labelsCompared;
  final int labelsAgree;

  OracleTally(List<Judgement> judgements) {
    total = judgements.size();
    for (Judgement.Category c : Judgement.Category.values()) {
      categories.put(c, count(judgements, j -> j.category() == c));
    }
    for (Judgement.Types t : Judgement.Types.values()) {
      types.put(t, count(judgements, j -> j.types() == t));
    }
    accepted = count(judgements, j -> j.pg().accepted());
    rejected = total - accepted;
    nameArity = count(judgements, j -> j.rejection() == Judgement.Rejection.NAME_ARITY);
    nameArityCaught =
        count(
            judgements,
            j ->
                j.rejection() == Judgement.Rejection.NAME_ARITY
                    && j.category() == Judgement.Category.CAUGHT);
    labelsCompared = count(judgements, j -> j.types() != Judgement.Types.NOT_COMPARED);
    labelsAgree = count(judgements, Judgement::labelsAgree);
  }

  static int count(List<Judgement> judgements, Predicate<Judgement> p) {
    return (int) judgements.stream().filter(p).count();
  }

  int of(Judgement.Category c) {
    return categories.get(c);
  }

  int falseErrors() {
    return of(Judgement.Category.FALSE_ERROR);
  }

  int silentPasses() {
    return of(Judgement.Category.SILENT_PASS);
  }

  int typesCompared() {
    return total - types.get(Judgement.Types.NOT_COMPARED);
  }

  int typesAgree() {
    return types.get(Judgement.Types.AGREE) + types.get(Judgement.Types.EXCUSED);
  }

  /** Share of PostgreSQL's name/arity rejections that sqlcheck reported as errors. */
  double caughtRate() {
    return rate(nameArityCaught, nameArity);
  }

  double typeAgreement() {
    return rate(typesAgree(), typesCompared());
  }

  static double rate(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  /** Groups judgements by a key and tallies each group. */
  static <K> Map<K, OracleTally> by(
      List<Judgement> judgements, Function<Judgement, K> key, Map<K, List<Judgement>> into) {
    for (Judgement j : judgements) {
      K k = key.apply(j);
      if (k != null) {
        into.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(j);
      }
    }
    Map<K, OracleTally> out = new java.util.LinkedHashMap<>();
    into.forEach((k, v) -> out.put(k, new OracleTally(v)));
    return out;
  }
}
