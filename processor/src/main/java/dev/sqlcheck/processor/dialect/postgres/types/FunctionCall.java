package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A function call as written, with the decorations that decide whether it may be an aggregate or a
 * window function: {@code count(*)} ({@code star}), {@code DISTINCT}, {@code VARIADIC} before the
 * last argument, {@code OVER}, {@code FILTER}, an aggregate {@code ORDER BY} with {@code orderBy}
 * items, and {@code WITHIN GROUP (ORDER BY ...)}, whose {@code withinGroup} sort expressions follow
 * the direct arguments in {@code args} as PostgreSQL passes them.
 *
 * <pre>{@code
 * FunctionCall.of("count").withStar()
 * FunctionCall.of("percentile_cont", Arg.of(numeric)).withinGroup(List.of(Arg.of(real)))
 * FunctionCall.of("rank").withOver()
 * }</pre>
 */
public record FunctionCall(
    String name,
    List<Arg> args,
    boolean star,
    boolean distinct,
    boolean variadic,
    boolean over,
    boolean filter,
    int orderBy,
    int withinGroup) {

  public FunctionCall {
    args = List.copyOf(args);
  }

  public static FunctionCall of(String name, List<Arg> args) {
    return new FunctionCall(name, args, false, false, false, false, false, 0, 0);
  }

  public static FunctionCall of(String name, Arg... args) {
    return of(name, List.of(args));
  }

  public FunctionCall withStar() {
    return new FunctionCall(
        name, args, true, distinct, variadic, over, filter, orderBy, withinGroup);
  }

  public FunctionCall withDistinct() {
    return new FunctionCall(name, args, star, true, variadic, over, filter, orderBy, withinGroup);
  }

  /** {@code VARIADIC} written before the last argument: pass an array as the variadic list. */
  public FunctionCall withVariadic() {
    return new FunctionCall(name, args, star, distinct, true, over, filter, orderBy, withinGroup);
  }

  public FunctionCall withOver() {
    return new FunctionCall(
        name, args, star, distinct, variadic, true, filter, orderBy, withinGroup);
  }

  public FunctionCall withFilter() {
    return new FunctionCall(name, args, star, distinct, variadic, over, true, orderBy, withinGroup);
  }

  /** An aggregate {@code ORDER BY} with this many sort items. */
  public FunctionCall withOrderBy(int items) {
    return new FunctionCall(name, args, star, distinct, variadic, over, filter, items, withinGroup);
  }

  /** {@code WITHIN GROUP (ORDER BY ...)}: the sort expressions are appended to the arguments. */
  public FunctionCall withinGroup(List<Arg> sortArgs) {
    List<Arg> all = new ArrayList<>(args);
    all.addAll(sortArgs);
    return new FunctionCall(
        name, all, star, distinct, variadic, over, filter, orderBy, sortArgs.size());
  }

  /** The names of the trailing named arguments, in call order. */
  List<String> argNames() {
    List<String> names = new ArrayList<>();
    for (Arg a : args) {
      if (a.name() != null) {
        names.add(a.name());
      }
    }
    return names;
  }
}
