package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TableElement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE and ALTER TABLE as {@code transformCreateStmt} and {@code transformAlterTableStmt}
 * see them after parsing: each column definition in turn ({@link ColumnRules}), then the sequences
 * of identity columns, which PostgreSQL creates before the table and checks only then.
 */
final class TableRules {
  private TableRules() {}

  static AnalysisRules.Problem createTable(CreateTable c) {
    AnalysisRules.Problem p = AnalysisRules.dotted(c.ofType(), false);
    if (p != null) {
      return p;
    }
    boolean partitioned = c.partitionBy() != null;
    if (partitioned && !c.inherits().isEmpty() && c.partitionOf() == null) {
      return AnalysisRules.STOP; // 42P17: cannot create partitioned table as inheritance child
    }
    ColumnRules.Context context =
        c.ofType() != null
            ? ColumnRules.Context.TYPED_TABLE
            : c.partitionOf() != null ? ColumnRules.Context.PARTITION : ColumnRules.Context.PLAIN;
    String table = last(c.name().parts());
    List<ColumnDefinition> columns = new ArrayList<>();
    for (TableElement e : c.elements()) {
      if (e instanceof ColumnDefinition d) {
        p = ColumnRules.column(d, table, context);
        columns.add(d);
      } else if (e instanceof Constraint.Exclude && partitioned) {
        p = AnalysisRules.STOP; // 0A000 up to PostgreSQL 16
      }
      if (p != null) {
        return p;
      }
    }
    return identities(columns);
  }

  static AnalysisRules.Problem alterTable(AlterTable a) {
    String table = last(a.relation().name().parts());
    List<ColumnDefinition> added = new ArrayList<>();
    for (AlterTable.Action action : a.actions()) {
      if (action instanceof AlterTable.AddColumn add) {
        added.add(add.column());
      }
    }
    AnalysisRules.Problem p = columns(added, table, ColumnRules.Context.PLAIN);
    for (AlterTable.Action action : a.actions()) {
      if (p != null) {
        return p;
      }
      if (action instanceof AlterTable.AlterColumnType t) {
        p = ColumnRules.type(t.type());
        if (p == null && t.collation() != null) {
          p = AnalysisRules.dotted(t.collation(), false);
        }
      } else if (action instanceof AlterTable.AddIdentity id) {
        p = SequenceRules.options(id.options(), true);
      } else if (action instanceof AlterTable.SetIdentity set) {
        p = SequenceRules.identityChanges(set.options());
      }
    }
    return p;
  }

  /** The columns in turn, then the options of the identity sequences they ask for. */
  private static AnalysisRules.Problem columns(
      List<ColumnDefinition> columns, String table, ColumnRules.Context context) {
    for (ColumnDefinition d : columns) {
      AnalysisRules.Problem p = ColumnRules.column(d, table, context);
      if (p != null) {
        return p;
      }
    }
    return identities(columns);
  }

  /**
   * The identity columns' sequences, which PostgreSQL creates (and checks) after it has read every
   * column: their options, then their type, which must be a built-in integer (22023).
   */
  private static AnalysisRules.Problem identities(List<ColumnDefinition> columns) {
    for (ColumnDefinition d : columns) {
      for (Constraint k : d.constraints()) {
        if (k instanceof Constraint.Identity id) {
          AnalysisRules.Problem p = SequenceRules.options(id.options(), true);
          if (p == null && !integer(d.type())) {
            p = AnalysisRules.STOP;
          }
          if (p != null) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private static boolean integer(TypeName type) {
    if (type == null || !type.arrayBounds().isEmpty()) {
      return false;
    }
    List<Identifier> parts = type.name().parts();
    boolean catalog =
        parts.size() == 1 || parts.size() == 2 && parts.get(0).name().equals("pg_catalog");
    String last = parts.get(parts.size() - 1).name();
    return catalog && (last.equals("int2") || last.equals("int4") || last.equals("int8"));
  }

  private static String last(List<Identifier> parts) {
    return parts.get(parts.size() - 1).name();
  }
}
