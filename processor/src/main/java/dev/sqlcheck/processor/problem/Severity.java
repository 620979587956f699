package dev.sqlcheck.processor.problem;

/** How a problem affects the build. Only {@link #ERROR} fails it. */
public enum Severity {
  ERROR,
  WARNING
}
