-- Applied after V1_1 (10 > 1.1), from a subfolder: Flyway reads folders recursively.
ALTER TABLE items RENAME COLUMN amount TO qty;
