package dev.sqlcheck.processor.sql.ast;

/** {@code CALL name(args)}. */
public record Call(Expr.FuncCall call, int start, int end) implements Statement {}
