package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Overload resolution shared by functions and operators: {@code func_match_argtypes} keeps the
 * candidates every input converts to implicitly, and {@code func_select_candidate} narrows several
 * survivors with PostgreSQL's heuristics, in order: most exact type matches; most exact or
 * preferred-type matches (same category as the input); for untyped inputs, the string category if
 * any candidate takes one there, else the one category all candidates agree on, preferring
 * preferred types; and last, if every typed input has the same type, treating the untyped ones as
 * that type too. Any step that would remove every candidate keeps them all instead.
 *
 * @param <C> the candidate, from which {@code argsOf} reads the parameter types to match
 */
final class CandidateSelector<C> {
  private final Coercions coercions;
  private final Function<C, List<PgType>> argsOf;

  CandidateSelector(Coercions coercions, Function<C, List<PgType>> argsOf) {
    this.coercions = coercions;
    this.argsOf = argsOf;
  }

  private PgType arg(C candidate, int i) {
    return argsOf.apply(candidate).get(i);
  }

  /** {@code func_match_argtypes}. */
  List<C> applicable(List<C> candidates, List<PgType> inputs) {
    List<C> out = new ArrayList<>();
    for (C c : candidates) {
      List<PgType> args = argsOf.apply(c).subList(0, inputs.size());
      if (coercions.canCoerce(inputs, args, CoercionContext.IMPLICIT)) {
        out.add(c);
      }
    }
    return out;
  }

  /** {@code func_select_candidate}: the single best candidate, or null if it stays ambiguous. */
  C select(List<C> candidates, List<PgType> inputs) {
    int n = inputs.size();
    List<C> kept = keepBest(candidates, c -> exactMatches(c, inputs));
    if (kept.size() == 1) {
      return kept.get(0);
    }
    kept = keepBest(kept, c -> exactOrPreferredMatches(c, inputs));
    if (kept.size() == 1) {
      return kept.get(0);
    }
    long unknowns = inputs.stream().filter(PgType::isUnknown).count();
    if (unknowns == 0) {
      return null;
    }
    kept = byUnknownCategories(kept, inputs);
    if (kept.size() == 1) {
      return kept.get(0);
    }
    if (unknowns < n) {
      return bySingleKnownType(kept, inputs);
    }
    return null;
  }

  private interface Score<C> {
    int of(C candidate);
  }

  private static <C> List<C> keepBest(List<C> candidates, Score<C> score) {
    List<C> best = new ArrayList<>();
    int bestScore = -1;
    for (C c : candidates) {
      int s = score.of(c);
      if (s > bestScore) {
        best.clear();
        bestScore = s;
      }
      if (s == bestScore) {
        best.add(c);
      }
    }
    return best;
  }

  private int exactMatches(C c, List<PgType> inputs) {
    int matches = 0;
    for (int i = 0; i < inputs.size(); i++) {
      if (!inputs.get(i).isUnknown() && arg(c, i).equals(inputs.get(i))) {
        matches++;
      }
    }
    return matches;
  }

  private int exactOrPreferredMatches(C c, List<PgType> inputs) {
    int matches = 0;
    for (int i = 0; i < inputs.size(); i++) {
      PgType input = inputs.get(i);
      PgType a = arg(c, i);
      if (!input.isUnknown()
          && (a.equals(input) || (a.preferred() && a.category() == input.category()))) {
        matches++;
      }
    }
    return matches;
  }

  /** The untyped-input heuristic: resolve a category per untyped position, then filter. */
  private List<C> byUnknownCategories(List<C> candidates, List<PgType> inputs) {
    int n = inputs.size();
    char[] category = new char[n];
    boolean[] wantPreferred = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!inputs.get(i).isUnknown()) {
        continue;
      }
      if (!resolveCategory(candidates, i, category, wantPreferred)) {
        return candidates;
      }
    }
    List<C> kept = new ArrayList<>();
    for (C c : candidates) {
      if (fitsCategories(c, inputs, category, wantPreferred)) {
        kept.add(c);
      }
    }
    return kept.isEmpty() ? candidates : kept;
  }

  private boolean resolveCategory(List<C> candidates, int i, char[] category, boolean[] pref) {
    char slot = 0;
    boolean preferred = false;
    boolean conflict = false;
    for (C c : candidates) {
      PgType a = arg(c, i);
      if (slot == 0) {
        slot = a.category();
        preferred = a.preferred();
      } else if (a.category() == slot) {
        preferred |= a.preferred();
      } else if (a.category() == 'S') {
        // String always wins: untyped literals look like strings.
        slot = 'S';
        preferred = a.preferred();
      } else {
        conflict = true;
      }
    }
    if (conflict && slot != 'S') {
      return false;
    }
    category[i] = slot;
    pref[i] = preferred;
    return true;
  }

  private boolean fitsCategories(C c, List<PgType> inputs, char[] category, boolean[] pref) {
    for (int i = 0; i < inputs.size(); i++) {
      if (!inputs.get(i).isUnknown()) {
        continue;
      }
      PgType a = arg(c, i);
      if (a.category() != category[i] || (pref[i] && !a.preferred())) {
        return false;
      }
    }
    return true;
  }

  /** The last heuristic: all typed inputs agree, so try the untyped ones as that type. */
  private C bySingleKnownType(List<C> candidates, List<PgType> inputs) {
    PgType known = null;
    for (PgType t : inputs) {
      if (t.isUnknown()) {
        continue;
      }
      if (known == null) {
        known = t;
      } else if (!known.equals(t)) {
        return null;
      }
    }
    List<PgType> assumed = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      assumed.add(known);
    }
    C match = null;
    for (C c : candidates) {
      List<PgType> args = argsOf.apply(c).subList(0, inputs.size());
      if (coercions.canCoerce(assumed, args, CoercionContext.IMPLICIT)) {
        if (match != null) {
          return null;
        }
        match = c;
      }
    }
    return match;
  }
}
