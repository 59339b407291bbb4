-- A migration that a later Caravan bundles (MigrationsTest): a store current before it must run it.
CREATE TABLE start_next_migration (id INTEGER PRIMARY KEY);
