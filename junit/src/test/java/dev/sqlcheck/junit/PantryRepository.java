package dev.sqlcheck.junit;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.util.Optional;

/** The repository the extension's tests verify and use, compiled by the processor. */
@SqlRepository
public interface PantryRepository {
  enum Freshness {
    FRESH,
    STALE
  }

  record Item(long id, String name, int qty, Freshness freshness) {}

  @Query("INSERT INTO items (name, qty) VALUES (:name, :qty) RETURNING id")
  long add(String name, int qty);

  @Query("SELECT id, name, qty, freshness FROM items WHERE name = :name")
  Optional<Item> find(String name);

  @Query("UPDATE items SET freshness = :freshness WHERE id = :id")
  int mark(long id, Freshness freshness);
}
