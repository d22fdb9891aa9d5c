-- Campagna schema, version 1: the database contract of spec/02-schema.md.
--
-- The same file runs on SQLite and PostgreSQL. The migrator expands the
-- token written as {{ID}} into the backend's generated integer primary key,
-- splits statements at a semicolon that ends a line, runs a statement
-- preceded by a comment line "-- only: sqlite" or "-- only: postgresql" on
-- that backend only, and keeps text written {{sqlite: ...}} (or
-- {{postgresql: ...}}) on that backend only.
--
-- Types: BIGINT for times (Unix seconds, UTC), money (cents, micros),
-- quantities and foreign keys. TEXT for text and enumerations (with a CHECK
-- listing the values). INTEGER 0/1 with a CHECK for flags.
--
-- The workflow rows and the schema_version row are inserted by the engine,
-- not here.

-- Engine settings and the schema version -----------------------------------

CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT
);

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

-- People -------------------------------------------------------------------

CREATE TABLE operator (
    {{ID}},
    name     TEXT NOT NULL UNIQUE,
    email    TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1))
);

CREATE TABLE operator_group (
    {{ID}},
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE operator_group_member (
    group_id    BIGINT NOT NULL REFERENCES operator_group (id) ON DELETE CASCADE,
    operator_id BIGINT NOT NULL REFERENCES operator (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, operator_id)
);
CREATE INDEX operator_group_member_operator_idx ON operator_group_member (operator_id);

-- Budgets ------------------------------------------------------------------

CREATE TABLE budget (
    {{ID}},
    label           TEXT NOT NULL,
    currency        TEXT DEFAULT 'EUR',
    start_at        BIGINT,
    end_at          BIGINT,
    allocated_cents BIGINT NOT NULL DEFAULT 0 CHECK (allocated_cents >= 0),
    planned_cents   BIGINT NOT NULL DEFAULT 0,
    reserved_cents  BIGINT NOT NULL DEFAULT 0,
    committed_cents BIGINT NOT NULL DEFAULT 0,
    spent_cents     BIGINT NOT NULL DEFAULT 0,
    invoiced_cents  BIGINT NOT NULL DEFAULT 0,
    calculated_at   BIGINT
);

CREATE TABLE expense_category (
    {{ID}},
    budget_id    BIGINT NOT NULL REFERENCES budget (id),
    label        TEXT NOT NULL,
    amount_cents BIGINT NOT NULL DEFAULT 0 CHECK (amount_cents >= 0)
);
CREATE INDEX expense_category_budget_idx ON expense_category (budget_id);

-- Plans, programs, campaigns -----------------------------------------------

CREATE TABLE plan (
    {{ID}},
    label                 TEXT,
    budget_id             BIGINT REFERENCES budget (id),
    start_at              BIGINT,
    end_at                BIGINT,
    estimated_cost_cents  BIGINT CHECK (estimated_cost_cents >= 0),
    calculated_cost_cents BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX plan_budget_idx ON plan (budget_id);

CREATE TABLE program (
    {{ID}},
    plan_id               BIGINT REFERENCES plan (id),
    label                 TEXT,
    budget_id             BIGINT REFERENCES budget (id),
    start_at              BIGINT,
    end_at                BIGINT,
    estimated_cost_cents  BIGINT CHECK (estimated_cost_cents >= 0),
    calculated_cost_cents BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX program_plan_idx ON program (plan_id);
CREATE INDEX program_budget_idx ON program (budget_id);

-- campaign.schedule_line_id and schedule_line.campaign_id reference each
-- other. SQLite accepts a reference to a table created later (and cannot add
-- a constraint afterwards), PostgreSQL does not: there the constraint is
-- added once schedule_line exists.
CREATE TABLE campaign (
    {{ID}},
    program_id            BIGINT REFERENCES program (id),
    label                 TEXT NOT NULL,
    manager_id            BIGINT REFERENCES operator (id),
    kind                  TEXT NOT NULL DEFAULT 'campaign'
                          CHECK (kind IN ('campaign', 'recurring', 'periodic')),
    status                TEXT NOT NULL DEFAULT 'being_edited'
                          CHECK (status IN ('being_edited', 'in_progress', 'finished', 'cancelled')),
    budget_id             BIGINT REFERENCES budget (id),
    budget_status         TEXT NOT NULL DEFAULT 'being_edited'
                          CHECK (budget_status IN ('being_edited', 'defined', 'carried_out')),
    commitment_level      TEXT NOT NULL DEFAULT 'planned'
                          CHECK (commitment_level IN ('planned', 'reserved', 'committed')),
    estimated_cost_cents  BIGINT CHECK (estimated_cost_cents >= 0),
    real_cost_cents       BIGINT CHECK (real_cost_cents >= 0),
    calculated_cost_cents BIGINT NOT NULL DEFAULT 0,
    start_at              BIGINT,
    end_at                BIGINT,
    approval_delay_s      BIGINT NOT NULL DEFAULT 259200 CHECK (approval_delay_s >= 0),
    create_in_advance_s   BIGINT NOT NULL DEFAULT 0 CHECK (create_in_advance_s >= 0),
    template_id           BIGINT REFERENCES campaign (id),
    schedule_line_id      BIGINT UNIQUE {{sqlite: REFERENCES schedule_line (id)}}
);
CREATE INDEX campaign_program_idx ON campaign (program_id);
CREATE INDEX campaign_manager_idx ON campaign (manager_id);
CREATE INDEX campaign_budget_idx ON campaign (budget_id);
CREATE INDEX campaign_template_idx ON campaign (template_id);
CREATE INDEX campaign_status_idx ON campaign (status);
CREATE INDEX campaign_kind_idx ON campaign (kind);

CREATE TABLE schedule_line (
    {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaign (id),
    start_at    BIGINT NOT NULL,
    end_at      BIGINT,
    auto_start  INTEGER NOT NULL DEFAULT 0 CHECK (auto_start IN (0, 1)),
    created_at  BIGINT
);
CREATE INDEX schedule_line_campaign_idx ON schedule_line (campaign_id, start_at);
CREATE INDEX schedule_line_start_idx ON schedule_line (start_at);

-- only: postgresql
ALTER TABLE campaign ADD CONSTRAINT campaign_schedule_line_id_fkey
    FOREIGN KEY (schedule_line_id) REFERENCES schedule_line (id);

CREATE TABLE campaign_approval (
    campaign_id          BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL
                         CHECK (kind IN ('targeting', 'content', 'budget', 'extraction', 'proof')),
    reviewer_operator_id BIGINT REFERENCES operator (id),
    reviewer_group_id    BIGINT REFERENCES operator_group (id),
    PRIMARY KEY (campaign_id, kind)
);
CREATE INDEX campaign_approval_operator_idx ON campaign_approval (reviewer_operator_id);
CREATE INDEX campaign_approval_group_idx ON campaign_approval (reviewer_group_id);

CREATE TABLE approval_reminder_rule (
    {{ID}},
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    offset_s    BIGINT,
    at          BIGINT,
    CHECK ((offset_s IS NULL) <> (at IS NULL))
);
CREATE INDEX approval_reminder_rule_campaign_idx ON approval_reminder_rule (campaign_id);

-- Service providers ----------------------------------------------------------

CREATE TABLE supplier (
    {{ID}},
    label    TEXT NOT NULL,
    email    TEXT,
    drop_dir TEXT
);

CREATE TABLE service (
    {{ID}},
    supplier_id             BIGINT NOT NULL REFERENCES supplier (id),
    label                   TEXT,
    extraction_file_pattern TEXT NOT NULL DEFAULT '{date}_directMail_{delivery_id}.csv',
    return_file_pattern     TEXT,
    return_timeout_s        BIGINT DEFAULT 604800 CHECK (return_timeout_s >= 0)
);
CREATE INDEX service_supplier_idx ON service (supplier_id);

-- Deliveries and tasks -----------------------------------------------------

CREATE TABLE delivery (
    {{ID}},
    campaign_id           BIGINT NOT NULL REFERENCES campaign (id),
    label                 TEXT NOT NULL,
    channel               TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'direct_mail')),
    service_id            BIGINT REFERENCES service (id),
    status                TEXT NOT NULL DEFAULT 'being_edited'
                          CHECK (status IN ('being_edited', 'targeting_pending', 'to_validate',
                                            'pending_confirmation', 'start_pending', 'in_progress',
                                            'extraction_pending', 'file_to_approve',
                                            'provider_pending', 'sent_to_provider', 'finished',
                                            'cancelled', 'failed')),
    is_template           INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    template_delivery_id  BIGINT REFERENCES delivery (id),
    schedule_line_id      BIGINT REFERENCES schedule_line (id),
    target_filter         TEXT,
    targeted_count        BIGINT CHECK (targeted_count >= 0),
    to_send_count         BIGINT CHECK (to_send_count >= 0),
    sent_count            BIGINT CHECK (sent_count >= 0),
    analyzed_at           BIGINT,
    confirm_required      INTEGER NOT NULL DEFAULT 0 CHECK (confirm_required IN (0, 1)),
    contact_at            BIGINT,
    extraction_at         BIGINT,
    estimated_cost_cents  BIGINT CHECK (estimated_cost_cents >= 0),
    real_cost_cents       BIGINT CHECK (real_cost_cents >= 0),
    calculated_cost_cents BIGINT NOT NULL DEFAULT 0,
    commitment_level      TEXT CHECK (commitment_level IN ('planned', 'reserved', 'committed')),
    extraction_file       TEXT,
    extraction_rows       BIGINT CHECK (extraction_rows >= 0),
    extraction_sha256     TEXT,
    last_error            TEXT,
    UNIQUE (template_delivery_id, schedule_line_id)
);
CREATE INDEX delivery_campaign_idx ON delivery (campaign_id);
CREATE INDEX delivery_service_idx ON delivery (service_id);
CREATE INDEX delivery_status_idx ON delivery (status);
CREATE INDEX delivery_schedule_line_idx ON delivery (schedule_line_id);
CREATE INDEX delivery_contact_idx ON delivery (contact_at);

CREATE TABLE task (
    {{ID}},
    campaign_id           BIGINT NOT NULL REFERENCES campaign (id),
    label                 TEXT,
    status                TEXT NOT NULL DEFAULT 'scheduled'
                          CHECK (status IN ('scheduled', 'in_progress', 'finished', 'cancelled')),
    service_id            BIGINT REFERENCES service (id),
    duration_days         INTEGER NOT NULL DEFAULT 0 CHECK (duration_days >= 0),
    estimated_cost_cents  BIGINT CHECK (estimated_cost_cents >= 0),
    real_cost_cents       BIGINT CHECK (real_cost_cents >= 0),
    calculated_cost_cents BIGINT NOT NULL DEFAULT 0,
    commitment_level      TEXT CHECK (commitment_level IN ('planned', 'reserved', 'committed')),
    start_at              BIGINT,
    end_at                BIGINT
);
CREATE INDEX task_campaign_idx ON task (campaign_id);
CREATE INDEX task_service_idx ON task (service_id);
CREATE INDEX task_status_idx ON task (status);

-- Stocks (before cost types, which may consume a stock line) --------------

CREATE TABLE stock (
    {{ID}},
    label          TEXT,
    supplier_id    BIGINT REFERENCES supplier (id),
    alert_group_id BIGINT REFERENCES operator_group (id)
);
CREATE INDEX stock_supplier_idx ON stock (supplier_id);
CREATE INDEX stock_alert_group_idx ON stock (alert_group_id);

CREATE TABLE stock_line (
    {{ID}},
    stock_id      BIGINT NOT NULL REFERENCES stock (id),
    label         TEXT,
    initial_qty   BIGINT NOT NULL DEFAULT 0 CHECK (initial_qty >= 0),
    alert_level   BIGINT NOT NULL DEFAULT 0 CHECK (alert_level >= 0),
    reorder_qty   BIGINT NOT NULL DEFAULT 0 CHECK (reorder_qty >= 0),
    lead_days     INTEGER NOT NULL DEFAULT 7 CHECK (lead_days >= 0),
    consumed_qty  BIGINT NOT NULL DEFAULT 0 CHECK (consumed_qty >= 0),
    received_qty  BIGINT NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
    on_order_qty  BIGINT NOT NULL DEFAULT 0 CHECK (on_order_qty >= 0),
    planned_qty   BIGINT NOT NULL DEFAULT 0 CHECK (planned_qty >= 0),
    in_stock_qty  BIGINT NOT NULL DEFAULT 0,
    forecast_qty  BIGINT NOT NULL DEFAULT 0,
    status        TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'alert', 'insufficient')),
    calculated_at BIGINT
);
CREATE INDEX stock_line_stock_idx ON stock_line (stock_id);
CREATE INDEX stock_line_status_idx ON stock_line (status);

-- Costs --------------------------------------------------------------------

CREATE TABLE cost_category (
    {{ID}},
    service_id BIGINT NOT NULL REFERENCES service (id),
    label      TEXT,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'direct_mail', 'task'))
);
CREATE INDEX cost_category_service_idx ON cost_category (service_id);

CREATE TABLE cost_type (
    {{ID}},
    cost_category_id BIGINT NOT NULL REFERENCES cost_category (id),
    label            TEXT,
    basis            TEXT NOT NULL CHECK (basis IN ('fixed', 'per_message', 'daily')),
    structure        TEXT CHECK (structure IN ('linear', 'linear_threshold', 'constant_threshold')),
    amount_micros    BIGINT NOT NULL DEFAULT 0 CHECK (amount_micros >= 0),
    per_units        BIGINT NOT NULL DEFAULT 1 CHECK (per_units > 0),
    beyond_micros    BIGINT CHECK (beyond_micros >= 0),
    stock_line_id    BIGINT REFERENCES stock_line (id),
    stock_units      BIGINT NOT NULL DEFAULT 1 CHECK (stock_units >= 0)
);
CREATE INDEX cost_type_category_idx ON cost_type (cost_category_id);
CREATE INDEX cost_type_stock_line_idx ON cost_type (stock_line_id);

CREATE TABLE cost_threshold (
    {{ID}},
    cost_type_id  BIGINT NOT NULL REFERENCES cost_type (id) ON DELETE CASCADE,
    upper_bound   BIGINT NOT NULL CHECK (upper_bound >= 0),
    amount_micros BIGINT NOT NULL CHECK (amount_micros >= 0),
    UNIQUE (cost_type_id, upper_bound)
);

CREATE TABLE cost_choice (
    {{ID}},
    delivery_id         BIGINT REFERENCES delivery (id),
    task_id             BIGINT REFERENCES task (id),
    cost_type_id        BIGINT NOT NULL REFERENCES cost_type (id),
    surcharge_cents     BIGINT NOT NULL DEFAULT 0 CHECK (surcharge_cents >= 0),
    expense_category_id BIGINT REFERENCES expense_category (id),
    CHECK ((delivery_id IS NULL) <> (task_id IS NULL))
);
CREATE INDEX cost_choice_delivery_idx ON cost_choice (delivery_id);
CREATE INDEX cost_choice_task_idx ON cost_choice (task_id);
CREATE INDEX cost_choice_cost_type_idx ON cost_choice (cost_type_id);
CREATE INDEX cost_choice_expense_category_idx ON cost_choice (expense_category_id);

CREATE TABLE expense_line (
    {{ID}},
    campaign_id         BIGINT REFERENCES campaign (id),
    delivery_id         BIGINT REFERENCES delivery (id),
    task_id             BIGINT REFERENCES task (id),
    cost_choice_id      BIGINT REFERENCES cost_choice (id),
    cost_type_id        BIGINT REFERENCES cost_type (id),
    expense_category_id BIGINT REFERENCES expense_category (id),
    quantity            BIGINT CHECK (quantity >= 0),
    amount_cents        BIGINT NOT NULL,
    computed_at         BIGINT
);
CREATE INDEX expense_line_campaign_idx ON expense_line (campaign_id);
CREATE INDEX expense_line_delivery_idx ON expense_line (delivery_id);
CREATE INDEX expense_line_task_idx ON expense_line (task_id);
CREATE UNIQUE INDEX expense_line_cost_choice_idx ON expense_line (cost_choice_id);
CREATE INDEX expense_line_cost_type_idx ON expense_line (cost_type_id);
CREATE INDEX expense_line_expense_category_idx ON expense_line (expense_category_id);

CREATE TABLE cost_line (
    {{ID}},
    budget_id           BIGINT REFERENCES budget (id),
    campaign_id         BIGINT NOT NULL REFERENCES campaign (id),
    delivery_id         BIGINT REFERENCES delivery (id),
    task_id             BIGINT REFERENCES task (id),
    expense_category_id BIGINT REFERENCES expense_category (id),
    amount_cents        BIGINT NOT NULL,
    commitment          TEXT NOT NULL
                        CHECK (commitment IN ('planned', 'reserved', 'committed', 'spent')),
    basis               TEXT NOT NULL CHECK (basis IN ('real', 'calculated', 'estimated')),
    charge_at           BIGINT
);
CREATE INDEX cost_line_budget_idx ON cost_line (budget_id, charge_at);
CREATE INDEX cost_line_campaign_idx ON cost_line (campaign_id);
CREATE INDEX cost_line_delivery_idx ON cost_line (delivery_id);
CREATE INDEX cost_line_task_idx ON cost_line (task_id);
CREATE INDEX cost_line_expense_category_idx ON cost_line (expense_category_id);

CREATE TABLE invoice (
    {{ID}},
    supplier_id BIGINT REFERENCES supplier (id),
    budget_id   BIGINT REFERENCES budget (id),
    number      TEXT,
    status      TEXT NOT NULL DEFAULT 'saved' CHECK (status IN ('saved', 'issued', 'settled')),
    created_at  BIGINT
);
CREATE INDEX invoice_supplier_idx ON invoice (supplier_id);
CREATE INDEX invoice_budget_idx ON invoice (budget_id, status);

CREATE TABLE invoice_line (
    {{ID}},
    invoice_id   BIGINT NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    delivery_id  BIGINT REFERENCES delivery (id),
    task_id      BIGINT REFERENCES task (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX invoice_line_invoice_idx ON invoice_line (invoice_id);
CREATE INDEX invoice_line_delivery_idx ON invoice_line (delivery_id);
CREATE INDEX invoice_line_task_idx ON invoice_line (task_id);

-- Stock movements ------------------------------------------------------------

CREATE TABLE stock_consumption (
    {{ID}},
    stock_line_id BIGINT NOT NULL REFERENCES stock_line (id),
    delivery_id   BIGINT NOT NULL REFERENCES delivery (id),
    campaign_id   BIGINT REFERENCES campaign (id),
    quantity      BIGINT NOT NULL CHECK (quantity >= 0),
    assigned_at   BIGINT,
    UNIQUE (stock_line_id, delivery_id)
);
CREATE INDEX stock_consumption_delivery_idx ON stock_consumption (delivery_id);
CREATE INDEX stock_consumption_campaign_idx ON stock_consumption (campaign_id);

CREATE TABLE stock_order (
    {{ID}},
    stock_line_id BIGINT NOT NULL REFERENCES stock_line (id),
    quantity      BIGINT NOT NULL CHECK (quantity > 0),
    ordered_at    BIGINT,
    delivery_at   BIGINT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'on_order', 'received', 'cancelled')),
    received_at   BIGINT
);
CREATE INDEX stock_order_stock_line_idx ON stock_order (stock_line_id, status);
CREATE INDEX stock_order_status_idx ON stock_order (status, delivery_at);

CREATE TABLE stock_alert (
    {{ID}},
    stock_line_id BIGINT NOT NULL REFERENCES stock_line (id),
    kind          TEXT NOT NULL CHECK (kind IN ('alert_level', 'insufficient')),
    raised_at     BIGINT NOT NULL,
    cleared_at    BIGINT,
    in_stock_qty  BIGINT,
    forecast_qty  BIGINT
);
CREATE INDEX stock_alert_stock_line_idx ON stock_alert (stock_line_id, raised_at);
CREATE UNIQUE INDEX stock_alert_open_idx ON stock_alert (stock_line_id, kind)
    WHERE cleared_at IS NULL;

-- Recipients and targets -----------------------------------------------------

CREATE TABLE recipient (
    {{ID}},
    email       TEXT,
    phone       TEXT,
    first_name  TEXT,
    last_name   TEXT,
    address     TEXT,
    postal_code TEXT,
    city        TEXT,
    country     TEXT CHECK (length(country) = 2),
    birth_date  TEXT,
    created_at  BIGINT,
    opted_out   INTEGER NOT NULL DEFAULT 0 CHECK (opted_out IN (0, 1)),
    blocklisted INTEGER NOT NULL DEFAULT 0 CHECK (blocklisted IN (0, 1))
);
CREATE INDEX recipient_email_idx ON recipient (email);
CREATE INDEX recipient_phone_idx ON recipient (phone);

CREATE TABLE delivery_target (
    delivery_id  BIGINT NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    recipient_id BIGINT NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
    PRIMARY KEY (delivery_id, recipient_id)
);
CREATE INDEX delivery_target_recipient_idx ON delivery_target (recipient_id);

-- Approvals and jobs ---------------------------------------------------------

CREATE TABLE approval (
    {{ID}},
    delivery_id          BIGINT NOT NULL REFERENCES delivery (id),
    kind                 TEXT NOT NULL
                         CHECK (kind IN ('targeting', 'content', 'budget', 'extraction', 'proof')),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewer_operator_id BIGINT REFERENCES operator (id),
    reviewer_group_id    BIGINT REFERENCES operator_group (id),
    submitted_at         BIGINT NOT NULL,
    deadline_at          BIGINT,
    decided_at           BIGINT,
    decided_by           BIGINT REFERENCES operator (id),
    comment              TEXT,
    notified_at          BIGINT,
    reminders_sent       INTEGER NOT NULL DEFAULT 0 CHECK (reminders_sent >= 0)
);
CREATE INDEX approval_delivery_idx ON approval (delivery_id, kind);
CREATE UNIQUE INDEX approval_one_pending_idx ON approval (delivery_id, kind)
    WHERE status = 'pending';
CREATE INDEX approval_status_idx ON approval (status);
CREATE INDEX approval_reviewer_operator_idx ON approval (reviewer_operator_id);
CREATE INDEX approval_reviewer_group_idx ON approval (reviewer_group_id);
CREATE INDEX approval_decided_by_idx ON approval (decided_by);

CREATE TABLE operation_job (
    {{ID}},
    kind         TEXT NOT NULL CHECK (kind IN ('targeting', 'extraction')),
    delivery_id  BIGINT NOT NULL REFERENCES delivery (id),
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'running', 'done', 'failed')),
    requested_at BIGINT NOT NULL,
    requested_by BIGINT REFERENCES operator (id),
    started_at   BIGINT,
    finished_at  BIGINT,
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    error        TEXT
);
CREATE INDEX operation_job_status_idx ON operation_job (status, requested_at);
CREATE INDEX operation_job_delivery_idx ON operation_job (delivery_id, kind);
CREATE INDEX operation_job_requested_by_idx ON operation_job (requested_by);

CREATE TABLE provider_job (
    {{ID}},
    delivery_id BIGINT NOT NULL UNIQUE REFERENCES delivery (id),
    service_id  BIGINT REFERENCES service (id),
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'file_sent', 'done', 'failed')),
    file_path   TEXT,
    file_sha256 TEXT,
    sent_at     BIGINT,
    return_file TEXT,
    finished_at BIGINT,
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    error       TEXT
);
CREATE INDEX provider_job_service_idx ON provider_job (service_id);
CREATE INDEX provider_job_status_idx ON provider_job (status);

-- Notifications and events -------------------------------------------------

CREATE TABLE notification (
    {{ID}},
    kind                  TEXT NOT NULL
                          CHECK (kind IN ('approval_request', 'approval_reminder', 'approval_overdue',
                                          'stock_alert', 'provider_file', 'workflow_failure')),
    dedup_key             TEXT NOT NULL UNIQUE,
    recipient_operator_id BIGINT REFERENCES operator (id),
    recipient_email       TEXT,
    subject               TEXT,
    body                  TEXT,
    attachment_path       TEXT,
    created_at            BIGINT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'queued'
                          CHECK (status IN ('queued', 'sent', 'failed')),
    sent_at               BIGINT,
    attempts              INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    error                 TEXT
);
CREATE INDEX notification_status_idx ON notification (status, created_at);
CREATE INDEX notification_recipient_idx ON notification (recipient_operator_id);

-- The engine's own tables ----------------------------------------------------
-- workflow.last_run_id and workflow_run.workflow reference each other: same
-- arrangement as campaign and schedule_line above.

CREATE TABLE workflow (
    name               TEXT NOT NULL PRIMARY KEY,
    state              TEXT NOT NULL DEFAULT 'started'
                       CHECK (state IN ('started', 'paused', 'stopped')),
    failed             INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
    schedule           TEXT,
    next_run_at        BIGINT,
    last_run_id        BIGINT {{sqlite: REFERENCES workflow_run (id) ON DELETE SET NULL}},
    lease_owner        TEXT,
    lease_until        BIGINT,
    fence              BIGINT NOT NULL DEFAULT 0 CHECK (fence >= 0),
    on_error           TEXT NOT NULL DEFAULT 'pause' CHECK (on_error IN ('pause', 'ignore')),
    consecutive_errors INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_errors >= 0)
);
CREATE INDEX workflow_last_run_idx ON workflow (last_run_id);

CREATE TABLE workflow_run (
    {{ID}},
    workflow     TEXT NOT NULL REFERENCES workflow (name),
    trigger      TEXT CHECK (trigger IN ('manual', 'schedule', 'cli')),
    requested_by TEXT,
    owner        TEXT,
    fence        BIGINT,
    started_at   BIGINT NOT NULL,
    finished_at  BIGINT,
    status       TEXT NOT NULL DEFAULT 'running'
                 CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled', 'lost')),
    items        BIGINT NOT NULL DEFAULT 0 CHECK (items >= 0),
    warnings     INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
    error        TEXT
);
CREATE INDEX workflow_run_workflow_idx ON workflow_run (workflow, started_at);
CREATE INDEX workflow_run_status_idx ON workflow_run (status);
CREATE INDEX workflow_run_started_idx ON workflow_run (started_at);

-- only: postgresql
ALTER TABLE workflow ADD CONSTRAINT workflow_last_run_id_fkey
    FOREIGN KEY (last_run_id) REFERENCES workflow_run (id) ON DELETE SET NULL;

CREATE TABLE workflow_log (
    {{ID}},
    run_id      BIGINT REFERENCES workflow_run (id) ON DELETE CASCADE,
    workflow    TEXT NOT NULL REFERENCES workflow (name),
    at          BIGINT NOT NULL,
    level       TEXT NOT NULL DEFAULT 'info' CHECK (level IN ('info', 'warning', 'error')),
    step        TEXT,
    message     TEXT NOT NULL,
    object_type TEXT,
    object_id   BIGINT
);
CREATE INDEX workflow_log_run_idx ON workflow_log (run_id);
CREATE INDEX workflow_log_workflow_idx ON workflow_log (workflow, at);
CREATE INDEX workflow_log_at_idx ON workflow_log (at);

CREATE TABLE delivery_event (
    {{ID}},
    delivery_id BIGINT NOT NULL REFERENCES delivery (id),
    reason      TEXT NOT NULL,
    message     TEXT,
    first_at    BIGINT,
    last_at     BIGINT,
    count       INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    workflow    TEXT,
    run_id      BIGINT REFERENCES workflow_run (id) ON DELETE SET NULL,
    UNIQUE (delivery_id, reason)
);
CREATE INDEX delivery_event_run_idx ON delivery_event (run_id);
CREATE INDEX delivery_event_workflow_idx ON delivery_event (workflow);
CREATE INDEX delivery_event_last_at_idx ON delivery_event (last_at);
