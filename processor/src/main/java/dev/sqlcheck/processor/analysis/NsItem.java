package dev.sqlcheck.processor.analysis;

/**
 * A FROM item's place in a query level's name space, as PostgreSQL keeps it: whether its name may
 * qualify a column ({@code relVisible}), whether its columns may be named alone ({@code
 * colsVisible}), and, while the FROM list is being read, whether only LATERAL items may see it
 * ({@code lateralOnly}) and whether they may ({@code lateralOk}: not under RIGHT or FULL JOIN).
 */
final class NsItem {
  final RangeEntry entry;
  boolean relVisible;
  boolean colsVisible;
  boolean lateralOnly;
  boolean lateralOk = true;

  NsItem(RangeEntry entry, boolean relVisible, boolean colsVisible) {
    this.entry = entry;
    this.relVisible = relVisible;
    this.colsVisible = colsVisible;
  }

  /** Whether a reference from a level whose LATERAL state is {@code lateralActive} sees it. */
  boolean visibleTo(boolean lateralActive) {
    return !lateralOnly || lateralActive;
  }

  @Override
  public String toString() {
    return entry
        + (relVisible ? " rel" : "")
        + (colsVisible ? " cols" : "")
        + (lateralOnly ? " lateral-only" : "")
        + (lateralOk ? "" : " lateral-forbidden");
  }
}
