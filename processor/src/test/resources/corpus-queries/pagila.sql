-- Valid queries against pagila-schema-2024.sql; each must PREPARE on PostgreSQL and get no
-- analyser error. Parameters use sqlcheck's :name form.

-- name: FilmById
SELECT film_id, title, description, release_year, rating, special_features
FROM film WHERE film_id = :id;

-- name: FilmsByActorJoin
SELECT f.film_id, f.title, a.first_name, a.last_name
FROM film f
JOIN film_actor fa ON fa.film_id = f.film_id
JOIN actor a ON a.actor_id = fa.actor_id
WHERE a.last_name = :lastName
ORDER BY f.title;

-- name: FilmsUsingJoin
SELECT film_id, title, actor_id
FROM film JOIN film_actor USING (film_id)
WHERE actor_id = :actor;

-- name: FilmCategoryNatural
SELECT film_id, category_id, name
FROM film_category NATURAL JOIN category
WHERE film_id = :film;

-- name: CustomersLeftJoinRentals
SELECT c.customer_id, c.first_name, count(r.rental_id) AS rentals
FROM customer c
LEFT JOIN rental r ON r.customer_id = c.customer_id
GROUP BY c.customer_id, c.first_name
HAVING count(r.rental_id) >= :minRentals
ORDER BY rentals DESC, 1;

-- name: StoresRightJoinStaff
SELECT s.store_id, st.username
FROM staff st RIGHT JOIN store s ON s.manager_staff_id = st.staff_id;

-- name: CountriesFullJoinCities
SELECT co.country, ci.city
FROM country co FULL OUTER JOIN city ci ON ci.country_id = co.country_id
WHERE co.country IS NOT NULL OR ci.city IS NOT NULL;

-- name: CrossJoinLanguages
SELECT l.name, c.name AS category
FROM language l CROSS JOIN category c
ORDER BY 1, 2
LIMIT :limit OFFSET :offset;

-- name: RevenueByCategoryWindow
SELECT c.name AS category, f.title,
       sum(p.amount) AS revenue,
       rank() OVER (PARTITION BY c.name ORDER BY sum(p.amount) DESC) AS rnk
FROM payment p
JOIN rental r ON r.rental_id = p.rental_id
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
JOIN film_category fc ON fc.film_id = f.film_id
JOIN category c ON c.category_id = fc.category_id
GROUP BY c.name, f.title;

-- name: RunningTotalNamedWindow
SELECT payment_id, customer_id, amount,
       sum(amount) OVER w AS running_total,
       lag(amount) OVER w AS previous_amount
FROM payment
WHERE customer_id = :customer
WINDOW w AS (PARTITION BY customer_id ORDER BY payment_date);

-- name: TopCustomersCte
WITH totals AS (
  SELECT customer_id, sum(amount) AS total
  FROM payment
  GROUP BY customer_id
)
SELECT c.first_name, c.last_name, t.total
FROM totals t JOIN customer c ON c.customer_id = t.customer_id
WHERE t.total > :threshold
ORDER BY t.total DESC;

-- name: StaffHierarchyRecursive
WITH RECURSIVE days(d) AS (
  SELECT date_trunc('day', min(rental_date)) FROM rental
  UNION ALL
  SELECT d + interval '1 day' FROM days WHERE d < :until
)
SELECT d, (SELECT count(*) FROM rental r WHERE date_trunc('day', r.rental_date) = days.d) AS n
FROM days;

-- name: ScalarSubquery
SELECT f.title,
       (SELECT count(*) FROM inventory i WHERE i.film_id = f.film_id) AS copies
FROM film f
WHERE f.rating = :rating::mpaa_rating;

-- name: InSubquery
SELECT first_name, last_name FROM actor
WHERE actor_id IN (SELECT actor_id FROM film_actor WHERE film_id = :film);

-- name: ExistsCorrelated
SELECT c.email FROM customer c
WHERE NOT EXISTS (
  SELECT 1 FROM rental r WHERE r.customer_id = c.customer_id AND r.return_date IS NULL);

-- name: LateralLatestRental
SELECT c.customer_id, last_r.rental_date, last_r.inventory_id
FROM customer c
CROSS JOIN LATERAL (
  SELECT r.rental_date, r.inventory_id FROM rental r
  WHERE r.customer_id = c.customer_id
  ORDER BY r.rental_date DESC LIMIT 1) AS last_r
WHERE c.store_id = :store;

-- name: UnionActorsStaff
SELECT first_name, last_name, 'actor' AS kind FROM actor
UNION
SELECT first_name, last_name, 'staff' FROM staff
ORDER BY last_name, first_name;

-- name: IntersectExcept
SELECT film_id FROM inventory WHERE store_id = 1
INTERSECT
SELECT film_id FROM film WHERE rental_rate > :rate
EXCEPT
SELECT film_id FROM film_category WHERE category_id = :excluded;

-- name: DistinctOnLatestPayment
SELECT DISTINCT ON (customer_id) customer_id, payment_date, amount
FROM payment
ORDER BY customer_id, payment_date DESC;

-- name: FilterAggregates
SELECT store_id,
       count(*) FILTER (WHERE activebool) AS active,
       count(*) FILTER (WHERE NOT activebool) AS inactive
FROM customer
GROUP BY store_id;

-- name: CaseAndCasts
SELECT title,
       CASE WHEN length < 60 THEN 'short' WHEN length < 120 THEN 'medium' ELSE 'long' END AS size,
       rental_rate::text AS rate_text,
       CAST(replacement_cost AS integer) AS cost,
       release_year::integer + 1 AS next_year
FROM film;

-- name: ViewCustomerList
SELECT id, name, address, "zip code", phone, city, country, notes, sid
FROM customer_list
WHERE country = :country;

-- name: ViewFilmListAndSales
SELECT fl.title, fl.category, fl.price, fl.actors
FROM film_list fl
WHERE fl.category IN (SELECT category FROM sales_by_film_category WHERE total_sales > :min);

-- name: MaterializedView
SELECT category, total_sales FROM rental_by_category ORDER BY total_sales DESC;

-- name: InsertActorReturning
INSERT INTO actor (first_name, last_name) VALUES (:first, :last)
RETURNING actor_id, last_update;

-- name: InsertFilmActorOnConflict
INSERT INTO film_actor (actor_id, film_id) VALUES (:actor, :film)
ON CONFLICT (actor_id, film_id) DO UPDATE SET last_update = EXCLUDED.last_update;

-- name: InsertCategoryOnConflictNothing
INSERT INTO category (category_id, name) VALUES (:id, :name)
ON CONFLICT (category_id) DO NOTHING;

-- name: InsertSelect
INSERT INTO film_category (film_id, category_id)
SELECT f.film_id, :category FROM film f WHERE f.title LIKE :pattern
ON CONFLICT DO NOTHING;

-- name: UpdateFrom
UPDATE film f SET rental_rate = f.rental_rate * 1.1
FROM film_category fc
JOIN category c ON c.category_id = fc.category_id
WHERE fc.film_id = f.film_id AND c.name = :category
RETURNING f.film_id, f.rental_rate;

-- name: DeleteUsing
DELETE FROM film_actor fa USING actor a
WHERE a.actor_id = fa.actor_id AND a.last_name = :last
RETURNING fa.film_id;

-- name: ArraysSpecialFeatures
SELECT title, special_features[1] AS first_feature, array_length(special_features, 1) AS n
FROM film
WHERE :feature = ANY(special_features) AND special_features @> ARRAY['Trailers'];

-- name: UnnestFeatures
SELECT f.film_id, feat.name
FROM film f, unnest(f.special_features) WITH ORDINALITY AS feat(name, pos)
WHERE feat.pos = 1;

-- name: DateArithmetic
SELECT rental_id, rental_date, return_date,
       return_date - rental_date AS duration,
       EXTRACT(day FROM return_date - rental_date) AS days,
       rental_date + interval '3 days' AS due
FROM rental
WHERE rental_date >= now() - interval '30 days' AND return_date IS NOT NULL;

-- name: FullTextSearch
SELECT film_id, title FROM film WHERE fulltext @@ to_tsquery(:query);

-- name: LanguageColumnsNamedLikeKeywords
SELECT l.name, f.length, f.rating FROM film f JOIN language l ON l.language_id = f.language_id
WHERE f.length > :len;

-- name: SalesByStoreView
SELECT store, manager, total_sales FROM sales_by_store WHERE manager ILIKE :m;

-- name: StaffListJsonBuild
SELECT json_build_object('id', id, 'name', name, 'city', city) ->> 'name' AS n
FROM staff_list;

-- name: GroupByRollup
SELECT i.store_id, f.rating, count(*) AS copies
FROM inventory i JOIN film f USING (film_id)
GROUP BY ROLLUP (i.store_id, f.rating)
ORDER BY 1 NULLS LAST, 2;

-- name: DataModifyingCte
WITH moved AS (
  UPDATE customer SET store_id = :to WHERE store_id = :from RETURNING customer_id
)
SELECT count(*) FROM moved;

-- name: PartitionTable
SELECT payment_id, amount FROM payment_p2022_01 WHERE customer_id = :c;

-- name: AddressCityCountryChain
SELECT a.address, a.district, ci.city, co.country
FROM address a
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
WHERE a.postal_code = :zip OR a.address2 IS NOT DISTINCT FROM :addr2;

-- name: MonthlyRevenueGrowth
WITH monthly AS (
  SELECT date_trunc('month', payment_date) AS month, sum(amount) AS revenue
  FROM payment
  GROUP BY 1
)
SELECT month, revenue,
       revenue - lag(revenue) OVER (ORDER BY month) AS delta,
       round(100.0 * (revenue - lag(revenue) OVER (ORDER BY month)) / nullif(lag(revenue) OVER (ORDER BY month), 0), 2) AS pct
FROM monthly
ORDER BY month;

-- name: TopFilmPerCategoryLateral
SELECT c.name, top.title, top.rentals
FROM category c
CROSS JOIN LATERAL (
  SELECT f.title, count(*) AS rentals
  FROM film f
  JOIN film_category fc ON fc.film_id = f.film_id
  JOIN inventory i ON i.film_id = f.film_id
  JOIN rental r ON r.inventory_id = i.inventory_id
  WHERE fc.category_id = c.category_id
  GROUP BY f.title
  ORDER BY rentals DESC
  LIMIT 1
) top
ORDER BY c.name;

-- name: OverdueRentals
SELECT r.rental_id, c.first_name || ' ' || c.last_name AS customer, a.phone, f.title,
       r.rental_date + make_interval(days => f.rental_duration) AS due
FROM rental r
JOIN customer c USING (customer_id)
JOIN address a USING (address_id)
JOIN inventory i USING (inventory_id)
JOIN film f USING (film_id)
WHERE r.return_date IS NULL
  AND r.rental_date + f.rental_duration * interval '1 day' < now()
ORDER BY due;

-- name: ActorsCoStarring
SELECT a1.actor_id AS actor, a2.actor_id AS costar, count(*) AS films
FROM film_actor a1
JOIN film_actor a2 ON a2.film_id = a1.film_id AND a2.actor_id > a1.actor_id
GROUP BY a1.actor_id, a2.actor_id
HAVING count(*) >= :min
ORDER BY films DESC
LIMIT 20;

-- name: CustomerLifetimeBuckets
SELECT bucket, count(*) AS customers
FROM (
  SELECT customer_id,
         CASE WHEN sum(amount) < 50 THEN 'low' WHEN sum(amount) < 150 THEN 'mid' ELSE 'high' END AS bucket
  FROM payment
  GROUP BY customer_id
) t
GROUP BY bucket
ORDER BY CASE bucket WHEN 'low' THEN 1 WHEN 'mid' THEN 2 ELSE 3 END;

-- name: FilmsNeverRented
SELECT f.film_id, f.title
FROM film f
WHERE NOT EXISTS (
  SELECT 1 FROM inventory i JOIN rental r ON r.inventory_id = i.inventory_id
  WHERE i.film_id = f.film_id)
ORDER BY f.title;

-- name: StoreStaffPaymentsPivot
SELECT s.store_id,
       sum(p.amount) FILTER (WHERE extract(dow FROM p.payment_date) IN (0, 6)) AS weekend,
       sum(p.amount) FILTER (WHERE extract(dow FROM p.payment_date) BETWEEN 1 AND 5) AS weekday
FROM payment p
JOIN staff s ON s.staff_id = p.staff_id
GROUP BY s.store_id;

-- name: SearchFilmsFullTextRanked
SELECT film_id, title, ts_rank(fulltext, q) AS rank
FROM film, plainto_tsquery('english', :q) AS q
WHERE fulltext @@ q
ORDER BY rank DESC
LIMIT :limit;

-- name: UpsertFilmCategory
INSERT INTO film_category AS fc (film_id, category_id)
SELECT :film, c.category_id FROM category c WHERE c.name = :category
ON CONFLICT (film_id, category_id) DO UPDATE SET last_update = now()
WHERE fc.last_update < now() - interval '1 hour'
RETURNING fc.film_id, fc.category_id, fc.last_update;

-- name: ArchiveOldPayments
WITH old AS (
  SELECT payment_id, payment_date FROM payment
  WHERE payment_date < :cutoff
  ORDER BY payment_date
  LIMIT 100
)
DELETE FROM payment p USING old
WHERE p.payment_id = old.payment_id AND p.payment_date = old.payment_date
RETURNING p.payment_id, p.amount;

-- name: RatingsArrayAgg
SELECT rating, array_agg(title ORDER BY title) FILTER (WHERE length > 120) AS long_titles,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY length) AS median_length
FROM film
GROUP BY rating
ORDER BY rating NULLS LAST;

-- name: DistinctCountriesOfCustomers
SELECT DISTINCT co.country
FROM customer cu
JOIN address a ON a.address_id = cu.address_id
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
WHERE cu.activebool
ORDER BY co.country;
