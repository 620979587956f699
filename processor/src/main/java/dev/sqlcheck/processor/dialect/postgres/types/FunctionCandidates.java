package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate list of {@code FuncnameGetCandidates} for an unqualified name: every function of
 * that name that can take this many arguments, counting trailing defaults, expanding a variadic
 * parameter into as many copies of its element type as needed, and mapping named arguments onto
 * parameters ({@code MatchNamedCall}). When two candidates end up with the same parameter list, the
 * non-variadic one wins over the variadic one; otherwise the pair is kept as one entry marked
 * ambiguous, which the caller reports as "not unique" if it is chosen.
 */
final class FunctionCandidates {

  /**
   * One candidate: its parameter types in call order (longer than the call when defaults fill the
   * rest), how many trailing arguments feed a variadic parameter, and how many defaults are used.
   */
  record Candidate(
      PgFunction function,
      List<PgType> args,
      int variadicArgs,
      int defaultArgs,
      int[] argNumbers,
      boolean ambiguous) {

    Candidate markAmbiguous() {
      return new Candidate(function, args, variadicArgs, defaultArgs, argNumbers, true);
    }
  }

  private final PgCatalog catalog;

  FunctionCandidates(PgCatalog catalog) {
    this.catalog = catalog;
  }

  List<Candidate> find(String name, int nargs, List<String> argNames, boolean expandVariadic) {
    return find(catalog.functions(name), nargs, argNames, expandVariadic);
  }

  /** The candidates among {@code functions}, which all have the called name. */
  List<Candidate> find(
      List<PgFunction> functions, int nargs, List<String> argNames, boolean expandVariadic) {
    List<Candidate> result = new ArrayList<>();
    for (PgFunction fn : functions) {
      Candidate c =
          argNames.isEmpty()
              ? positional(fn, nargs, expandVariadic)
              : named(fn, nargs, argNames, expandVariadic);
      if (c == null) {
        continue;
      }
      addUnlessMasked(result, c);
    }
    return result;
  }

  private Candidate positional(PgFunction fn, int nargs, boolean expandVariadic) {
    int pronargs = fn.args().size();
    boolean variadic = pronargs <= nargs && expandVariadic && fn.variadic() != null;
    boolean useDefaults = pronargs > nargs;
    if (useDefaults && nargs + fn.defaults() < pronargs) {
      return null;
    }
    if (pronargs != nargs && !variadic && !useDefaults) {
      return null;
    }
    List<PgType> args = new ArrayList<>(fn.args());
    int variadicArgs = 0;
    if (variadic) {
      variadicArgs = nargs - pronargs + 1;
      args.remove(pronargs - 1);
      for (int i = 0; i < variadicArgs; i++) {
        args.add(fn.variadic());
      }
    }
    return new Candidate(
        fn, List.copyOf(args), variadicArgs, useDefaults ? pronargs - nargs : 0, null, false);
  }

  private Candidate named(PgFunction fn, int nargs, List<String> argNames, boolean expandVariadic) {
    // Expanded variadic parameters have no names, so a named call cannot reach them.
    if (fn.variadic() != null && expandVariadic) {
      return null;
    }
    int pronargs = fn.args().size();
    boolean useDefaults = pronargs > nargs;
    if (useDefaults && nargs + fn.defaults() < pronargs) {
      return null;
    }
    if (pronargs != nargs && !useDefaults) {
      return null;
    }
    int[] numbers = matchNamedCall(fn, nargs, argNames);
    if (numbers == null) {
      return null;
    }
    List<PgType> args = new ArrayList<>(pronargs);
    for (int i = 0; i < pronargs; i++) {
      args.add(fn.args().get(numbers[i]));
    }
    return new Candidate(
        fn, List.copyOf(args), 0, useDefaults ? pronargs - nargs : 0, numbers, false);
  }

  /** {@code MatchNamedCall}: the parameter number for each call position, or null. */
  private static int[] matchNamedCall(PgFunction fn, int nargs, List<String> argNames) {
    if (fn.argNames().isEmpty()) {
      return null;
    }
    int pronargs = fn.args().size();
    int positional = nargs - argNames.size();
    int[] numbers = new int[pronargs];
    boolean[] given = new boolean[pronargs];
    for (int ap = 0; ap < positional; ap++) {
      numbers[ap] = ap;
      given[ap] = true;
    }
    int ap = positional;
    for (String name : argNames) {
      int pp = fn.argNames().indexOf(name);
      if (pp < 0 || given[pp]) {
        return null;
      }
      given[pp] = true;
      numbers[ap++] = pp;
    }
    int firstDefault = pronargs - fn.defaults();
    for (int pp = positional; pp < pronargs && nargs < pronargs; pp++) {
      if (given[pp]) {
        continue;
      }
      if (pp < firstDefault) {
        return null;
      }
      numbers[ap++] = pp;
    }
    return numbers;
  }

  /** The duplicate handling at the end of {@code FuncnameGetCandidates}. */
  private static void addUnlessMasked(List<Candidate> result, Candidate c) {
    int compared = c.args.size() - c.defaultArgs;
    for (int i = 0; i < result.size(); i++) {
      Candidate prev = result.get(i);
      if (prev.args.size() - prev.defaultArgs != compared
          || !prev.args.subList(0, compared).equals(c.args.subList(0, compared))) {
        continue;
      }
      if (c.variadicArgs > 0 && prev.variadicArgs == 0) {
        return; // keep the non-variadic one
      }
      if (c.variadicArgs == 0 && prev.variadicArgs > 0) {
        result.set(i, c);
        return;
      }
      result.set(i, prev.markAmbiguous());
      return;
    }
    result.add(c);
  }
}
