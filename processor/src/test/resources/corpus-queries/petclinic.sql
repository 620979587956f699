-- Valid queries against petclinic-postgres-schema.sql; each must PREPARE on PostgreSQL and get
-- no analyser error. Parameters use sqlcheck's :name form. PetClinic has columns named like
-- keywords: types.name, pets.name, visits.description.

-- name: OwnerById
SELECT id, first_name, last_name, address, city, telephone FROM owners WHERE id = :id;

-- name: OwnersByLastNamePrefix
SELECT DISTINCT o.id, o.first_name, o.last_name
FROM owners o LEFT JOIN pets p ON p.owner_id = o.id
WHERE o.last_name LIKE :lastName || '%'
ORDER BY o.last_name, o.first_name;

-- name: PetsWithTypes
SELECT p.id, p.name, p.birth_date, t.name AS type
FROM pets p JOIN types t ON t.id = p.type_id
WHERE p.owner_id = :owner
ORDER BY p.name;

-- name: PetTypesOrdered
SELECT id, name FROM types ORDER BY name;

-- name: VetsWithSpecialties
SELECT v.id, v.first_name, v.last_name, s.name AS specialty
FROM vets v
LEFT JOIN vet_specialties vs ON vs.vet_id = v.id
LEFT JOIN specialties s ON s.id = vs.specialty_id
ORDER BY v.last_name, s.name NULLS FIRST;

-- name: VetSpecialtyArrays
SELECT v.id, v.last_name, array_agg(s.name ORDER BY s.name) FILTER (WHERE s.name IS NOT NULL) AS specs
FROM vets v
LEFT JOIN vet_specialties vs ON vs.vet_id = v.id
LEFT JOIN specialties s ON s.id = vs.specialty_id
GROUP BY v.id, v.last_name;

-- name: VisitsOfPet
SELECT id, visit_date, description FROM visits WHERE pet_id = :pet ORDER BY visit_date DESC;

-- name: VisitsJoinUsing
SELECT pet_id, count(*) AS n FROM visits GROUP BY pet_id HAVING count(*) >= :min;

-- name: PetAgeDates
SELECT name, birth_date, age(birth_date) AS age,
       EXTRACT(YEAR FROM birth_date) AS born_year,
       date_part('month', birth_date) AS born_month,
       birth_date + 365 AS first_birthday
FROM pets
WHERE birth_date > current_date - interval '10 years';

-- name: OwnerPetCountWindow
SELECT o.id, o.last_name, count(p.id) AS pets,
       row_number() OVER (ORDER BY count(p.id) DESC, o.last_name) AS position
FROM owners o LEFT JOIN pets p ON p.owner_id = o.id
GROUP BY o.id, o.last_name;

-- name: LastVisitPerPetDistinctOn
SELECT DISTINCT ON (v.pet_id) v.pet_id, v.visit_date, v.description
FROM visits v
ORDER BY v.pet_id, v.visit_date DESC;

-- name: OwnersWithoutPetsNotExists
SELECT o.id, o.last_name FROM owners o
WHERE NOT EXISTS (SELECT 1 FROM pets p WHERE p.owner_id = o.id);

-- name: PetsOfCityInSubquery
SELECT name FROM pets WHERE owner_id IN (SELECT id FROM owners WHERE city = :city);

-- name: ScalarVisitCount
SELECT p.name,
       (SELECT max(v.visit_date) FROM visits v WHERE v.pet_id = p.id) AS last_visit
FROM pets p;

-- name: LateralNextVisits
SELECT p.name, nv.visit_date
FROM pets p
LEFT JOIN LATERAL (SELECT v.visit_date FROM visits v WHERE v.pet_id = p.id
                   ORDER BY v.visit_date DESC LIMIT 2) nv ON true;

-- name: CteBusyOwners
WITH visit_counts AS (
  SELECT p.owner_id, count(v.id) AS visits
  FROM pets p JOIN visits v ON v.pet_id = p.id
  GROUP BY p.owner_id
)
SELECT o.first_name, o.last_name, vc.visits
FROM owners o JOIN visit_counts vc ON vc.owner_id = o.id
WHERE vc.visits > :n;

-- name: NamesUnion
SELECT first_name, last_name FROM owners
UNION
SELECT first_name, last_name FROM vets;

-- name: CaseTypes
SELECT p.name,
       CASE t.name WHEN 'cat' THEN 'feline' WHEN 'dog' THEN 'canine' ELSE 'other' END AS family
FROM pets p JOIN types t ON t.id = p.type_id;

-- name: InsertOwnerReturning
INSERT INTO owners (first_name, last_name, address, city, telephone)
VALUES (:firstName, :lastName, :address, :city, :telephone)
RETURNING id;

-- name: InsertPet
INSERT INTO pets (name, birth_date, type_id, owner_id) VALUES (:name, :birthDate, :type, :owner)
RETURNING id, name;

-- name: InsertVisitDateCast
INSERT INTO visits (pet_id, visit_date, description)
VALUES (:pet, CAST(:date AS date), :description);

-- name: InsertVetSpecialtyConflict
INSERT INTO vet_specialties (vet_id, specialty_id) VALUES (:vet, :specialty)
ON CONFLICT (vet_id, specialty_id) DO NOTHING;

-- name: UpsertType
INSERT INTO types (id, name) VALUES (:id, :name)
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name;

-- name: InsertTypeDefaultValues
INSERT INTO types DEFAULT VALUES RETURNING id;

-- name: UpdateOwner
UPDATE owners SET first_name = :firstName, last_name = :lastName, address = :address,
  city = :city, telephone = :telephone
WHERE id = :id;

-- name: UpdatePetFromOwner
UPDATE pets p SET name = upper(p.name)
FROM owners o
WHERE o.id = p.owner_id AND o.city = :city
RETURNING p.id;

-- name: DeleteVisitsUsing
DELETE FROM visits v USING pets p
WHERE p.id = v.pet_id AND p.owner_id = :owner
RETURNING v.id;

-- name: DeletePetReturningStar
DELETE FROM pets WHERE id = :id RETURNING *;

-- name: TypeNameLowercase
SELECT t.id, lower(t.name) AS name FROM types t WHERE t.name = :name COLLATE "C";

-- name: SpecialtiesCountGroupingSets
SELECT s.name, v.last_name, count(*)
FROM vet_specialties vs
JOIN vets v ON v.id = vs.vet_id
JOIN specialties s ON s.id = vs.specialty_id
GROUP BY GROUPING SETS ((s.name), (v.last_name), ());

-- name: VisitDescriptionSearch
SELECT id, description FROM visits
WHERE description ILIKE '%' || :text || '%' AND position('x' IN description) >= 0;

-- name: PetsForUpdateSkipLocked
SELECT id, name FROM pets WHERE owner_id = :owner ORDER BY id FOR UPDATE SKIP LOCKED;
