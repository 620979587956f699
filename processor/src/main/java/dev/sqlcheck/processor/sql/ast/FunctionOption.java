package dev.sqlcheck.processor.sql.ast;

/**
 * An option of CREATE/ALTER FUNCTION other than its language and body: {@code IMMUTABLE}, {@code
 * STRICT}, {@code SECURITY DEFINER}, {@code PARALLEL SAFE}, {@code COST 10}, {@code SET search_path
 * = …}, …
 *
 * <pre>{@code
 * IMMUTABLE                 -> FunctionOption("volatility", "immutable")
 * RETURNS NULL ON NULL INPUT -> FunctionOption("strict", "true")
 * SECURITY DEFINER          -> FunctionOption("security", "definer")
 * SET search_path TO s      -> FunctionOption("set", "search_path")
 * }</pre>
 *
 * @param name {@code volatility}, {@code strict}, {@code security}, {@code leakproof}, {@code
 *     cost}, {@code rows}, {@code support}, {@code set}, {@code reset}, {@code parallel}, {@code
 *     window} or {@code transform}
 * @param value the option's value in lower case as PostgreSQL records it (the variable name for set
 *     and reset, the number's text for cost and rows)
 */
public record FunctionOption(String name, String value, int start, int end) implements Node {}
