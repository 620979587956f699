package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.schema.SchemaObjects.Kind;
import dev.sqlcheck.processor.schema.SchemaObjects.Named;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.SequenceOption;
import dev.sqlcheck.processor.sql.ast.TableLike;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sequences a schema makes without {@code CREATE SEQUENCE}, as PostgreSQL makes them: one for
 * each {@code serial} column and each identity column, named {@code table_column_seq} (cut to fit
 * and numbered while the name is taken) unless the identity says {@code SEQUENCE NAME}. The column
 * owns its sequence, so dropping the column or the table drops it; {@code ALTER SEQUENCE … OWNED
 * BY} ties a sequence of its own to a column the same way (pg_dump writes one per serial column). A
 * query names these sequences in {@code nextval('orders_id_seq')} or reads them as tables.
 */
final class OwnedSequences {
  private static final Set<String> SERIALS =
      Set.of("serial", "serial4", "bigserial", "serial8", "smallserial", "serial2");

  private OwnedSequences() {}

  /** A column of CREATE TABLE or ADD COLUMN: its sequence, if it is serial or an identity. */
  static void column(LoadContext ctx, String schema, String table, ColumnDefinition c) {
    for (Constraint k : c.constraints()) {
      if (k instanceof Constraint.Identity identity) {
        own(ctx, schema, table, c.name().name(), identity.options());
        return;
      }
    }
    if (isSerial(c.type())) {
      own(ctx, schema, table, c.name().name(), List.of());
    }
  }

  /** The ALTER TABLE actions that give a column a sequence or take it away. */
  static void action(LoadContext ctx, String schema, String table, AlterTable.Action action) {
    if (action instanceof AlterTable.AddIdentity add) {
      own(ctx, schema, table, add.column().name(), add.options());
    } else if (action instanceof AlterTable.DropIdentity drop) {
      String column = drop.column().name();
      ctx.objects.remove(
          ctx.catalog,
          o ->
              o.kind() == Kind.SEQUENCE
                  && o.schema().equals(schema)
                  && table.equals(o.table())
                  && o.columns().contains(column));
    }
  }

  /**
   * {@code OWNED BY table.column} or {@code OWNED BY NONE} among the options of CREATE or ALTER
   * SEQUENCE {@code name}.
   */
  static void ownedBy(LoadContext ctx, QualifiedName name, List<SequenceOption> options) {
    for (SequenceOption o : options) {
      if (!o.name().equals("owned by")) {
        continue;
      }
      String last = name.last().name();
      Optional<String> schema = ctx.catalog.sequenceSchema(ConstraintDdl.qualifier(name), last);
      if (schema.isEmpty()) {
        return;
      }
      disown(ctx, schema.get(), last);
      if (o.value() instanceof QualifiedName owner && owner.parts().size() >= 2) {
        List<Identifier> parts = owner.parts();
        String column = parts.get(parts.size() - 1).name();
        String tableSchema = parts.size() > 2 ? parts.get(parts.size() - 3).name() : null;
        Optional<Relation> table =
            ctx.catalog.resolve(tableSchema, parts.get(parts.size() - 2).name());
        if (table.isPresent() && table.get().schema().equals(schema.get())) {
          own(ctx, schema.get(), last, table.get().name(), column);
        }
      }
    }
  }

  private static void own(
      LoadContext ctx, String schema, String table, String column, List<SequenceOption> options) {
    String name = null;
    String seqSchema = schema;
    for (SequenceOption o : options) {
      if (o.name().equals("sequence name") && o.value() instanceof QualifiedName q) {
        name = q.last().name();
        String qualifier = ConstraintDdl.qualifier(q);
        seqSchema = qualifier != null ? qualifier : schema;
      }
    }
    if (!seqSchema.equals(schema)) {
      // a sequence in another schema than its table: kept, but not tied to the table
      if (ctx.catalog.sequenceSchema(seqSchema, name).isEmpty()) {
        ctx.catalog.addSequence(seqSchema, name, ctx.location());
      }
      return;
    }
    own(ctx, schema, name, table, column);
  }

  /**
   * Records that a column owns a sequence, and the sequence in the catalog: {@code name} as
   * written, or, when null, the name PostgreSQL chooses for a serial or identity column ({@code
   * table_column_seq}, cut to fit and numbered while taken).
   */
  static void own(LoadContext ctx, String schema, String name, String table, String column) {
    String chosen =
        name != null
            ? name
            : ctx.objects.chooseName(ctx.catalog, schema, table, List.of(column), "seq");
    disown(ctx, schema, chosen);
    ctx.objects.add(
        new Named(
            schema,
            chosen,
            table,
            Kind.SEQUENCE,
            List.of(column),
            "seq",
            name != null,
            ctx.location()));
    if (ctx.catalog.sequenceSchema(schema, chosen).isEmpty()) {
      ctx.catalog.addSequence(schema, chosen, ctx.location());
    }
  }

  /** A sequence was dropped by name, or made {@code OWNED BY NONE}: no column owns it now. */
  static void disown(LoadContext ctx, String schema, String name) {
    ctx.objects.forget(o -> isSequence(o, schema, name));
  }

  /** A sequence was renamed or moved: its owner, if any, keeps it under the new name. */
  static void moved(LoadContext ctx, String schema, String name, String newSchema, String newName) {
    ctx.objects.replace(o -> isSequence(o, schema, name) ? o.withName(newSchema, newName) : o);
  }

  private static boolean isSequence(Named o, String schema, String name) {
    return o.kind() == Kind.SEQUENCE && o.schema().equals(schema) && o.name().equals(name);
  }

  /**
   * Whether a statement the grammar could not read might have made a sequence: it names a serial
   * type or IDENTITY.
   */
  static boolean mayMakeOne(String sql) {
    for (SqlTokens.Token t : SqlTokens.tokenize(sql, Integer.MAX_VALUE)) {
      if (t.is("IDENTITY") || SERIALS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code LIKE source INCLUDING IDENTITY|ALL}: the copies of identity columns get sequences. */
  static boolean copiesIdentity(TableLike like) {
    boolean copies = false;
    for (TableLike.Option o : like.options()) {
      if (o.what().equals("identity") || o.what().equals("all")) {
        copies = o.including();
      }
    }
    return copies;
  }

  private static boolean isSerial(TypeName type) {
    return type != null
        && type.arrayBounds().isEmpty()
        && type.name().parts().size() == 1
        && SERIALS.contains(type.name().last().name());
  }
}
