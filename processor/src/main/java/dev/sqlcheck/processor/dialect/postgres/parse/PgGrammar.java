package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PostgreSQL grammar of a set of major versions (14 to 18). A construct or a use of a key word
 * is accepted if any version of the set accepts it: with {@link #defaultRange()} (14–18) {@code
 * MERGE … RETURNING} parses (17) and so does {@code SELECT 1 FROM t system_user} (an alias in 14
 * and 15, where {@code system_user} is no key word); with {@code of(15)} the grammar is exactly
 * PostgreSQL 15's.
 *
 * <p>Where versions read the same text differently, the newest reading wins: with 14–18, {@code
 * 0x1F} is a hexadecimal integer (16) rather than {@code 0 AS x1F} (14).
 */
public final class PgGrammar {
  /** The oldest major version described. */
  public static final int OLDEST = 14;

  /** The newest major version described. */
  public static final int NEWEST = 18;

  private static final int COL_ID = 1;
  private static final int TYPE_FUNC = 2;
  private static final int BARE_LABEL = 4;
  private static final int NON_RESERVED = 8;
  private static final int KEYWORD_SOMEWHERE = 16;

  private static volatile PgGrammar defaultRange;

  private final int[] versions;
  private final byte[] flags;

  private PgGrammar(int[] versions) {
    this.versions = versions;
    this.flags = new byte[PgKeywords.WORDS.length];
    for (int kw = 0; kw < flags.length; kw++) {
      flags[kw] = computeFlags(kw);
    }
  }

  /** The grammar of exactly these major versions (each 14..18, at least one). */
  public static PgGrammar of(int... versions) {
    if (versions.length == 0) {
      throw new IllegalArgumentException("no PostgreSQL version given");
    }
    int[] sorted = versions.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int v : sorted) {
      if (n == 0 || sorted[n - 1] != v) {
        sorted[n++] = v; // drop duplicates without streams: no lambda bootstrap inside javac
      }
    }
    sorted = Arrays.copyOf(sorted, n);
    for (int v : sorted) {
      if (v < OLDEST || v > NEWEST) {
        throw new IllegalArgumentException(
            "unsupported PostgreSQL version " + v + "; supported: " + OLDEST + " to " + NEWEST);
      }
    }
    return new PgGrammar(sorted);
  }

  /** The grammar of PostgreSQL 14 to 18, sqlcheck's default. */
  public static PgGrammar defaultRange() {
    PgGrammar g = defaultRange;
    if (g == null) {
      g = of(14, 15, 16, 17, 18);
      defaultRange = g;
    }
    return g;
  }

  /** The major versions of this grammar, ascending. */
  public Set<Integer> versions() {
    Set<Integer> out = new TreeSet<>();
    for (int v : versions) {
      out.add(v);
    }
    return out;
  }

  /** Whether some version of the set is {@code version} or newer: a feature of that version. */
  public boolean since(int version) {
    return versions[versions.length - 1] >= version;
  }

  /** Whether some version of the set is older than {@code version}. */
  public boolean before(int version) {
    return versions[0] < version;
  }

  /** Whether the set holds exactly this version. */
  public boolean has(int version) {
    return Arrays.binarySearch(versions, version) >= 0;
  }

  private byte computeFlags(int kw) {
    int f = 0;
    boolean bare = PgKeywords.CATEGORIES.charAt(kw * 6 + 5) == 'b';
    for (int v : versions) {
      char c = PgKeywords.CATEGORIES.charAt(kw * 6 + (v - OLDEST));
      switch (c) {
        case '-':
          f |= COL_ID | TYPE_FUNC | BARE_LABEL | NON_RESERVED;
          break;
        case 'U':
          f |= COL_ID | TYPE_FUNC | NON_RESERVED | KEYWORD_SOMEWHERE;
          break;
        case 'C':
          f |= COL_ID | NON_RESERVED | KEYWORD_SOMEWHERE;
          break;
        case 'T':
          f |= TYPE_FUNC | NON_RESERVED | KEYWORD_SOMEWHERE;
          break;
        default:
          f |= KEYWORD_SOMEWHERE;
          break;
      }
      if (bare) {
        f |= BARE_LABEL;
      }
    }
    return (byte) f;
  }

  /** Whether the word is a key word in at least one version of the set. */
  boolean isKeyword(int kw) {
    return kw < flags.length && (flags[kw] & KEYWORD_SOMEWHERE) != 0;
  }

  /** PostgreSQL's ColId: an identifier, or an unreserved or col_name key word. */
  boolean colId(int kw) {
    return kw < flags.length && (flags[kw] & COL_ID) != 0;
  }

  /** PostgreSQL's type_function_name: an identifier, or an unreserved or type_func_name word. */
  boolean typeFunctionName(int kw) {
    return kw < flags.length && (flags[kw] & TYPE_FUNC) != 0;
  }

  /** PostgreSQL's BareColLabel: an identifier or a key word marked BARE_LABEL. */
  boolean bareLabel(int kw) {
    return kw < flags.length && (flags[kw] & BARE_LABEL) != 0;
  }

  /** PostgreSQL's NonReservedWord: anything but a reserved key word. */
  boolean nonReserved(int kw) {
    return kw < flags.length && (flags[kw] & NON_RESERVED) != 0;
  }

  /** Key-word ids of words that are key words in some version; the others lex as identifiers. */
  BitSet keywordIds() {
    BitSet b = new BitSet();
    for (int kw = 0; kw < flags.length; kw++) {
      if (isKeyword(kw)) {
        b.set(kw);
      }
    }
    return b;
  }

  @Override
  public String toString() {
    return "PgGrammar" + versions();
  }
}
