-- Valid queries against chinook-Chinook_PostgreSql.sql; each must PREPARE on PostgreSQL and get
-- no analyser error. Parameters use sqlcheck's :name form.

-- name: TrackById
SELECT track_id, name, composer, milliseconds, bytes, unit_price FROM track WHERE track_id = :id;

-- name: AlbumsOfArtist
SELECT al.album_id, al.title, ar.name AS artist
FROM album al JOIN artist ar ON ar.artist_id = al.artist_id
WHERE ar.name = :artist
ORDER BY al.title;

-- name: TracksUsingJoins
SELECT track_id, t.name, album_id, a.title
FROM track t JOIN album a USING (album_id)
WHERE artist_id = :artist;

-- name: NaturalJoinPlaylistTrack
SELECT playlist_id, track_id FROM playlist_track NATURAL JOIN playlist WHERE playlist_id = :p;

-- name: ArtistsWithoutAlbums
SELECT ar.artist_id, ar.name
FROM artist ar LEFT JOIN album al ON al.artist_id = ar.artist_id
WHERE al.album_id IS NULL;

-- name: GenreTrackCountsHaving
SELECT g.name AS genre, count(*) AS tracks, round(avg(t.milliseconds) / 1000.0, 1) AS avg_seconds
FROM track t JOIN genre g ON g.genre_id = t.genre_id
GROUP BY g.name
HAVING count(*) > :min
ORDER BY tracks DESC, genre;

-- name: InvoiceTotalsByCountryOrdinal
SELECT billing_country, count(*), sum(total)
FROM invoice
GROUP BY 1
ORDER BY 3 DESC NULLS LAST;

-- name: TopCustomersWindow
SELECT customer_id, first_name, last_name, spent,
       dense_rank() OVER (ORDER BY spent DESC) AS position,
       ntile(4) OVER (ORDER BY spent) AS quartile
FROM (
  SELECT c.customer_id, c.first_name, c.last_name, sum(i.total) AS spent
  FROM customer c JOIN invoice i ON i.customer_id = c.customer_id
  GROUP BY c.customer_id
) AS totals;

-- name: EmployeeHierarchy
WITH RECURSIVE chain AS (
  SELECT employee_id, first_name, last_name, reports_to, 1 AS depth
  FROM employee WHERE reports_to IS NULL
  UNION ALL
  SELECT e.employee_id, e.first_name, e.last_name, e.reports_to, chain.depth + 1
  FROM employee e JOIN chain ON e.reports_to = chain.employee_id
)
SELECT employee_id, first_name || ' ' || last_name AS full_name, depth FROM chain ORDER BY depth;

-- name: SelfJoinManager
SELECT e.first_name, e.last_name, m.first_name AS manager_first, m.last_name AS manager_last
FROM employee e LEFT JOIN employee m ON m.employee_id = e.reports_to;

-- name: SupportRepCustomers
SELECT c.customer_id, c.email, e.email AS rep_email
FROM customer c JOIN employee e ON e.employee_id = c.support_rep_id
WHERE e.title LIKE :title;

-- name: CteSalesPerEmployee
WITH sales AS (
  SELECT c.support_rep_id AS rep, sum(i.total) AS amount
  FROM invoice i JOIN customer c ON c.customer_id = i.customer_id
  GROUP BY c.support_rep_id
)
SELECT e.first_name, e.last_name, s.amount
FROM sales s JOIN employee e ON e.employee_id = s.rep
ORDER BY s.amount DESC;

-- name: ScalarSubqueryTrackCount
SELECT p.playlist_id, p.name,
       (SELECT count(*) FROM playlist_track pt WHERE pt.playlist_id = p.playlist_id) AS tracks
FROM playlist p;

-- name: InSubqueryGenres
SELECT name FROM track
WHERE genre_id IN (SELECT genre_id FROM genre WHERE name IN ('Rock', 'Metal'))
  AND media_type_id <> ALL (SELECT media_type_id FROM media_type WHERE name LIKE '%video%');

-- name: ExistsInvoiceLines
SELECT t.track_id, t.name FROM track t
WHERE EXISTS (SELECT 1 FROM invoice_line il WHERE il.track_id = t.track_id AND il.quantity > 1);

-- name: LateralTopTracks
SELECT al.title, top.name, top.milliseconds
FROM album al,
LATERAL (SELECT t.name, t.milliseconds FROM track t WHERE t.album_id = al.album_id
         ORDER BY t.milliseconds DESC LIMIT 3) top
WHERE al.artist_id = :artist;

-- name: UnionPeople
SELECT first_name, last_name, email, 'customer' AS kind FROM customer
UNION ALL
SELECT first_name, last_name, email, 'employee' FROM employee
ORDER BY last_name;

-- name: ExceptTracksNeverSold
SELECT track_id FROM track
EXCEPT
SELECT track_id FROM invoice_line;

-- name: DistinctOnLastInvoice
SELECT DISTINCT ON (customer_id) customer_id, invoice_id, invoice_date, total
FROM invoice
ORDER BY customer_id, invoice_date DESC;

-- name: FilterPerYear
SELECT customer_id,
       sum(total) FILTER (WHERE invoice_date >= :from) AS recent,
       sum(total) AS overall
FROM invoice GROUP BY customer_id;

-- name: CaseDurations
SELECT name,
       CASE WHEN milliseconds < 180000 THEN 'short'
            WHEN milliseconds BETWEEN 180000 AND 360000 THEN 'normal'
            ELSE 'long' END AS kind,
       (milliseconds / 1000)::int AS seconds,
       CAST(unit_price AS text) AS price
FROM track WHERE album_id = :album;

-- name: DateParts
SELECT invoice_id, date_trunc('month', invoice_date) AS month_start,
       EXTRACT(YEAR FROM invoice_date) AS yr, invoice_date::date AS day
FROM invoice
WHERE invoice_date BETWEEN :start AND :start::timestamp + interval '1 month';

-- name: InsertInvoiceReturning
INSERT INTO invoice (invoice_id, customer_id, invoice_date, billing_country, total)
VALUES (:id, :customer, now(), :country, :total)
RETURNING invoice_id, invoice_date;

-- name: InsertPlaylistTrackConflict
INSERT INTO playlist_track (playlist_id, track_id) VALUES (:playlist, :track)
ON CONFLICT (playlist_id, track_id) DO NOTHING;

-- name: UpsertGenre
INSERT INTO genre AS g (genre_id, name) VALUES (:id, :name)
ON CONFLICT (genre_id) DO UPDATE SET name = EXCLUDED.name WHERE g.name IS DISTINCT FROM EXCLUDED.name
RETURNING g.genre_id;

-- name: InsertSelectPlaylist
INSERT INTO playlist_track (playlist_id, track_id)
SELECT :playlist, t.track_id FROM track t WHERE t.genre_id = :genre;

-- name: UpdateFromAlbum
UPDATE track t SET unit_price = t.unit_price + :delta
FROM album a
WHERE a.album_id = t.album_id AND a.artist_id = :artist
RETURNING t.track_id, t.unit_price;

-- name: UpdateRowAssignment
UPDATE customer SET (city, country) = (:city, :country) WHERE customer_id = :id;

-- name: DeleteUsingPlaylist
DELETE FROM playlist_track pt USING playlist p
WHERE p.playlist_id = pt.playlist_id AND p.name = :name
RETURNING pt.track_id;

-- name: JsonAggregation
SELECT ar.name, json_agg(json_build_object('id', al.album_id, 'title', al.title)) AS albums
FROM artist ar JOIN album al ON al.artist_id = ar.artist_id
GROUP BY ar.name;

-- name: JsonOperators
SELECT j ->> 'name' AS name, (j -> 'id')::int AS id
FROM (SELECT to_jsonb(a) AS j FROM artist a) AS x
WHERE j ? 'name';

-- name: StringAggOrdered
SELECT al.album_id, string_agg(t.name, ', ' ORDER BY t.track_id) AS tracks
FROM album al JOIN track t ON t.album_id = al.album_id
GROUP BY al.album_id;

-- name: ArrayAggAny
SELECT p.name, array_agg(pt.track_id) AS ids
FROM playlist p JOIN playlist_track pt ON pt.playlist_id = p.playlist_id
WHERE pt.track_id = ANY(:ids)
GROUP BY p.name;

-- name: InvoiceLineDetail
SELECT il.invoice_line_id, il.unit_price * il.quantity AS line_total, t.name, mt.name AS media
FROM invoice_line il
JOIN track t ON t.track_id = il.track_id
JOIN media_type mt ON mt.media_type_id = t.media_type_id
WHERE il.invoice_id = :invoice;

-- name: CoalesceNullif
SELECT customer_id, coalesce(company, 'private') AS company, nullif(fax, '') AS fax,
       upper(state) AS state
FROM customer;
