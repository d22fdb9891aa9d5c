-- Campagna schema, version 4: the audit trail, and on PostgreSQL the rights
-- of spec/01-product.md ("Operators and rights") enforced by the server.
--
-- audit_event: one row per operator action, written in the transaction of
-- the change. Rows are never updated nor deleted (the journal purge does
-- not touch them); operator_id keeps the id the operator had, without a
-- foreign key, so that removing an operator leaves their rows as they were.

CREATE TABLE audit_event (
    {{ID}},
    at            BIGINT NOT NULL,
    operator_id   BIGINT,
    operator_name TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN (
                      'workflow.start', 'workflow.pause', 'workflow.stop', 'workflow.run',
                      'workflow.cancel', 'workflow.schedule', 'journal.purge', 'approval.decide',
                      'delivery.submit', 'delivery.confirm', 'delivery.finish', 'delivery.retry',
                      'stock.confirm', 'stock.cancel', 'setting.set', 'operator.add',
                      'operator.set', 'operator.remove', 'connection.open')),
    object_kind   TEXT,
    object_id     TEXT,
    details       TEXT
);
CREATE INDEX audit_event_at_idx ON audit_event (at);
CREATE INDEX audit_event_operator_idx ON audit_event (operator_name, at);
CREATE INDEX audit_event_action_idx ON audit_event (action, at);

-- PostgreSQL from here on. Four roles per database, named after it when it
-- is initialised (the database "campagna" gets campagna_owner,
-- campagna_operator, campagna_admin and campagna_runner; table
-- database_role records them):
--   owner     NOLOGIN; owns every table and function below;
--   operator  SELECT on every table, EXECUTE on the action functions, no
--             INSERT, UPDATE or DELETE anywhere;
--   runner    what the workflows write (serve, run, a console's scheduler);
--             never the people tables, the settings or the audit trail;
--   admin     operator and runner.
-- Every write an operator makes goes through a SECURITY DEFINER function
-- below that resolves the operator from session_user, checks the right,
-- writes the change and its audit row, and raises 42501 naming who may.

-- begin only: postgresql
-- The roles of this database, by kind. Recorded rather than derived from
-- the database's name, so that a copy (CREATE DATABASE ... TEMPLATE, a
-- restored dump, a renamed database) keeps the roles its grants name.
CREATE TABLE database_role (
    kind TEXT NOT NULL PRIMARY KEY CHECK (kind IN ('owner', 'operator', 'runner', 'admin')),
    name TEXT NOT NULL UNIQUE
);

DO $$
DECLARE
    prefix text := current_database();
    kind text;
BEGIN
    IF length(prefix) > 54 THEN
        RAISE EXCEPTION 'The database name "%" is too long for Campagna''s roles (at most 54 characters): rename the database.', prefix;
    END IF;
    FOREACH kind IN ARRAY ARRAY['owner', 'operator', 'runner', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_' || kind) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || kind);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'campagnactl init must run as a superuser or a database user with CREATEROLE on PostgreSQL: it creates the roles %_owner, %_operator, %_runner and %_admin.', prefix, prefix, prefix, prefix
                    USING ERRCODE = '42501';
            END;
        END IF;
        INSERT INTO database_role (kind, name) VALUES (kind, prefix || '_' || kind);
    END LOOP;
    EXECUTE format('GRANT %I, %I TO %I', prefix || '_operator', prefix || '_runner', prefix || '_admin');
    -- The owner role hands out the group roles (campagna_operator_add).
    EXECUTE format('GRANT %I, %I, %I TO %I WITH ADMIN OPTION', prefix || '_operator',
                   prefix || '_runner', prefix || '_admin', prefix || '_owner');
    -- Whoever initialises the database keeps control of it.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT %I TO %I', prefix || '_owner', current_user);
    END IF;
END
$$;

-- The database's role of one kind: owner, operator, runner or admin.
CREATE FUNCTION campagna_role(p_kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$ SELECT name FROM database_role WHERE kind = p_kind $$;

-- Whether the session user has the role of kind `p_kind` (MEMBER or USAGE);
-- false when that role is not on this server (a dump restored elsewhere).
CREATE FUNCTION campagna_has_role(p_kind text, p_how text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT EXISTS (SELECT 1 FROM database_role d JOIN pg_roles r ON r.rolname = d.name
                   WHERE d.kind = p_kind AND pg_has_role(session_user, r.oid, p_how))
$$;

-- A superuser, the database owner or a member of its owner role: may act as
-- any operator, and as an administrator when no operator has its name.
CREATE FUNCTION campagna_privileged() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT r.rolsuper OR d.datdba = r.oid
           OR campagna_has_role('owner', 'MEMBER')
    FROM pg_roles r, pg_database d
    WHERE r.rolname = session_user AND d.datname = current_database()
$$;

-- Who the session acts as when it names `p_as` (NULL or '': itself).
CREATE FUNCTION campagna_actor(p_as text, OUT id bigint, OUT name text, OUT is_admin boolean,
                               OUT privileged boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    wanted text := coalesce(nullif(p_as, ''), session_user);
BEGIN
    privileged := campagna_privileged();
    IF wanted <> session_user AND NOT privileged THEN
        RAISE EXCEPTION 'The database user "%" may act only as the operator "%", not as "%"; only a superuser or the database owner may act as another operator.',
            session_user, session_user, wanted USING ERRCODE = '42501';
    END IF;
    SELECT o.id, o.name, o.is_admin = 1 INTO id, name, is_admin FROM operator o WHERE o.name = wanted;
    IF FOUND THEN
        RETURN;
    END IF;
    IF privileged THEN
        -- The owner of the database may act as anyone; with no operator of
        -- that name, as an administrator (as the owner of a SQLite file).
        name := wanted;
        is_admin := true;
        RETURN;
    END IF;
    IF wanted <> session_user THEN
        RAISE EXCEPTION 'There is no operator named "%".', wanted USING ERRCODE = 'P0002';
    END IF;
    RAISE EXCEPTION 'The database user "%" has no operator: ask an administrator to create the operator "%" (campagnactl operator add %).',
        session_user, session_user, session_user USING ERRCODE = '42501';
END
$$;

-- The time an action records: the caller's clock for administrators and the
-- database owner (who may fix it with --now), the server's for everyone else.
CREATE FUNCTION campagna_at(p_at bigint, p_admin boolean) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT CASE WHEN p_admin AND p_at IS NOT NULL THEN p_at
                ELSE extract(epoch FROM now())::bigint END
$$;

CREATE FUNCTION campagna_admin_names() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT coalesce(string_agg(name, ', ' ORDER BY name), 'there is none')
    FROM operator WHERE is_admin = 1
$$;

CREATE FUNCTION campagna_require_admin(p_name text, p_admin boolean, p_what text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public
AS $$
BEGIN
    IF NOT p_admin THEN
        RAISE EXCEPTION '%: only administrators may do this, and "%" is not one. Ask one of: %.',
            p_what, p_name, campagna_admin_names() USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION campagna_audit_insert(p_at bigint, p_operator_id bigint, p_operator_name text,
                                      p_action text, p_kind text, p_object text,
                                      p_details text) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public
AS $$
    INSERT INTO audit_event (at, operator_id, operator_name, action, object_kind, object_id,
                             details)
    VALUES (p_at, p_operator_id, p_operator_name, p_action, p_kind, p_object, p_details)
$$;

CREATE FUNCTION campagna_event(p_delivery bigint, p_reason text, p_message text, p_at bigint)
RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public
AS $$
    INSERT INTO delivery_event (delivery_id, reason, message, first_at, last_at, count,
                                workflow, run_id)
    VALUES (p_delivery, p_reason, p_message, p_at, p_at, 1, NULL, NULL)
    ON CONFLICT (delivery_id, reason) DO UPDATE SET message = excluded.message,
        last_at = excluded.last_at, count = delivery_event.count + 1,
        workflow = excluded.workflow, run_id = excluded.run_id
$$;

-- The actions of the engine itself: a run (by a runner or an administrator)
-- and the console's connection. Other actions write their own audit rows.
CREATE FUNCTION campagna_audit_record(p_as text, p_action text, p_kind text, p_object text,
                                      p_details text, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    wanted text := coalesce(nullif(p_as, ''), session_user);
    who record;
    runner boolean := campagna_has_role('runner', 'USAGE');
BEGIN
    IF p_action NOT IN ('workflow.run', 'workflow.cancel', 'connection.open') THEN
        RAISE EXCEPTION 'The action % is recorded by its own function.', p_action
            USING ERRCODE = '42501';
    END IF;
    IF runner AND wanted = session_user
       AND NOT EXISTS (SELECT 1 FROM operator WHERE name = wanted) THEN
        -- A runner's service account needs no operator.
        PERFORM campagna_audit_insert(campagna_at(p_at, false), NULL, wanted, p_action, p_kind,
                                      p_object, p_details);
        RETURN;
    END IF;
    who := campagna_actor(p_as);
    IF p_action <> 'connection.open' AND NOT who.is_admin AND NOT runner THEN
        RAISE EXCEPTION 'Run or cancel %: only administrators and the runner role % may do this, and "%" is neither.',
            p_object, campagna_role('runner'), who.name USING ERRCODE = '42501';
    END IF;
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged OR runner), who.id, who.name,
                                  p_action, p_kind, p_object, p_details);
END
$$;

CREATE FUNCTION campagna_workflow_set_state(p_as text, p_workflow text, p_state text,
                                            p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    verb text;
    was text;
BEGIN
    verb := CASE p_state WHEN 'started' THEN 'start' WHEN 'paused' THEN 'pause'
                         WHEN 'stopped' THEN 'stop' END;
    IF verb IS NULL THEN
        RAISE EXCEPTION 'Unknown workflow state "%": started, paused or stopped.', p_state;
    END IF;
    PERFORM campagna_require_admin(who.name, who.is_admin, initcap(verb) || ' ' || p_workflow);
    SELECT state INTO was FROM workflow WHERE name = p_workflow FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown workflow "%".', p_workflow USING ERRCODE = 'P0002';
    END IF;
    UPDATE workflow SET state = p_state,
                        failed = CASE WHEN p_state = 'started' THEN 0 ELSE failed END
    WHERE name = p_workflow;
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'workflow.' || verb, 'workflow', p_workflow,
                                  jsonb_build_object('from', was, 'to', p_state)::text);
END
$$;

CREATE FUNCTION campagna_workflow_set_schedule(p_as text, p_workflow text, p_schedule text,
                                               p_next_run_at bigint, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    was text;
BEGIN
    PERFORM campagna_require_admin(who.name, who.is_admin,
                                   'Change the schedule of ' || p_workflow);
    SELECT schedule INTO was FROM workflow WHERE name = p_workflow FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Unknown workflow "%".', p_workflow USING ERRCODE = 'P0002';
    END IF;
    UPDATE workflow SET schedule = p_schedule, next_run_at = p_next_run_at
    WHERE name = p_workflow;
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'workflow.schedule', 'workflow', p_workflow,
                                  jsonb_build_object('from', was, 'to', p_schedule)::text);
END
$$;

CREATE FUNCTION campagna_journal_purge(p_as text, p_before bigint, p_at bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    purged bigint;
BEGIN
    PERFORM campagna_require_admin(who.name, who.is_admin, 'Purge the journal');
    DELETE FROM workflow_log WHERE at < p_before;
    GET DIAGNOSTICS purged = ROW_COUNT;
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'journal.purge', 'journal', NULL,
                                  jsonb_build_object('before', p_before, 'count', purged)::text);
    RETURN purged;
END
$$;

-- Whether the operator `p_operator` reviews the approval: Reviewers::sql()
-- in core/delivery, plus every member of the reviewer group.
CREATE FUNCTION campagna_reviews(p_approval bigint, p_operator bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$
    SELECT EXISTS (
        SELECT 1 FROM approval a JOIN delivery d ON d.id = a.delivery_id
        JOIN campaign c ON c.id = d.campaign_id
        WHERE a.id = p_approval AND p_operator IS NOT NULL AND (
            a.reviewer_operator_id = p_operator
            OR EXISTS (SELECT 1 FROM operator_group_member m
                       WHERE m.group_id = a.reviewer_group_id AND m.operator_id = p_operator)
            OR (a.reviewer_operator_id IS NULL AND c.manager_id = p_operator
                AND NOT EXISTS (SELECT 1 FROM operator_group_member gm
                                JOIN operator ga ON ga.id = gm.operator_id
                                WHERE gm.group_id = a.reviewer_group_id AND ga.is_admin = 0))))
$$;

CREATE FUNCTION campagna_approval_decide(p_as text, p_approval bigint, p_approve boolean,
                                         p_comment text, p_message text, p_at bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    ap record;
    at_ bigint := campagna_at(p_at, who.is_admin OR who.privileged);
    decision text := CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END;
BEGIN
    SELECT a.id, a.delivery_id, a.kind, a.status INTO ap FROM approval a WHERE a.id = p_approval
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no approval %.', p_approval USING ERRCODE = 'P0002';
    END IF;
    IF NOT who.is_admin AND NOT campagna_reviews(p_approval, who.id) THEN
        RAISE EXCEPTION 'Only the reviewers of the approval % and administrators (%) may decide it; "%" is neither.',
            p_approval, campagna_admin_names(), who.name USING ERRCODE = '42501';
    END IF;
    IF ap.status <> 'pending' THEN
        RAISE EXCEPTION 'The approval % was already %: the first decision wins.', p_approval,
            ap.status;
    END IF;
    UPDATE approval SET status = decision, decided_at = at_, decided_by = who.id,
                        comment = nullif(btrim(p_comment), '')
    WHERE id = p_approval;
    PERFORM campagna_event(ap.delivery_id,
                           CASE WHEN p_approve THEN 'ApprovalApproved' ELSE 'ApprovalRejected' END,
                           coalesce(p_message, 'Approval ' || p_approval || ' ' || decision
                                               || ' by ' || who.name || '.'),
                           at_);
    PERFORM campagna_audit_insert(at_, who.id, who.name, 'approval.decide', 'approval',
                                  p_approval::text,
                                  jsonb_build_object('delivery_id', ap.delivery_id, 'kind', ap.kind,
                                                    'decision', decision,
                                                    'comment', nullif(btrim(p_comment), ''))::text);
    RETURN ap.delivery_id;
END
$$;

-- The manager-or-administrator right of the delivery actions.
CREATE FUNCTION campagna_require_manager(p_delivery bigint, p_id bigint, p_name text,
                                         p_admin boolean, p_what text) RETURNS record
LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
DECLARE
    d record;
BEGIN
    SELECT dl.id, dl.status, dl.channel, dl.is_template, dl.to_send_count, c.manager_id,
           o.name AS manager
    INTO d FROM delivery dl JOIN campaign c ON c.id = dl.campaign_id
    LEFT JOIN operator o ON o.id = c.manager_id WHERE dl.id = p_delivery FOR UPDATE OF dl;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no delivery %.', p_delivery USING ERRCODE = 'P0002';
    END IF;
    IF NOT p_admin AND (d.manager_id IS NULL OR p_id IS NULL OR d.manager_id <> p_id) THEN
        RAISE EXCEPTION 'Only the campaign''s manager (%) and administrators (%) may % the delivery %; "%" is neither.',
            coalesce(d.manager, 'none'), campagna_admin_names(), p_what, p_delivery, p_name
            USING ERRCODE = '42501';
    END IF;
    IF d.is_template = 1 THEN
        RAISE EXCEPTION 'The delivery % is a template of a recurring campaign: its copies are handled, not the template.',
            p_delivery;
    END IF;
    RETURN d;
END
$$;

CREATE FUNCTION campagna_delivery_submit(p_as text, p_delivery bigint, p_at bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    d record;
    at_ bigint := campagna_at(p_at, who.is_admin OR who.privileged);
    job bigint;
BEGIN
    SELECT * INTO d FROM campagna_require_manager(p_delivery, who.id, who.name, who.is_admin,
                                                  'submit')
        AS (id bigint, status text, channel text, is_template integer, to_send_count bigint,
            manager_id bigint, manager text);
    IF d.status <> 'being_edited' AND NOT (d.status = 'to_validate' AND EXISTS (
            SELECT 1 FROM approval a WHERE a.delivery_id = p_delivery AND a.status = 'rejected')) THEN
        RAISE EXCEPTION 'The delivery % is %: only a delivery being edited, or one waiting for validation with a rejected approval, can be submitted.',
            p_delivery, d.status;
    END IF;
    UPDATE delivery SET status = 'targeting_pending', last_error = NULL WHERE id = p_delivery;
    INSERT INTO operation_job (kind, delivery_id, status, requested_at, requested_by)
    VALUES ('targeting', p_delivery, 'pending', at_, who.id) RETURNING id INTO job;
    PERFORM campagna_audit_insert(at_, who.id, who.name, 'delivery.submit', 'delivery',
                                  p_delivery::text,
                                  jsonb_build_object('from', d.status, 'to', 'targeting_pending',
                                                    'job_id', job)::text);
    RETURN job;
END
$$;

CREATE FUNCTION campagna_delivery_confirm(p_as text, p_delivery bigint, p_message text,
                                          p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    d record;
    at_ bigint := campagna_at(p_at, who.is_admin OR who.privileged);
BEGIN
    SELECT * INTO d FROM campagna_require_manager(p_delivery, who.id, who.name, who.is_admin,
                                                  'confirm')
        AS (id bigint, status text, channel text, is_template integer, to_send_count bigint,
            manager_id bigint, manager text);
    IF d.status <> 'pending_confirmation' THEN
        RAISE EXCEPTION 'The delivery % is %: only a delivery waiting for confirmation (pending_confirmation) can be confirmed.',
            p_delivery, d.status;
    END IF;
    UPDATE delivery SET status = 'start_pending' WHERE id = p_delivery;
    PERFORM campagna_event(p_delivery, 'DeliveryConfirmed',
                           coalesce(p_message, 'Confirmed by ' || who.name || '.'), at_);
    PERFORM campagna_audit_insert(at_, who.id, who.name, 'delivery.confirm', 'delivery',
                                  p_delivery::text,
                                  jsonb_build_object('from', d.status,
                                                    'to', 'start_pending')::text);
END
$$;

CREATE FUNCTION campagna_delivery_finish(p_as text, p_delivery bigint, p_sent bigint,
                                         p_message text, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    d record;
    at_ bigint := campagna_at(p_at, who.is_admin OR who.privileged);
BEGIN
    SELECT * INTO d FROM campagna_require_manager(p_delivery, who.id, who.name, who.is_admin,
                                                  'finish')
        AS (id bigint, status text, channel text, is_template integer, to_send_count bigint,
            manager_id bigint, manager text);
    IF d.channel = 'direct_mail' OR d.status <> 'in_progress' THEN
        RAISE EXCEPTION 'The delivery % (%, %) cannot be finished by hand: only an email or SMS delivery in progress can.',
            p_delivery, d.channel, d.status;
    END IF;
    IF p_sent IS NULL OR p_sent < 0 OR (d.to_send_count IS NOT NULL AND p_sent > d.to_send_count) THEN
        RAISE EXCEPTION 'The delivery % had % message(s) to send: % sent is not possible.',
            p_delivery, d.to_send_count, p_sent;
    END IF;
    UPDATE delivery SET status = 'finished', sent_count = p_sent WHERE id = p_delivery;
    PERFORM campagna_event(p_delivery, 'DeliveryFinished',
                           coalesce(p_message, 'Finished by ' || who.name || '.'), at_);
    PERFORM campagna_audit_insert(at_, who.id, who.name, 'delivery.finish', 'delivery',
                                  p_delivery::text,
                                  jsonb_build_object('from', d.status, 'to', 'finished',
                                                    'sent', p_sent)::text);
END
$$;

CREATE FUNCTION campagna_stock_decide(p_as text, p_order bigint, p_confirm boolean, p_at bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    o record;
    at_ bigint := campagna_at(p_at, who.is_admin OR who.privileged);
BEGIN
    SELECT so.id, so.status, so.stock_line_id, s.alert_group_id, g.name AS group_name INTO o
    FROM stock_order so JOIN stock_line l ON l.id = so.stock_line_id
    JOIN stock s ON s.id = l.stock_id LEFT JOIN operator_group g ON g.id = s.alert_group_id
    WHERE so.id = p_order FOR UPDATE OF so;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no stock order %.', p_order USING ERRCODE = 'P0002';
    END IF;
    IF NOT who.is_admin AND NOT EXISTS (SELECT 1 FROM operator_group_member m
                                        WHERE m.group_id = o.alert_group_id
                                          AND m.operator_id = who.id) THEN
        RAISE EXCEPTION 'Only administrators (%) and the members of the stock''s alert group (%) may confirm or cancel the reorder %; "%" is neither.',
            campagna_admin_names(), coalesce(o.group_name, 'none'), p_order, who.name
            USING ERRCODE = '42501';
    END IF;
    IF o.status <> 'proposed' THEN
        RAISE EXCEPTION 'The stock order % is no longer a proposal (it is %): nothing to confirm or cancel.',
            p_order, o.status;
    END IF;
    IF p_confirm THEN
        UPDATE stock_order SET status = 'on_order', ordered_at = at_ WHERE id = p_order;
    ELSE
        UPDATE stock_order SET status = 'cancelled' WHERE id = p_order;
    END IF;
    PERFORM campagna_audit_insert(at_, who.id, who.name,
                                  CASE WHEN p_confirm THEN 'stock.confirm' ELSE 'stock.cancel' END,
                                  'stock_order', p_order::text,
                                  jsonb_build_object('stock_line_id', o.stock_line_id, 'from',
                                                    'proposed', 'to',
                                                    CASE WHEN p_confirm THEN 'on_order'
                                                         ELSE 'cancelled' END)::text);
END
$$;

-- Gives (or takes back) the group roles of an operator to the database role
-- of the same name, when there is one.
CREATE FUNCTION campagna_grant_roles(p_name text, p_operator boolean, p_admin boolean)
RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name)
       OR (SELECT count(*) FROM database_role d JOIN pg_roles r ON r.rolname = d.name
           WHERE d.kind IN ('operator', 'admin')) < 2 THEN
        RETURN false;
    END IF;
    IF p_operator THEN
        EXECUTE format('GRANT %I TO %I', campagna_role('operator'), p_name);
    ELSIF pg_has_role(p_name, campagna_role('operator'), 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', campagna_role('operator'), p_name);
    END IF;
    IF p_admin THEN
        EXECUTE format('GRANT %I TO %I', campagna_role('admin'), p_name);
    ELSIF pg_has_role(p_name, campagna_role('admin'), 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', campagna_role('admin'), p_name);
    END IF;
    RETURN true;
END
$$;

CREATE FUNCTION campagna_set_groups(p_operator bigint, p_groups text[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
BEGIN
    INSERT INTO operator_group (name)
    SELECT DISTINCT g FROM unnest(p_groups) g
    WHERE NOT EXISTS (SELECT 1 FROM operator_group og WHERE og.name = g);
    DELETE FROM operator_group_member
    WHERE operator_id = p_operator
      AND group_id NOT IN (SELECT id FROM operator_group WHERE name = ANY (p_groups));
    INSERT INTO operator_group_member (group_id, operator_id)
    SELECT og.id, p_operator FROM operator_group og
    WHERE og.name = ANY (p_groups)
      AND NOT EXISTS (SELECT 1 FROM operator_group_member m
                      WHERE m.group_id = og.id AND m.operator_id = p_operator);
END
$$;

CREATE FUNCTION campagna_operator_add(p_as text, p_name text, p_admin boolean, p_groups text[],
                                      p_locale text, p_email text, p_at bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    created bigint;
BEGIN
    PERFORM campagna_require_admin(who.name, who.is_admin, 'Add the operator ' || p_name);
    IF p_name IN (campagna_role('owner'), campagna_role('operator'), campagna_role('runner'),
                  campagna_role('admin')) OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'The name "%" is reserved for the database''s own roles.', p_name;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        RAISE EXCEPTION 'There is no database role "%" on this server: create it first (createuser % or CREATE ROLE "%" LOGIN), then add the operator again.',
            p_name, p_name, p_name USING ERRCODE = 'P0002';
    END IF;
    IF EXISTS (SELECT 1 FROM operator WHERE name = p_name) THEN
        RAISE EXCEPTION 'There is already an operator named "%".', p_name;
    END IF;
    INSERT INTO operator (name, email, is_admin, locale)
    VALUES (p_name, nullif(p_email, ''), CASE WHEN p_admin THEN 1 ELSE 0 END, p_locale)
    RETURNING id INTO created;
    PERFORM campagna_set_groups(created, coalesce(p_groups, ARRAY[]::text[]));
    PERFORM campagna_grant_roles(p_name, true, p_admin);
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'operator.add', 'operator', p_name,
                                  jsonb_build_object('admin', p_admin, 'groups',
                                                    coalesce(p_groups, ARRAY[]::text[]),
                                                    'locale', p_locale, 'email',
                                                    nullif(p_email, ''))::text);
    RETURN created;
END
$$;

-- NULL arguments leave the operator's value as it is; '' clears the locale
-- or the e-mail address.
CREATE FUNCTION campagna_operator_set(p_as text, p_name text, p_admin boolean, p_groups text[],
                                      p_locale text, p_email text, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    target record;
BEGIN
    PERFORM campagna_require_admin(who.name, who.is_admin, 'Change the operator ' || p_name);
    SELECT id, is_admin = 1 AS is_admin INTO target FROM operator WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no operator named "%".', p_name USING ERRCODE = 'P0002';
    END IF;
    UPDATE operator SET
        is_admin = CASE WHEN p_admin IS NULL THEN is_admin WHEN p_admin THEN 1 ELSE 0 END,
        locale = CASE WHEN p_locale IS NULL THEN locale ELSE nullif(p_locale, '') END,
        email = CASE WHEN p_email IS NULL THEN email ELSE nullif(p_email, '') END
    WHERE id = target.id;
    IF p_groups IS NOT NULL THEN
        PERFORM campagna_set_groups(target.id, p_groups);
    END IF;
    PERFORM campagna_grant_roles(p_name, true, coalesce(p_admin, target.is_admin));
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'operator.set', 'operator', p_name,
                                  jsonb_strip_nulls(jsonb_build_object('admin', p_admin, 'groups',
                                                                     p_groups, 'locale', p_locale,
                                                                     'email', p_email))::text);
END
$$;

CREATE FUNCTION campagna_operator_remove(p_as text, p_name text, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    who record := campagna_actor(p_as);
    target bigint;
BEGIN
    PERFORM campagna_require_admin(who.name, who.is_admin, 'Remove the operator ' || p_name);
    IF p_name = who.name THEN
        RAISE EXCEPTION 'The operator "%" cannot remove themselves: ask another administrator.',
            p_name;
    END IF;
    SELECT id INTO target FROM operator WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no operator named "%".', p_name USING ERRCODE = 'P0002';
    END IF;
    BEGIN
        DELETE FROM operator WHERE id = target;
    EXCEPTION WHEN foreign_key_violation THEN
        RAISE EXCEPTION 'The operator "%" still manages campaigns, reviews or decided approvals, or receives notifications: the records keep their name, so the operator cannot be removed. Take away their rights with operator set instead.',
            p_name;
    END;
    PERFORM campagna_grant_roles(p_name, false, false);
    PERFORM campagna_audit_insert(campagna_at(p_at, who.is_admin OR who.privileged), who.id, who.name,
                                  'operator.remove', 'operator', p_name, NULL);
END
$$;

-- Ownership, then the grants. Tables and sequences created later by the
-- owner role (the migrator runs later migrations as it) get the same
-- grants by default privileges.
DO $$
DECLARE
    t record;
    owner_role text := campagna_role('owner');
BEGIN
    FOR t IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', t.relname, owner_role);
    END LOOP;
    FOR t IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'campagna\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', t.signature, owner_role);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', t.signature);
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC');
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', campagna_role('operator'));
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', campagna_role('runner'));
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I',
                   campagna_role('runner'));
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON operator, operator_group, '
                   'operator_group_member, audit_event, setting, schema_version, database_role '
                   'FROM %I',
                   campagna_role('runner'));
    EXECUTE format('REVOKE DELETE ON workflow, workflow_run, workflow_log FROM %I',
                   campagna_role('runner'));
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I',
                   campagna_role('runner'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION campagna_audit_record(text, text, text, text, text, bigint), '
                   'campagna_workflow_set_state(text, text, text, bigint), '
                   'campagna_workflow_set_schedule(text, text, text, bigint, bigint), '
                   'campagna_journal_purge(text, bigint, bigint), '
                   'campagna_approval_decide(text, bigint, boolean, text, text, bigint), '
                   'campagna_delivery_submit(text, bigint, bigint), '
                   'campagna_delivery_confirm(text, bigint, text, bigint), '
                   'campagna_delivery_finish(text, bigint, bigint, text, bigint), '
                   'campagna_stock_decide(text, bigint, boolean, bigint), '
                   'campagna_operator_add(text, text, boolean, text[], text, text, bigint), '
                   'campagna_operator_set(text, text, boolean, text[], text, text, bigint), '
                   'campagna_operator_remove(text, text, bigint) TO %I, %I',
                   campagna_role('operator'), campagna_role('runner'));
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                   'GRANT SELECT ON TABLES TO %I, %I', owner_role, campagna_role('operator'),
                   campagna_role('runner'));
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                   'GRANT INSERT, UPDATE, DELETE ON TABLES TO %I', owner_role,
                   campagna_role('runner'));
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                   'GRANT USAGE, SELECT ON SEQUENCES TO %I', owner_role, campagna_role('runner'));
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public '
                   'REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC', owner_role);
END
$$;
-- end only
