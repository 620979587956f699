package dev.sqlcheck.processor.schema;

/** Schemas shared by the strict-reading tests of the loader and the compile tests. */
public final class StrictFixtures {
  private StrictFixtures() {}

  /**
   * Two tables, then a block that rebuilds {@code users} under an IF guard, adds and renames
   * columns of {@code orders} (one rename in a nested block with a handler) and runs a constant
   * EXECUTE.
   */
  public static final String REBUILD =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_name = 'users' AND column_name = 'email') THEN
          CREATE TABLE users_new (
            id bigint PRIMARY KEY, nickname text NOT NULL, email text NOT NULL DEFAULT '');
          INSERT INTO users_new (id, nickname) SELECT id, coalesce(nickname, '') FROM users;
          DROP TABLE users;
          ALTER TABLE users_new RENAME TO users;
        END IF;
        ALTER TABLE orders ADD COLUMN placed_at timestamptz NOT NULL DEFAULT now();
        BEGIN
          ALTER TABLE orders RENAME COLUMN total TO amount;
        EXCEPTION WHEN undefined_column THEN
          RAISE NOTICE 'already renamed';
        END;
        EXECUTE 'ALTER TABLE orders ' || 'ADD COLUMN note text';
      END $$;
      """;

  /** A CREATE TABLE with a comma missing before {@code placed_at} on line 5. */
  public static final String MISSING_COMMA =
      """
      CREATE TYPE order_status AS ENUM ('pending', 'paid');
      CREATE TABLE orders (
        id bigint PRIMARY KEY,
        status order_status NOT NULL DEFAULT 'pending'
        placed_at timestamptz
      );
      CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
      """;
}
