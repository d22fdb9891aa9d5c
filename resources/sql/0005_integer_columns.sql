-- Campagna schema, version 5: integer columns hold integers on SQLite.
--
-- SQLite keeps whatever a writer stores in a BIGINT or INTEGER column: a
-- text such as 'abc' (which arithmetic reads as 0), a fraction such as 1.5,
-- a number beyond 64 bits such as 1e300 (kept as REAL, which sums propagate
-- as inf or saturate to 9223372036854775807 when cast back). Someone with
-- write access to the database file could thus feed the workflows figures
-- that are not figures. From this version on, every integer column of every
-- table refuses any value but an integer or NULL (NOT NULL constraints still
-- decide about NULL), with the message "<table>.<column> must be an
-- integer". Values that SQLite's integer affinity turns into integers
-- losslessly ('42', 2.0) are accepted as before. INTEGER PRIMARY KEY columns
-- are the rowid, which SQLite already keeps integer.
--
-- Why triggers rather than CHECK constraints: SQLite cannot add a CHECK to an
-- existing table, and the rebuild of sqlite.org/lang_altertable.html
-- ("Making Other Kinds Of Table Schema Changes") needs foreign keys switched
-- off, which is impossible inside the migrator's transaction; with them on,
-- dropping the old recipient or delivery table would cascade-delete
-- delivery_target. The rebuild would also copy every table (10^6 recipients
-- and their targets at size M) and double the file for a while. A trigger is
-- created at once on any size of data, and indexes and foreign keys stay as
-- they are. Cost, measured on 10^6 rows: an INSERT ... SELECT into
-- delivery_target takes 0.35 s longer (0.31 s → 0.66 s), a few percent of a
-- targeting job, which also counts, ranks and sorts the recipients.
-- One BEFORE INSERT and one BEFORE UPDATE OF <integer columns> trigger per
-- table: an update that sets none of them runs no check, and an update
-- checks only the values it changes, so that a row stored before this
-- version can still be corrected one column at a time.
--
-- Rows written before this version are not checked here: the workflows that
-- add money and quantities (budgetMgt, stockMgt) refuse out-of-range figures
-- they read with the overflow message, whatever the schema let in.
--
-- A later migration that adds an integer column or a table recreates these
-- triggers (tst_migrator checks that every integer column is guarded).
--
-- The migrator splits statements at a semicolon that ends a line: the
-- trigger's single statement and its END share the last line.
--
-- PostgreSQL types its columns (bigint refuses 'abc', 1e300 and inf; 1.5 is
-- rounded by the assignment cast to bigint): nothing to do there.

-- begin only: sqlite

CREATE TRIGGER schema_version_integers_insert BEFORE INSERT ON schema_version
BEGIN SELECT CASE
    WHEN typeof(NEW.version) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schema_version.version must be an integer')
END; END;

CREATE TRIGGER schema_version_integers_update BEFORE UPDATE OF version ON schema_version
BEGIN SELECT CASE
    WHEN typeof(NEW.version) NOT IN ('integer', 'null')
        AND NEW.version IS NOT OLD.version
        THEN RAISE(ABORT, 'schema_version.version must be an integer')
END; END;

CREATE TRIGGER operator_integers_insert BEFORE INSERT ON operator
BEGIN SELECT CASE
    WHEN typeof(NEW.is_admin) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operator.is_admin must be an integer')
END; END;

CREATE TRIGGER operator_integers_update BEFORE UPDATE OF is_admin ON operator
BEGIN SELECT CASE
    WHEN typeof(NEW.is_admin) NOT IN ('integer', 'null')
        AND NEW.is_admin IS NOT OLD.is_admin
        THEN RAISE(ABORT, 'operator.is_admin must be an integer')
END; END;

CREATE TRIGGER operator_group_member_integers_insert BEFORE INSERT ON operator_group_member
BEGIN SELECT CASE
    WHEN typeof(NEW.group_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operator_group_member.group_id must be an integer')
    WHEN typeof(NEW.operator_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operator_group_member.operator_id must be an integer')
END; END;

CREATE TRIGGER operator_group_member_integers_update BEFORE UPDATE OF group_id, operator_id ON
    operator_group_member
BEGIN SELECT CASE
    WHEN typeof(NEW.group_id) NOT IN ('integer', 'null')
        AND NEW.group_id IS NOT OLD.group_id
        THEN RAISE(ABORT, 'operator_group_member.group_id must be an integer')
    WHEN typeof(NEW.operator_id) NOT IN ('integer', 'null')
        AND NEW.operator_id IS NOT OLD.operator_id
        THEN RAISE(ABORT, 'operator_group_member.operator_id must be an integer')
END; END;

CREATE TRIGGER budget_integers_insert BEFORE INSERT ON budget
BEGIN SELECT CASE
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.end_at must be an integer')
    WHEN typeof(NEW.allocated_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.allocated_cents must be an integer')
    WHEN typeof(NEW.planned_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.planned_cents must be an integer')
    WHEN typeof(NEW.reserved_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.reserved_cents must be an integer')
    WHEN typeof(NEW.committed_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.committed_cents must be an integer')
    WHEN typeof(NEW.spent_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.spent_cents must be an integer')
    WHEN typeof(NEW.invoiced_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.invoiced_cents must be an integer')
    WHEN typeof(NEW.calculated_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'budget.calculated_at must be an integer')
END; END;

CREATE TRIGGER budget_integers_update BEFORE UPDATE OF start_at, end_at, allocated_cents,
    planned_cents, reserved_cents, committed_cents, spent_cents, invoiced_cents, calculated_at
    ON budget
BEGIN SELECT CASE
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'budget.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'budget.end_at must be an integer')
    WHEN typeof(NEW.allocated_cents) NOT IN ('integer', 'null')
        AND NEW.allocated_cents IS NOT OLD.allocated_cents
        THEN RAISE(ABORT, 'budget.allocated_cents must be an integer')
    WHEN typeof(NEW.planned_cents) NOT IN ('integer', 'null')
        AND NEW.planned_cents IS NOT OLD.planned_cents
        THEN RAISE(ABORT, 'budget.planned_cents must be an integer')
    WHEN typeof(NEW.reserved_cents) NOT IN ('integer', 'null')
        AND NEW.reserved_cents IS NOT OLD.reserved_cents
        THEN RAISE(ABORT, 'budget.reserved_cents must be an integer')
    WHEN typeof(NEW.committed_cents) NOT IN ('integer', 'null')
        AND NEW.committed_cents IS NOT OLD.committed_cents
        THEN RAISE(ABORT, 'budget.committed_cents must be an integer')
    WHEN typeof(NEW.spent_cents) NOT IN ('integer', 'null')
        AND NEW.spent_cents IS NOT OLD.spent_cents
        THEN RAISE(ABORT, 'budget.spent_cents must be an integer')
    WHEN typeof(NEW.invoiced_cents) NOT IN ('integer', 'null')
        AND NEW.invoiced_cents IS NOT OLD.invoiced_cents
        THEN RAISE(ABORT, 'budget.invoiced_cents must be an integer')
    WHEN typeof(NEW.calculated_at) NOT IN ('integer', 'null')
        AND NEW.calculated_at IS NOT OLD.calculated_at
        THEN RAISE(ABORT, 'budget.calculated_at must be an integer')
END; END;

CREATE TRIGGER expense_category_integers_insert BEFORE INSERT ON expense_category
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_category.budget_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_category.amount_cents must be an integer')
END; END;

CREATE TRIGGER expense_category_integers_update BEFORE UPDATE OF budget_id, amount_cents ON
    expense_category
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'expense_category.budget_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        AND NEW.amount_cents IS NOT OLD.amount_cents
        THEN RAISE(ABORT, 'expense_category.amount_cents must be an integer')
END; END;

CREATE TRIGGER plan_integers_insert BEFORE INSERT ON plan
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'plan.budget_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'plan.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'plan.end_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'plan.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'plan.calculated_cost_cents must be an integer')
END; END;

CREATE TRIGGER plan_integers_update BEFORE UPDATE OF budget_id, start_at, end_at,
    estimated_cost_cents, calculated_cost_cents ON plan
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'plan.budget_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'plan.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'plan.end_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.estimated_cost_cents IS NOT OLD.estimated_cost_cents
        THEN RAISE(ABORT, 'plan.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.calculated_cost_cents IS NOT OLD.calculated_cost_cents
        THEN RAISE(ABORT, 'plan.calculated_cost_cents must be an integer')
END; END;

CREATE TRIGGER program_integers_insert BEFORE INSERT ON program
BEGIN SELECT CASE
    WHEN typeof(NEW.plan_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.plan_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.budget_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.end_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'program.calculated_cost_cents must be an integer')
END; END;

CREATE TRIGGER program_integers_update BEFORE UPDATE OF plan_id, budget_id, start_at, end_at,
    estimated_cost_cents, calculated_cost_cents ON program
BEGIN SELECT CASE
    WHEN typeof(NEW.plan_id) NOT IN ('integer', 'null')
        AND NEW.plan_id IS NOT OLD.plan_id
        THEN RAISE(ABORT, 'program.plan_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'program.budget_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'program.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'program.end_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.estimated_cost_cents IS NOT OLD.estimated_cost_cents
        THEN RAISE(ABORT, 'program.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.calculated_cost_cents IS NOT OLD.calculated_cost_cents
        THEN RAISE(ABORT, 'program.calculated_cost_cents must be an integer')
END; END;

CREATE TRIGGER campaign_integers_insert BEFORE INSERT ON campaign
BEGIN SELECT CASE
    WHEN typeof(NEW.program_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.program_id must be an integer')
    WHEN typeof(NEW.manager_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.manager_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.budget_id must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.end_at must be an integer')
    WHEN typeof(NEW.approval_delay_s) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.approval_delay_s must be an integer')
    WHEN typeof(NEW.create_in_advance_s) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.create_in_advance_s must be an integer')
    WHEN typeof(NEW.template_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.template_id must be an integer')
    WHEN typeof(NEW.schedule_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign.schedule_line_id must be an integer')
END; END;

CREATE TRIGGER campaign_integers_update BEFORE UPDATE OF program_id, manager_id, budget_id,
    estimated_cost_cents, real_cost_cents, calculated_cost_cents, start_at, end_at,
    approval_delay_s, create_in_advance_s, template_id, schedule_line_id ON campaign
BEGIN SELECT CASE
    WHEN typeof(NEW.program_id) NOT IN ('integer', 'null')
        AND NEW.program_id IS NOT OLD.program_id
        THEN RAISE(ABORT, 'campaign.program_id must be an integer')
    WHEN typeof(NEW.manager_id) NOT IN ('integer', 'null')
        AND NEW.manager_id IS NOT OLD.manager_id
        THEN RAISE(ABORT, 'campaign.manager_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'campaign.budget_id must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.estimated_cost_cents IS NOT OLD.estimated_cost_cents
        THEN RAISE(ABORT, 'campaign.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        AND NEW.real_cost_cents IS NOT OLD.real_cost_cents
        THEN RAISE(ABORT, 'campaign.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.calculated_cost_cents IS NOT OLD.calculated_cost_cents
        THEN RAISE(ABORT, 'campaign.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'campaign.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'campaign.end_at must be an integer')
    WHEN typeof(NEW.approval_delay_s) NOT IN ('integer', 'null')
        AND NEW.approval_delay_s IS NOT OLD.approval_delay_s
        THEN RAISE(ABORT, 'campaign.approval_delay_s must be an integer')
    WHEN typeof(NEW.create_in_advance_s) NOT IN ('integer', 'null')
        AND NEW.create_in_advance_s IS NOT OLD.create_in_advance_s
        THEN RAISE(ABORT, 'campaign.create_in_advance_s must be an integer')
    WHEN typeof(NEW.template_id) NOT IN ('integer', 'null')
        AND NEW.template_id IS NOT OLD.template_id
        THEN RAISE(ABORT, 'campaign.template_id must be an integer')
    WHEN typeof(NEW.schedule_line_id) NOT IN ('integer', 'null')
        AND NEW.schedule_line_id IS NOT OLD.schedule_line_id
        THEN RAISE(ABORT, 'campaign.schedule_line_id must be an integer')
END; END;

CREATE TRIGGER schedule_line_integers_insert BEFORE INSERT ON schedule_line
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schedule_line.campaign_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schedule_line.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schedule_line.end_at must be an integer')
    WHEN typeof(NEW.auto_start) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schedule_line.auto_start must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'schedule_line.created_at must be an integer')
END; END;

CREATE TRIGGER schedule_line_integers_update BEFORE UPDATE OF campaign_id, start_at, end_at,
    auto_start, created_at ON schedule_line
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'schedule_line.campaign_id must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'schedule_line.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'schedule_line.end_at must be an integer')
    WHEN typeof(NEW.auto_start) NOT IN ('integer', 'null')
        AND NEW.auto_start IS NOT OLD.auto_start
        THEN RAISE(ABORT, 'schedule_line.auto_start must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        AND NEW.created_at IS NOT OLD.created_at
        THEN RAISE(ABORT, 'schedule_line.created_at must be an integer')
END; END;

CREATE TRIGGER campaign_approval_integers_insert BEFORE INSERT ON campaign_approval
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign_approval.campaign_id must be an integer')
    WHEN typeof(NEW.reviewer_operator_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign_approval.reviewer_operator_id must be an integer')
    WHEN typeof(NEW.reviewer_group_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'campaign_approval.reviewer_group_id must be an integer')
END; END;

CREATE TRIGGER campaign_approval_integers_update BEFORE UPDATE OF campaign_id,
    reviewer_operator_id, reviewer_group_id ON campaign_approval
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'campaign_approval.campaign_id must be an integer')
    WHEN typeof(NEW.reviewer_operator_id) NOT IN ('integer', 'null')
        AND NEW.reviewer_operator_id IS NOT OLD.reviewer_operator_id
        THEN RAISE(ABORT, 'campaign_approval.reviewer_operator_id must be an integer')
    WHEN typeof(NEW.reviewer_group_id) NOT IN ('integer', 'null')
        AND NEW.reviewer_group_id IS NOT OLD.reviewer_group_id
        THEN RAISE(ABORT, 'campaign_approval.reviewer_group_id must be an integer')
END; END;

CREATE TRIGGER approval_reminder_rule_integers_insert BEFORE INSERT ON approval_reminder_rule
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval_reminder_rule.campaign_id must be an integer')
    WHEN typeof(NEW.offset_s) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval_reminder_rule.offset_s must be an integer')
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval_reminder_rule.at must be an integer')
END; END;

CREATE TRIGGER approval_reminder_rule_integers_update BEFORE UPDATE OF campaign_id, offset_s, at
    ON approval_reminder_rule
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'approval_reminder_rule.campaign_id must be an integer')
    WHEN typeof(NEW.offset_s) NOT IN ('integer', 'null')
        AND NEW.offset_s IS NOT OLD.offset_s
        THEN RAISE(ABORT, 'approval_reminder_rule.offset_s must be an integer')
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        AND NEW.at IS NOT OLD.at
        THEN RAISE(ABORT, 'approval_reminder_rule.at must be an integer')
END; END;

CREATE TRIGGER service_integers_insert BEFORE INSERT ON service
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'service.supplier_id must be an integer')
    WHEN typeof(NEW.return_timeout_s) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'service.return_timeout_s must be an integer')
END; END;

CREATE TRIGGER service_integers_update BEFORE UPDATE OF supplier_id, return_timeout_s ON service
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        AND NEW.supplier_id IS NOT OLD.supplier_id
        THEN RAISE(ABORT, 'service.supplier_id must be an integer')
    WHEN typeof(NEW.return_timeout_s) NOT IN ('integer', 'null')
        AND NEW.return_timeout_s IS NOT OLD.return_timeout_s
        THEN RAISE(ABORT, 'service.return_timeout_s must be an integer')
END; END;

CREATE TRIGGER delivery_integers_insert BEFORE INSERT ON delivery
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.campaign_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.service_id must be an integer')
    WHEN typeof(NEW.is_template) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.is_template must be an integer')
    WHEN typeof(NEW.template_delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.template_delivery_id must be an integer')
    WHEN typeof(NEW.schedule_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.schedule_line_id must be an integer')
    WHEN typeof(NEW.targeted_count) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.targeted_count must be an integer')
    WHEN typeof(NEW.to_send_count) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.to_send_count must be an integer')
    WHEN typeof(NEW.sent_count) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.sent_count must be an integer')
    WHEN typeof(NEW.analyzed_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.analyzed_at must be an integer')
    WHEN typeof(NEW.confirm_required) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.confirm_required must be an integer')
    WHEN typeof(NEW.contact_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.contact_at must be an integer')
    WHEN typeof(NEW.extraction_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.extraction_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.extraction_rows) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery.extraction_rows must be an integer')
END; END;

CREATE TRIGGER delivery_integers_update BEFORE UPDATE OF campaign_id, service_id, is_template,
    template_delivery_id, schedule_line_id, targeted_count, to_send_count, sent_count,
    analyzed_at, confirm_required, contact_at, extraction_at, estimated_cost_cents,
    real_cost_cents, calculated_cost_cents, extraction_rows ON delivery
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'delivery.campaign_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        AND NEW.service_id IS NOT OLD.service_id
        THEN RAISE(ABORT, 'delivery.service_id must be an integer')
    WHEN typeof(NEW.is_template) NOT IN ('integer', 'null')
        AND NEW.is_template IS NOT OLD.is_template
        THEN RAISE(ABORT, 'delivery.is_template must be an integer')
    WHEN typeof(NEW.template_delivery_id) NOT IN ('integer', 'null')
        AND NEW.template_delivery_id IS NOT OLD.template_delivery_id
        THEN RAISE(ABORT, 'delivery.template_delivery_id must be an integer')
    WHEN typeof(NEW.schedule_line_id) NOT IN ('integer', 'null')
        AND NEW.schedule_line_id IS NOT OLD.schedule_line_id
        THEN RAISE(ABORT, 'delivery.schedule_line_id must be an integer')
    WHEN typeof(NEW.targeted_count) NOT IN ('integer', 'null')
        AND NEW.targeted_count IS NOT OLD.targeted_count
        THEN RAISE(ABORT, 'delivery.targeted_count must be an integer')
    WHEN typeof(NEW.to_send_count) NOT IN ('integer', 'null')
        AND NEW.to_send_count IS NOT OLD.to_send_count
        THEN RAISE(ABORT, 'delivery.to_send_count must be an integer')
    WHEN typeof(NEW.sent_count) NOT IN ('integer', 'null')
        AND NEW.sent_count IS NOT OLD.sent_count
        THEN RAISE(ABORT, 'delivery.sent_count must be an integer')
    WHEN typeof(NEW.analyzed_at) NOT IN ('integer', 'null')
        AND NEW.analyzed_at IS NOT OLD.analyzed_at
        THEN RAISE(ABORT, 'delivery.analyzed_at must be an integer')
    WHEN typeof(NEW.confirm_required) NOT IN ('integer', 'null')
        AND NEW.confirm_required IS NOT OLD.confirm_required
        THEN RAISE(ABORT, 'delivery.confirm_required must be an integer')
    WHEN typeof(NEW.contact_at) NOT IN ('integer', 'null')
        AND NEW.contact_at IS NOT OLD.contact_at
        THEN RAISE(ABORT, 'delivery.contact_at must be an integer')
    WHEN typeof(NEW.extraction_at) NOT IN ('integer', 'null')
        AND NEW.extraction_at IS NOT OLD.extraction_at
        THEN RAISE(ABORT, 'delivery.extraction_at must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.estimated_cost_cents IS NOT OLD.estimated_cost_cents
        THEN RAISE(ABORT, 'delivery.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        AND NEW.real_cost_cents IS NOT OLD.real_cost_cents
        THEN RAISE(ABORT, 'delivery.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.calculated_cost_cents IS NOT OLD.calculated_cost_cents
        THEN RAISE(ABORT, 'delivery.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.extraction_rows) NOT IN ('integer', 'null')
        AND NEW.extraction_rows IS NOT OLD.extraction_rows
        THEN RAISE(ABORT, 'delivery.extraction_rows must be an integer')
END; END;

CREATE TRIGGER task_integers_insert BEFORE INSERT ON task
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.campaign_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.service_id must be an integer')
    WHEN typeof(NEW.duration_days) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.duration_days must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'task.end_at must be an integer')
END; END;

CREATE TRIGGER task_integers_update BEFORE UPDATE OF campaign_id, service_id, duration_days,
    estimated_cost_cents, real_cost_cents, calculated_cost_cents, start_at, end_at ON task
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'task.campaign_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        AND NEW.service_id IS NOT OLD.service_id
        THEN RAISE(ABORT, 'task.service_id must be an integer')
    WHEN typeof(NEW.duration_days) NOT IN ('integer', 'null')
        AND NEW.duration_days IS NOT OLD.duration_days
        THEN RAISE(ABORT, 'task.duration_days must be an integer')
    WHEN typeof(NEW.estimated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.estimated_cost_cents IS NOT OLD.estimated_cost_cents
        THEN RAISE(ABORT, 'task.estimated_cost_cents must be an integer')
    WHEN typeof(NEW.real_cost_cents) NOT IN ('integer', 'null')
        AND NEW.real_cost_cents IS NOT OLD.real_cost_cents
        THEN RAISE(ABORT, 'task.real_cost_cents must be an integer')
    WHEN typeof(NEW.calculated_cost_cents) NOT IN ('integer', 'null')
        AND NEW.calculated_cost_cents IS NOT OLD.calculated_cost_cents
        THEN RAISE(ABORT, 'task.calculated_cost_cents must be an integer')
    WHEN typeof(NEW.start_at) NOT IN ('integer', 'null')
        AND NEW.start_at IS NOT OLD.start_at
        THEN RAISE(ABORT, 'task.start_at must be an integer')
    WHEN typeof(NEW.end_at) NOT IN ('integer', 'null')
        AND NEW.end_at IS NOT OLD.end_at
        THEN RAISE(ABORT, 'task.end_at must be an integer')
END; END;

CREATE TRIGGER stock_integers_insert BEFORE INSERT ON stock
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock.supplier_id must be an integer')
    WHEN typeof(NEW.alert_group_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock.alert_group_id must be an integer')
END; END;

CREATE TRIGGER stock_integers_update BEFORE UPDATE OF supplier_id, alert_group_id ON stock
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        AND NEW.supplier_id IS NOT OLD.supplier_id
        THEN RAISE(ABORT, 'stock.supplier_id must be an integer')
    WHEN typeof(NEW.alert_group_id) NOT IN ('integer', 'null')
        AND NEW.alert_group_id IS NOT OLD.alert_group_id
        THEN RAISE(ABORT, 'stock.alert_group_id must be an integer')
END; END;

CREATE TRIGGER stock_line_integers_insert BEFORE INSERT ON stock_line
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.stock_id must be an integer')
    WHEN typeof(NEW.initial_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.initial_qty must be an integer')
    WHEN typeof(NEW.alert_level) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.alert_level must be an integer')
    WHEN typeof(NEW.reorder_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.reorder_qty must be an integer')
    WHEN typeof(NEW.lead_days) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.lead_days must be an integer')
    WHEN typeof(NEW.consumed_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.consumed_qty must be an integer')
    WHEN typeof(NEW.received_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.received_qty must be an integer')
    WHEN typeof(NEW.on_order_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.on_order_qty must be an integer')
    WHEN typeof(NEW.planned_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.planned_qty must be an integer')
    WHEN typeof(NEW.in_stock_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.in_stock_qty must be an integer')
    WHEN typeof(NEW.forecast_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.forecast_qty must be an integer')
    WHEN typeof(NEW.calculated_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_line.calculated_at must be an integer')
END; END;

CREATE TRIGGER stock_line_integers_update BEFORE UPDATE OF stock_id, initial_qty, alert_level,
    reorder_qty, lead_days, consumed_qty, received_qty, on_order_qty, planned_qty, in_stock_qty,
    forecast_qty, calculated_at ON stock_line
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_id) NOT IN ('integer', 'null')
        AND NEW.stock_id IS NOT OLD.stock_id
        THEN RAISE(ABORT, 'stock_line.stock_id must be an integer')
    WHEN typeof(NEW.initial_qty) NOT IN ('integer', 'null')
        AND NEW.initial_qty IS NOT OLD.initial_qty
        THEN RAISE(ABORT, 'stock_line.initial_qty must be an integer')
    WHEN typeof(NEW.alert_level) NOT IN ('integer', 'null')
        AND NEW.alert_level IS NOT OLD.alert_level
        THEN RAISE(ABORT, 'stock_line.alert_level must be an integer')
    WHEN typeof(NEW.reorder_qty) NOT IN ('integer', 'null')
        AND NEW.reorder_qty IS NOT OLD.reorder_qty
        THEN RAISE(ABORT, 'stock_line.reorder_qty must be an integer')
    WHEN typeof(NEW.lead_days) NOT IN ('integer', 'null')
        AND NEW.lead_days IS NOT OLD.lead_days
        THEN RAISE(ABORT, 'stock_line.lead_days must be an integer')
    WHEN typeof(NEW.consumed_qty) NOT IN ('integer', 'null')
        AND NEW.consumed_qty IS NOT OLD.consumed_qty
        THEN RAISE(ABORT, 'stock_line.consumed_qty must be an integer')
    WHEN typeof(NEW.received_qty) NOT IN ('integer', 'null')
        AND NEW.received_qty IS NOT OLD.received_qty
        THEN RAISE(ABORT, 'stock_line.received_qty must be an integer')
    WHEN typeof(NEW.on_order_qty) NOT IN ('integer', 'null')
        AND NEW.on_order_qty IS NOT OLD.on_order_qty
        THEN RAISE(ABORT, 'stock_line.on_order_qty must be an integer')
    WHEN typeof(NEW.planned_qty) NOT IN ('integer', 'null')
        AND NEW.planned_qty IS NOT OLD.planned_qty
        THEN RAISE(ABORT, 'stock_line.planned_qty must be an integer')
    WHEN typeof(NEW.in_stock_qty) NOT IN ('integer', 'null')
        AND NEW.in_stock_qty IS NOT OLD.in_stock_qty
        THEN RAISE(ABORT, 'stock_line.in_stock_qty must be an integer')
    WHEN typeof(NEW.forecast_qty) NOT IN ('integer', 'null')
        AND NEW.forecast_qty IS NOT OLD.forecast_qty
        THEN RAISE(ABORT, 'stock_line.forecast_qty must be an integer')
    WHEN typeof(NEW.calculated_at) NOT IN ('integer', 'null')
        AND NEW.calculated_at IS NOT OLD.calculated_at
        THEN RAISE(ABORT, 'stock_line.calculated_at must be an integer')
END; END;

CREATE TRIGGER cost_category_integers_insert BEFORE INSERT ON cost_category
BEGIN SELECT CASE
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_category.service_id must be an integer')
END; END;

CREATE TRIGGER cost_category_integers_update BEFORE UPDATE OF service_id ON cost_category
BEGIN SELECT CASE
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        AND NEW.service_id IS NOT OLD.service_id
        THEN RAISE(ABORT, 'cost_category.service_id must be an integer')
END; END;

CREATE TRIGGER cost_type_integers_insert BEFORE INSERT ON cost_type
BEGIN SELECT CASE
    WHEN typeof(NEW.cost_category_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.cost_category_id must be an integer')
    WHEN typeof(NEW.amount_micros) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.amount_micros must be an integer')
    WHEN typeof(NEW.per_units) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.per_units must be an integer')
    WHEN typeof(NEW.beyond_micros) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.beyond_micros must be an integer')
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.stock_line_id must be an integer')
    WHEN typeof(NEW.stock_units) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_type.stock_units must be an integer')
END; END;

CREATE TRIGGER cost_type_integers_update BEFORE UPDATE OF cost_category_id, amount_micros,
    per_units, beyond_micros, stock_line_id, stock_units ON cost_type
BEGIN SELECT CASE
    WHEN typeof(NEW.cost_category_id) NOT IN ('integer', 'null')
        AND NEW.cost_category_id IS NOT OLD.cost_category_id
        THEN RAISE(ABORT, 'cost_type.cost_category_id must be an integer')
    WHEN typeof(NEW.amount_micros) NOT IN ('integer', 'null')
        AND NEW.amount_micros IS NOT OLD.amount_micros
        THEN RAISE(ABORT, 'cost_type.amount_micros must be an integer')
    WHEN typeof(NEW.per_units) NOT IN ('integer', 'null')
        AND NEW.per_units IS NOT OLD.per_units
        THEN RAISE(ABORT, 'cost_type.per_units must be an integer')
    WHEN typeof(NEW.beyond_micros) NOT IN ('integer', 'null')
        AND NEW.beyond_micros IS NOT OLD.beyond_micros
        THEN RAISE(ABORT, 'cost_type.beyond_micros must be an integer')
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        AND NEW.stock_line_id IS NOT OLD.stock_line_id
        THEN RAISE(ABORT, 'cost_type.stock_line_id must be an integer')
    WHEN typeof(NEW.stock_units) NOT IN ('integer', 'null')
        AND NEW.stock_units IS NOT OLD.stock_units
        THEN RAISE(ABORT, 'cost_type.stock_units must be an integer')
END; END;

CREATE TRIGGER cost_threshold_integers_insert BEFORE INSERT ON cost_threshold
BEGIN SELECT CASE
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_threshold.cost_type_id must be an integer')
    WHEN typeof(NEW.upper_bound) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_threshold.upper_bound must be an integer')
    WHEN typeof(NEW.amount_micros) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_threshold.amount_micros must be an integer')
END; END;

CREATE TRIGGER cost_threshold_integers_update BEFORE UPDATE OF cost_type_id, upper_bound,
    amount_micros ON cost_threshold
BEGIN SELECT CASE
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        AND NEW.cost_type_id IS NOT OLD.cost_type_id
        THEN RAISE(ABORT, 'cost_threshold.cost_type_id must be an integer')
    WHEN typeof(NEW.upper_bound) NOT IN ('integer', 'null')
        AND NEW.upper_bound IS NOT OLD.upper_bound
        THEN RAISE(ABORT, 'cost_threshold.upper_bound must be an integer')
    WHEN typeof(NEW.amount_micros) NOT IN ('integer', 'null')
        AND NEW.amount_micros IS NOT OLD.amount_micros
        THEN RAISE(ABORT, 'cost_threshold.amount_micros must be an integer')
END; END;

CREATE TRIGGER cost_choice_integers_insert BEFORE INSERT ON cost_choice
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_choice.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_choice.task_id must be an integer')
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_choice.cost_type_id must be an integer')
    WHEN typeof(NEW.surcharge_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_choice.surcharge_cents must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_choice.expense_category_id must be an integer')
END; END;

CREATE TRIGGER cost_choice_integers_update BEFORE UPDATE OF delivery_id, task_id, cost_type_id,
    surcharge_cents, expense_category_id ON cost_choice
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'cost_choice.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        AND NEW.task_id IS NOT OLD.task_id
        THEN RAISE(ABORT, 'cost_choice.task_id must be an integer')
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        AND NEW.cost_type_id IS NOT OLD.cost_type_id
        THEN RAISE(ABORT, 'cost_choice.cost_type_id must be an integer')
    WHEN typeof(NEW.surcharge_cents) NOT IN ('integer', 'null')
        AND NEW.surcharge_cents IS NOT OLD.surcharge_cents
        THEN RAISE(ABORT, 'cost_choice.surcharge_cents must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        AND NEW.expense_category_id IS NOT OLD.expense_category_id
        THEN RAISE(ABORT, 'cost_choice.expense_category_id must be an integer')
END; END;

CREATE TRIGGER expense_line_integers_insert BEFORE INSERT ON expense_line
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.campaign_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.task_id must be an integer')
    WHEN typeof(NEW.cost_choice_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.cost_choice_id must be an integer')
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.cost_type_id must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.expense_category_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.quantity must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.amount_cents must be an integer')
    WHEN typeof(NEW.computed_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'expense_line.computed_at must be an integer')
END; END;

CREATE TRIGGER expense_line_integers_update BEFORE UPDATE OF campaign_id, delivery_id, task_id,
    cost_choice_id, cost_type_id, expense_category_id, quantity, amount_cents, computed_at ON
    expense_line
BEGIN SELECT CASE
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'expense_line.campaign_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'expense_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        AND NEW.task_id IS NOT OLD.task_id
        THEN RAISE(ABORT, 'expense_line.task_id must be an integer')
    WHEN typeof(NEW.cost_choice_id) NOT IN ('integer', 'null')
        AND NEW.cost_choice_id IS NOT OLD.cost_choice_id
        THEN RAISE(ABORT, 'expense_line.cost_choice_id must be an integer')
    WHEN typeof(NEW.cost_type_id) NOT IN ('integer', 'null')
        AND NEW.cost_type_id IS NOT OLD.cost_type_id
        THEN RAISE(ABORT, 'expense_line.cost_type_id must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        AND NEW.expense_category_id IS NOT OLD.expense_category_id
        THEN RAISE(ABORT, 'expense_line.expense_category_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        AND NEW.quantity IS NOT OLD.quantity
        THEN RAISE(ABORT, 'expense_line.quantity must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        AND NEW.amount_cents IS NOT OLD.amount_cents
        THEN RAISE(ABORT, 'expense_line.amount_cents must be an integer')
    WHEN typeof(NEW.computed_at) NOT IN ('integer', 'null')
        AND NEW.computed_at IS NOT OLD.computed_at
        THEN RAISE(ABORT, 'expense_line.computed_at must be an integer')
END; END;

CREATE TRIGGER cost_line_integers_insert BEFORE INSERT ON cost_line
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.budget_id must be an integer')
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.campaign_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.task_id must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.expense_category_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.amount_cents must be an integer')
    WHEN typeof(NEW.charge_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'cost_line.charge_at must be an integer')
END; END;

CREATE TRIGGER cost_line_integers_update BEFORE UPDATE OF budget_id, campaign_id, delivery_id,
    task_id, expense_category_id, amount_cents, charge_at ON cost_line
BEGIN SELECT CASE
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'cost_line.budget_id must be an integer')
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'cost_line.campaign_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'cost_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        AND NEW.task_id IS NOT OLD.task_id
        THEN RAISE(ABORT, 'cost_line.task_id must be an integer')
    WHEN typeof(NEW.expense_category_id) NOT IN ('integer', 'null')
        AND NEW.expense_category_id IS NOT OLD.expense_category_id
        THEN RAISE(ABORT, 'cost_line.expense_category_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        AND NEW.amount_cents IS NOT OLD.amount_cents
        THEN RAISE(ABORT, 'cost_line.amount_cents must be an integer')
    WHEN typeof(NEW.charge_at) NOT IN ('integer', 'null')
        AND NEW.charge_at IS NOT OLD.charge_at
        THEN RAISE(ABORT, 'cost_line.charge_at must be an integer')
END; END;

CREATE TRIGGER invoice_integers_insert BEFORE INSERT ON invoice
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice.supplier_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice.budget_id must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice.created_at must be an integer')
END; END;

CREATE TRIGGER invoice_integers_update BEFORE UPDATE OF supplier_id, budget_id, created_at ON
    invoice
BEGIN SELECT CASE
    WHEN typeof(NEW.supplier_id) NOT IN ('integer', 'null')
        AND NEW.supplier_id IS NOT OLD.supplier_id
        THEN RAISE(ABORT, 'invoice.supplier_id must be an integer')
    WHEN typeof(NEW.budget_id) NOT IN ('integer', 'null')
        AND NEW.budget_id IS NOT OLD.budget_id
        THEN RAISE(ABORT, 'invoice.budget_id must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        AND NEW.created_at IS NOT OLD.created_at
        THEN RAISE(ABORT, 'invoice.created_at must be an integer')
END; END;

CREATE TRIGGER invoice_line_integers_insert BEFORE INSERT ON invoice_line
BEGIN SELECT CASE
    WHEN typeof(NEW.invoice_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice_line.invoice_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice_line.task_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'invoice_line.amount_cents must be an integer')
END; END;

CREATE TRIGGER invoice_line_integers_update BEFORE UPDATE OF invoice_id, delivery_id, task_id,
    amount_cents ON invoice_line
BEGIN SELECT CASE
    WHEN typeof(NEW.invoice_id) NOT IN ('integer', 'null')
        AND NEW.invoice_id IS NOT OLD.invoice_id
        THEN RAISE(ABORT, 'invoice_line.invoice_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'invoice_line.delivery_id must be an integer')
    WHEN typeof(NEW.task_id) NOT IN ('integer', 'null')
        AND NEW.task_id IS NOT OLD.task_id
        THEN RAISE(ABORT, 'invoice_line.task_id must be an integer')
    WHEN typeof(NEW.amount_cents) NOT IN ('integer', 'null')
        AND NEW.amount_cents IS NOT OLD.amount_cents
        THEN RAISE(ABORT, 'invoice_line.amount_cents must be an integer')
END; END;

CREATE TRIGGER stock_consumption_integers_insert BEFORE INSERT ON stock_consumption
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_consumption.stock_line_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_consumption.delivery_id must be an integer')
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_consumption.campaign_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_consumption.quantity must be an integer')
    WHEN typeof(NEW.assigned_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_consumption.assigned_at must be an integer')
END; END;

CREATE TRIGGER stock_consumption_integers_update BEFORE UPDATE OF stock_line_id, delivery_id,
    campaign_id, quantity, assigned_at ON stock_consumption
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        AND NEW.stock_line_id IS NOT OLD.stock_line_id
        THEN RAISE(ABORT, 'stock_consumption.stock_line_id must be an integer')
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'stock_consumption.delivery_id must be an integer')
    WHEN typeof(NEW.campaign_id) NOT IN ('integer', 'null')
        AND NEW.campaign_id IS NOT OLD.campaign_id
        THEN RAISE(ABORT, 'stock_consumption.campaign_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        AND NEW.quantity IS NOT OLD.quantity
        THEN RAISE(ABORT, 'stock_consumption.quantity must be an integer')
    WHEN typeof(NEW.assigned_at) NOT IN ('integer', 'null')
        AND NEW.assigned_at IS NOT OLD.assigned_at
        THEN RAISE(ABORT, 'stock_consumption.assigned_at must be an integer')
END; END;

CREATE TRIGGER stock_order_integers_insert BEFORE INSERT ON stock_order
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_order.stock_line_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_order.quantity must be an integer')
    WHEN typeof(NEW.ordered_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_order.ordered_at must be an integer')
    WHEN typeof(NEW.delivery_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_order.delivery_at must be an integer')
    WHEN typeof(NEW.received_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_order.received_at must be an integer')
END; END;

CREATE TRIGGER stock_order_integers_update BEFORE UPDATE OF stock_line_id, quantity, ordered_at,
    delivery_at, received_at ON stock_order
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        AND NEW.stock_line_id IS NOT OLD.stock_line_id
        THEN RAISE(ABORT, 'stock_order.stock_line_id must be an integer')
    WHEN typeof(NEW.quantity) NOT IN ('integer', 'null')
        AND NEW.quantity IS NOT OLD.quantity
        THEN RAISE(ABORT, 'stock_order.quantity must be an integer')
    WHEN typeof(NEW.ordered_at) NOT IN ('integer', 'null')
        AND NEW.ordered_at IS NOT OLD.ordered_at
        THEN RAISE(ABORT, 'stock_order.ordered_at must be an integer')
    WHEN typeof(NEW.delivery_at) NOT IN ('integer', 'null')
        AND NEW.delivery_at IS NOT OLD.delivery_at
        THEN RAISE(ABORT, 'stock_order.delivery_at must be an integer')
    WHEN typeof(NEW.received_at) NOT IN ('integer', 'null')
        AND NEW.received_at IS NOT OLD.received_at
        THEN RAISE(ABORT, 'stock_order.received_at must be an integer')
END; END;

CREATE TRIGGER stock_alert_integers_insert BEFORE INSERT ON stock_alert
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_alert.stock_line_id must be an integer')
    WHEN typeof(NEW.raised_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_alert.raised_at must be an integer')
    WHEN typeof(NEW.cleared_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_alert.cleared_at must be an integer')
    WHEN typeof(NEW.in_stock_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_alert.in_stock_qty must be an integer')
    WHEN typeof(NEW.forecast_qty) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'stock_alert.forecast_qty must be an integer')
END; END;

CREATE TRIGGER stock_alert_integers_update BEFORE UPDATE OF stock_line_id, raised_at,
    cleared_at, in_stock_qty, forecast_qty ON stock_alert
BEGIN SELECT CASE
    WHEN typeof(NEW.stock_line_id) NOT IN ('integer', 'null')
        AND NEW.stock_line_id IS NOT OLD.stock_line_id
        THEN RAISE(ABORT, 'stock_alert.stock_line_id must be an integer')
    WHEN typeof(NEW.raised_at) NOT IN ('integer', 'null')
        AND NEW.raised_at IS NOT OLD.raised_at
        THEN RAISE(ABORT, 'stock_alert.raised_at must be an integer')
    WHEN typeof(NEW.cleared_at) NOT IN ('integer', 'null')
        AND NEW.cleared_at IS NOT OLD.cleared_at
        THEN RAISE(ABORT, 'stock_alert.cleared_at must be an integer')
    WHEN typeof(NEW.in_stock_qty) NOT IN ('integer', 'null')
        AND NEW.in_stock_qty IS NOT OLD.in_stock_qty
        THEN RAISE(ABORT, 'stock_alert.in_stock_qty must be an integer')
    WHEN typeof(NEW.forecast_qty) NOT IN ('integer', 'null')
        AND NEW.forecast_qty IS NOT OLD.forecast_qty
        THEN RAISE(ABORT, 'stock_alert.forecast_qty must be an integer')
END; END;

CREATE TRIGGER recipient_integers_insert BEFORE INSERT ON recipient
BEGIN SELECT CASE
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'recipient.created_at must be an integer')
    WHEN typeof(NEW.opted_out) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'recipient.opted_out must be an integer')
    WHEN typeof(NEW.blocklisted) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'recipient.blocklisted must be an integer')
END; END;

CREATE TRIGGER recipient_integers_update BEFORE UPDATE OF created_at, opted_out, blocklisted ON
    recipient
BEGIN SELECT CASE
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        AND NEW.created_at IS NOT OLD.created_at
        THEN RAISE(ABORT, 'recipient.created_at must be an integer')
    WHEN typeof(NEW.opted_out) NOT IN ('integer', 'null')
        AND NEW.opted_out IS NOT OLD.opted_out
        THEN RAISE(ABORT, 'recipient.opted_out must be an integer')
    WHEN typeof(NEW.blocklisted) NOT IN ('integer', 'null')
        AND NEW.blocklisted IS NOT OLD.blocklisted
        THEN RAISE(ABORT, 'recipient.blocklisted must be an integer')
END; END;

CREATE TRIGGER delivery_target_integers_insert BEFORE INSERT ON delivery_target
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_target.delivery_id must be an integer')
    WHEN typeof(NEW.recipient_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_target.recipient_id must be an integer')
END; END;

CREATE TRIGGER delivery_target_integers_update BEFORE UPDATE OF delivery_id, recipient_id ON
    delivery_target
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'delivery_target.delivery_id must be an integer')
    WHEN typeof(NEW.recipient_id) NOT IN ('integer', 'null')
        AND NEW.recipient_id IS NOT OLD.recipient_id
        THEN RAISE(ABORT, 'delivery_target.recipient_id must be an integer')
END; END;

CREATE TRIGGER approval_integers_insert BEFORE INSERT ON approval
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.delivery_id must be an integer')
    WHEN typeof(NEW.reviewer_operator_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.reviewer_operator_id must be an integer')
    WHEN typeof(NEW.reviewer_group_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.reviewer_group_id must be an integer')
    WHEN typeof(NEW.submitted_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.submitted_at must be an integer')
    WHEN typeof(NEW.deadline_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.deadline_at must be an integer')
    WHEN typeof(NEW.decided_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.decided_at must be an integer')
    WHEN typeof(NEW.decided_by) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.decided_by must be an integer')
    WHEN typeof(NEW.notified_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.notified_at must be an integer')
    WHEN typeof(NEW.reminders_sent) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'approval.reminders_sent must be an integer')
END; END;

CREATE TRIGGER approval_integers_update BEFORE UPDATE OF delivery_id, reviewer_operator_id,
    reviewer_group_id, submitted_at, deadline_at, decided_at, decided_by, notified_at,
    reminders_sent ON approval
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'approval.delivery_id must be an integer')
    WHEN typeof(NEW.reviewer_operator_id) NOT IN ('integer', 'null')
        AND NEW.reviewer_operator_id IS NOT OLD.reviewer_operator_id
        THEN RAISE(ABORT, 'approval.reviewer_operator_id must be an integer')
    WHEN typeof(NEW.reviewer_group_id) NOT IN ('integer', 'null')
        AND NEW.reviewer_group_id IS NOT OLD.reviewer_group_id
        THEN RAISE(ABORT, 'approval.reviewer_group_id must be an integer')
    WHEN typeof(NEW.submitted_at) NOT IN ('integer', 'null')
        AND NEW.submitted_at IS NOT OLD.submitted_at
        THEN RAISE(ABORT, 'approval.submitted_at must be an integer')
    WHEN typeof(NEW.deadline_at) NOT IN ('integer', 'null')
        AND NEW.deadline_at IS NOT OLD.deadline_at
        THEN RAISE(ABORT, 'approval.deadline_at must be an integer')
    WHEN typeof(NEW.decided_at) NOT IN ('integer', 'null')
        AND NEW.decided_at IS NOT OLD.decided_at
        THEN RAISE(ABORT, 'approval.decided_at must be an integer')
    WHEN typeof(NEW.decided_by) NOT IN ('integer', 'null')
        AND NEW.decided_by IS NOT OLD.decided_by
        THEN RAISE(ABORT, 'approval.decided_by must be an integer')
    WHEN typeof(NEW.notified_at) NOT IN ('integer', 'null')
        AND NEW.notified_at IS NOT OLD.notified_at
        THEN RAISE(ABORT, 'approval.notified_at must be an integer')
    WHEN typeof(NEW.reminders_sent) NOT IN ('integer', 'null')
        AND NEW.reminders_sent IS NOT OLD.reminders_sent
        THEN RAISE(ABORT, 'approval.reminders_sent must be an integer')
END; END;

CREATE TRIGGER operation_job_integers_insert BEFORE INSERT ON operation_job
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.delivery_id must be an integer')
    WHEN typeof(NEW.requested_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.requested_at must be an integer')
    WHEN typeof(NEW.requested_by) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.requested_by must be an integer')
    WHEN typeof(NEW.started_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.started_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.finished_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'operation_job.attempts must be an integer')
END; END;

CREATE TRIGGER operation_job_integers_update BEFORE UPDATE OF delivery_id, requested_at,
    requested_by, started_at, finished_at, attempts ON operation_job
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'operation_job.delivery_id must be an integer')
    WHEN typeof(NEW.requested_at) NOT IN ('integer', 'null')
        AND NEW.requested_at IS NOT OLD.requested_at
        THEN RAISE(ABORT, 'operation_job.requested_at must be an integer')
    WHEN typeof(NEW.requested_by) NOT IN ('integer', 'null')
        AND NEW.requested_by IS NOT OLD.requested_by
        THEN RAISE(ABORT, 'operation_job.requested_by must be an integer')
    WHEN typeof(NEW.started_at) NOT IN ('integer', 'null')
        AND NEW.started_at IS NOT OLD.started_at
        THEN RAISE(ABORT, 'operation_job.started_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        AND NEW.finished_at IS NOT OLD.finished_at
        THEN RAISE(ABORT, 'operation_job.finished_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        AND NEW.attempts IS NOT OLD.attempts
        THEN RAISE(ABORT, 'operation_job.attempts must be an integer')
END; END;

CREATE TRIGGER provider_job_integers_insert BEFORE INSERT ON provider_job
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'provider_job.delivery_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'provider_job.service_id must be an integer')
    WHEN typeof(NEW.sent_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'provider_job.sent_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'provider_job.finished_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'provider_job.attempts must be an integer')
END; END;

CREATE TRIGGER provider_job_integers_update BEFORE UPDATE OF delivery_id, service_id, sent_at,
    finished_at, attempts ON provider_job
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'provider_job.delivery_id must be an integer')
    WHEN typeof(NEW.service_id) NOT IN ('integer', 'null')
        AND NEW.service_id IS NOT OLD.service_id
        THEN RAISE(ABORT, 'provider_job.service_id must be an integer')
    WHEN typeof(NEW.sent_at) NOT IN ('integer', 'null')
        AND NEW.sent_at IS NOT OLD.sent_at
        THEN RAISE(ABORT, 'provider_job.sent_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        AND NEW.finished_at IS NOT OLD.finished_at
        THEN RAISE(ABORT, 'provider_job.finished_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        AND NEW.attempts IS NOT OLD.attempts
        THEN RAISE(ABORT, 'provider_job.attempts must be an integer')
END; END;

CREATE TRIGGER notification_integers_insert BEFORE INSERT ON notification
BEGIN SELECT CASE
    WHEN typeof(NEW.recipient_operator_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'notification.recipient_operator_id must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'notification.created_at must be an integer')
    WHEN typeof(NEW.sent_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'notification.sent_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'notification.attempts must be an integer')
END; END;

CREATE TRIGGER notification_integers_update BEFORE UPDATE OF recipient_operator_id, created_at,
    sent_at, attempts ON notification
BEGIN SELECT CASE
    WHEN typeof(NEW.recipient_operator_id) NOT IN ('integer', 'null')
        AND NEW.recipient_operator_id IS NOT OLD.recipient_operator_id
        THEN RAISE(ABORT, 'notification.recipient_operator_id must be an integer')
    WHEN typeof(NEW.created_at) NOT IN ('integer', 'null')
        AND NEW.created_at IS NOT OLD.created_at
        THEN RAISE(ABORT, 'notification.created_at must be an integer')
    WHEN typeof(NEW.sent_at) NOT IN ('integer', 'null')
        AND NEW.sent_at IS NOT OLD.sent_at
        THEN RAISE(ABORT, 'notification.sent_at must be an integer')
    WHEN typeof(NEW.attempts) NOT IN ('integer', 'null')
        AND NEW.attempts IS NOT OLD.attempts
        THEN RAISE(ABORT, 'notification.attempts must be an integer')
END; END;

CREATE TRIGGER workflow_integers_insert BEFORE INSERT ON workflow
BEGIN SELECT CASE
    WHEN typeof(NEW.failed) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.failed must be an integer')
    WHEN typeof(NEW.next_run_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.next_run_at must be an integer')
    WHEN typeof(NEW.last_run_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.last_run_id must be an integer')
    WHEN typeof(NEW.lease_until) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.lease_until must be an integer')
    WHEN typeof(NEW.fence) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.fence must be an integer')
    WHEN typeof(NEW.consecutive_errors) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow.consecutive_errors must be an integer')
END; END;

CREATE TRIGGER workflow_integers_update BEFORE UPDATE OF failed, next_run_at, last_run_id,
    lease_until, fence, consecutive_errors ON workflow
BEGIN SELECT CASE
    WHEN typeof(NEW.failed) NOT IN ('integer', 'null')
        AND NEW.failed IS NOT OLD.failed
        THEN RAISE(ABORT, 'workflow.failed must be an integer')
    WHEN typeof(NEW.next_run_at) NOT IN ('integer', 'null')
        AND NEW.next_run_at IS NOT OLD.next_run_at
        THEN RAISE(ABORT, 'workflow.next_run_at must be an integer')
    WHEN typeof(NEW.last_run_id) NOT IN ('integer', 'null')
        AND NEW.last_run_id IS NOT OLD.last_run_id
        THEN RAISE(ABORT, 'workflow.last_run_id must be an integer')
    WHEN typeof(NEW.lease_until) NOT IN ('integer', 'null')
        AND NEW.lease_until IS NOT OLD.lease_until
        THEN RAISE(ABORT, 'workflow.lease_until must be an integer')
    WHEN typeof(NEW.fence) NOT IN ('integer', 'null')
        AND NEW.fence IS NOT OLD.fence
        THEN RAISE(ABORT, 'workflow.fence must be an integer')
    WHEN typeof(NEW.consecutive_errors) NOT IN ('integer', 'null')
        AND NEW.consecutive_errors IS NOT OLD.consecutive_errors
        THEN RAISE(ABORT, 'workflow.consecutive_errors must be an integer')
END; END;

CREATE TRIGGER workflow_run_integers_insert BEFORE INSERT ON workflow_run
BEGIN SELECT CASE
    WHEN typeof(NEW.fence) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_run.fence must be an integer')
    WHEN typeof(NEW.started_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_run.started_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_run.finished_at must be an integer')
    WHEN typeof(NEW.items) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_run.items must be an integer')
    WHEN typeof(NEW.warnings) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_run.warnings must be an integer')
END; END;

CREATE TRIGGER workflow_run_integers_update BEFORE UPDATE OF fence, started_at, finished_at,
    items, warnings ON workflow_run
BEGIN SELECT CASE
    WHEN typeof(NEW.fence) NOT IN ('integer', 'null')
        AND NEW.fence IS NOT OLD.fence
        THEN RAISE(ABORT, 'workflow_run.fence must be an integer')
    WHEN typeof(NEW.started_at) NOT IN ('integer', 'null')
        AND NEW.started_at IS NOT OLD.started_at
        THEN RAISE(ABORT, 'workflow_run.started_at must be an integer')
    WHEN typeof(NEW.finished_at) NOT IN ('integer', 'null')
        AND NEW.finished_at IS NOT OLD.finished_at
        THEN RAISE(ABORT, 'workflow_run.finished_at must be an integer')
    WHEN typeof(NEW.items) NOT IN ('integer', 'null')
        AND NEW.items IS NOT OLD.items
        THEN RAISE(ABORT, 'workflow_run.items must be an integer')
    WHEN typeof(NEW.warnings) NOT IN ('integer', 'null')
        AND NEW.warnings IS NOT OLD.warnings
        THEN RAISE(ABORT, 'workflow_run.warnings must be an integer')
END; END;

CREATE TRIGGER workflow_log_integers_insert BEFORE INSERT ON workflow_log
BEGIN SELECT CASE
    WHEN typeof(NEW.run_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_log.run_id must be an integer')
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_log.at must be an integer')
    WHEN typeof(NEW.object_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'workflow_log.object_id must be an integer')
END; END;

CREATE TRIGGER workflow_log_integers_update BEFORE UPDATE OF run_id, at, object_id ON workflow_log
BEGIN SELECT CASE
    WHEN typeof(NEW.run_id) NOT IN ('integer', 'null')
        AND NEW.run_id IS NOT OLD.run_id
        THEN RAISE(ABORT, 'workflow_log.run_id must be an integer')
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        AND NEW.at IS NOT OLD.at
        THEN RAISE(ABORT, 'workflow_log.at must be an integer')
    WHEN typeof(NEW.object_id) NOT IN ('integer', 'null')
        AND NEW.object_id IS NOT OLD.object_id
        THEN RAISE(ABORT, 'workflow_log.object_id must be an integer')
END; END;

CREATE TRIGGER delivery_event_integers_insert BEFORE INSERT ON delivery_event
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_event.delivery_id must be an integer')
    WHEN typeof(NEW.first_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_event.first_at must be an integer')
    WHEN typeof(NEW.last_at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_event.last_at must be an integer')
    WHEN typeof(NEW.count) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_event.count must be an integer')
    WHEN typeof(NEW.run_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'delivery_event.run_id must be an integer')
END; END;

CREATE TRIGGER delivery_event_integers_update BEFORE UPDATE OF delivery_id, first_at, last_at,
    count, run_id ON delivery_event
BEGIN SELECT CASE
    WHEN typeof(NEW.delivery_id) NOT IN ('integer', 'null')
        AND NEW.delivery_id IS NOT OLD.delivery_id
        THEN RAISE(ABORT, 'delivery_event.delivery_id must be an integer')
    WHEN typeof(NEW.first_at) NOT IN ('integer', 'null')
        AND NEW.first_at IS NOT OLD.first_at
        THEN RAISE(ABORT, 'delivery_event.first_at must be an integer')
    WHEN typeof(NEW.last_at) NOT IN ('integer', 'null')
        AND NEW.last_at IS NOT OLD.last_at
        THEN RAISE(ABORT, 'delivery_event.last_at must be an integer')
    WHEN typeof(NEW.count) NOT IN ('integer', 'null')
        AND NEW.count IS NOT OLD.count
        THEN RAISE(ABORT, 'delivery_event.count must be an integer')
    WHEN typeof(NEW.run_id) NOT IN ('integer', 'null')
        AND NEW.run_id IS NOT OLD.run_id
        THEN RAISE(ABORT, 'delivery_event.run_id must be an integer')
END; END;

CREATE TRIGGER audit_event_integers_insert BEFORE INSERT ON audit_event
BEGIN SELECT CASE
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'audit_event.at must be an integer')
    WHEN typeof(NEW.operator_id) NOT IN ('integer', 'null')
        THEN RAISE(ABORT, 'audit_event.operator_id must be an integer')
END; END;

CREATE TRIGGER audit_event_integers_update BEFORE UPDATE OF at, operator_id ON audit_event
BEGIN SELECT CASE
    WHEN typeof(NEW.at) NOT IN ('integer', 'null')
        AND NEW.at IS NOT OLD.at
        THEN RAISE(ABORT, 'audit_event.at must be an integer')
    WHEN typeof(NEW.operator_id) NOT IN ('integer', 'null')
        AND NEW.operator_id IS NOT OLD.operator_id
        THEN RAISE(ABORT, 'audit_event.operator_id must be an integer')
END; END;

-- end only
