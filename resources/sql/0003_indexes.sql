-- Campagna schema, version 3: indexes found by the benchmark (tests/bench).
-- Targeting filters select recipients by country and city (the demo's and
-- the usual ones): without this index each targeting job scanned the whole
-- recipient table, so operationMgt grew with recipients x deliveries. The
-- birth date last, for the age bands that narrow a town (a job of the M data
-- set: 30 ms with (country, city), 6 ms with the birth date too, on SQLite).
CREATE INDEX recipient_country_city_birth_idx ON recipient (country, city, birth_date);
-- budgetMgt compares the cost lines it computes with the stored ones by
-- campaign, delivery, task and category: with the campaign alone each line
-- was looked up among all the lines of its campaign (second run at M on
-- SQLite: 2.0 s, 0.26 s with this index).
CREATE INDEX cost_line_object_idx ON cost_line (campaign_id, delivery_id, task_id, expense_category_id);
