-- Valid queries against migrations-schema.sql (ALTER TABLE variants, CREATE TABLE LIKE/AS,
-- views with column lists, renamed relations, identity and generated columns).

-- name: a_all
SELECT id, b, c2, d, e, f, g, h FROM a;

-- name: quoted
SELECT "Col A" FROM "Quoted Table";

-- name: like
SELECT id, b, c2, d, e, f, g FROM t2;

-- name: ctas
SELECT id, b FROM t3;

-- name: t4t6
SELECT t4.id, t6.qty FROM t4 JOIN t6 USING (id);

-- name: renamed
SELECT id FROM t5b;

-- name: view_star_snapshot
SELECT id, b, c2, d, e, f, g FROM v;

-- name: view_collist
SELECT x2, y FROM v2;

-- name: mv
SELECT id FROM mv;

-- name: selfref
SELECT t.id, p.id FROM t7 t LEFT JOIN t7 p ON p.id = t.ref;

-- name: t8
SELECT id, tags, doc, at FROM t8 WHERE doc @> :d::jsonb;

-- name: t9
SELECT id, "select", "Mixed" FROM t9;

-- name: insert_t9
INSERT INTO t9 ("select", "Mixed") VALUES (:s, :m) RETURNING id;

-- name: insert_a
INSERT INTO a (b, c2, d) VALUES (:b, :c, :d) RETURNING id, g, h;
