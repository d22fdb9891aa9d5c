-- Campagna schema, version 3: indexes found by the benchmark (tests/bench).
-- Targeting filters select recipients by country and city (the demo's and
-- the usual ones): without this index each targeting job scanned the whole
-- recipient table, so operationMgt grew with recipients x deliveries.
CREATE INDEX recipient_country_city_idx ON recipient (country, city);
