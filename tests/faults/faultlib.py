"""Shared pieces of the fault suite (tests/faults/faultsuite.py): the two
backends, campagnactl processes, and the invariants checked with SQL."""

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import time

NOW = "2027-01-15T09:00:00Z"

# The order in which the workflows hand work to one another on the demo
# data: targeting and extraction, approvals and provider jobs, files to the
# providers, then stock and costs of what the others did.
WORKFLOWS = ["operationMgt", "deliveryMgt", "supplierMgt", "stockMgt", "budgetMgt"]

# Columns that hold paths into a trial's own copy of the demo folder.
PATH_COLUMNS = [
    ("setting", "value"),
    ("supplier", "drop_dir"),
    ("delivery", "extraction_file"),
    ("provider_job", "file_path"),
    ("provider_job", "return_file"),
    ("notification", "attachment_path"),
    ("notification", "body"),
]


def pg_bin():
    roots = sorted(
        (d for d in os.listdir("/usr/lib/postgresql") if d.isdigit()), key=int
    ) if os.path.isdir("/usr/lib/postgresql") else []
    if not roots:
        raise RuntimeError("PostgreSQL server binaries not found")
    return "/usr/lib/postgresql/%s/bin" % roots[-1]


def as_postgres():
    return ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []


class Sqlite:
    name = "sqlite"

    def __init__(self, work):
        self.dir = os.path.join(work, "sqlite")
        os.makedirs(self.dir, exist_ok=True)

    def path(self, db):
        return os.path.join(self.dir, db + ".sqlite")

    def url(self, db):
        return "sqlite:" + self.path(db)

    def drop(self, db):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(self.path(db) + suffix):
                os.remove(self.path(db) + suffix)

    def clone(self, source, target):
        self.drop(target)
        # A consistent copy even with a WAL beside the file.
        src = sqlite3.connect(self.path(source))
        dst = sqlite3.connect(self.path(target))
        src.backup(dst)
        dst.close()
        src.close()

    def query(self, db, sql, params=()):
        con = sqlite3.connect(self.path(db), timeout=30)
        try:
            return [tuple(norm(v) for v in row) for row in con.execute(sql, params).fetchall()]
        finally:
            con.close()

    def execute(self, db, sql):
        con = sqlite3.connect(self.path(db), timeout=30)
        try:
            con.executescript(sql)
            con.commit()
        finally:
            con.close()

    def dump(self, db):
        """Every row of every table, as text: for 'nothing changed'."""
        con = sqlite3.connect(self.path(db), timeout=30)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name")]
            out = []
            for t in tables:
                for row in sorted(tuple(norm(v) for v in r) for r in con.execute('SELECT * FROM "%s"' % t)):
                    out.append(t + "|" + "|".join(row))
            return out
        finally:
            con.close()


class Postgres:
    name = "postgres"

    def __init__(self, socket_dir, port=5432, user="postgres"):
        self.socket_dir = socket_dir
        self.port = port
        self.user = user

    def url(self, db):
        return "postgresql://%s@/%s?host=%s&port=%d" % (self.user, db, self.socket_dir, self.port)

    def psql(self, db, sql, check=True):
        cmd = ["psql", "-X", "-q", "-At", "-F", "\x1f", "-P", "null=NULL", "-v", "ON_ERROR_STOP=1",
               "-h", self.socket_dir, "-p", str(self.port), "-U", self.user, "-d", db, "-c", sql]
        done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PGCONNECT_TIMEOUT="10"))
        if check and done.returncode != 0:
            raise RuntimeError("psql %s: %s: %s" % (db, sql[:200], done.stderr.strip()))
        return done

    def drop(self, db):
        self.psql("postgres", 'DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)

    def create(self, db):
        self.drop(db)
        self.psql("postgres", 'CREATE DATABASE "%s"' % db)

    def clone(self, source, target):
        self.drop(target)
        self.psql("postgres", 'CREATE DATABASE "%s" TEMPLATE "%s"' % (target, source))

    def query(self, db, sql, params=()):
        assert not params
        out = self.psql(db, sql).stdout
        return [tuple(line.split("\x1f")) for line in out.splitlines()]

    def execute(self, db, sql):
        self.psql(db, sql)

    def dump(self, db):
        tables = [r[0] for r in self.query(
            db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        out = []
        for t in tables:
            for row in sorted(self.query(db, 'SELECT * FROM "%s"' % t)):
                out.append(t + "|" + "|".join(row))
        return out


class Watcher:
    """Looks, as often as it can, whether a workflow has a run `running`:
    one open connection (SQLite) or one psql session (PostgreSQL)."""

    SQL = "SELECT COUNT(*) FROM workflow_run WHERE workflow = '%s' AND status = 'running'"

    def __init__(self, backend, db):
        self.backend = backend
        if backend.name == "sqlite":
            self.con = sqlite3.connect(backend.path(db), timeout=1)
        else:
            self.psql = subprocess.Popen(
                ["psql", "-X", "-q", "-At", "-h", backend.socket_dir, "-p", str(backend.port),
                 "-U", backend.user, "-d", db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True, bufsize=1)

    def running(self, workflow):
        sql = self.SQL % workflow
        try:
            if self.backend.name == "sqlite":
                return self.con.execute(sql).fetchone()[0] > 0
            self.psql.stdin.write(sql + ";\n")
            self.psql.stdin.flush()
            return int(self.psql.stdout.readline().strip() or 0) > 0
        except (sqlite3.Error, ValueError):
            return False

    def close(self):
        if self.backend.name == "sqlite":
            self.con.close()
        else:
            self.psql.stdin.close()
            self.psql.wait()


def norm(value):
    if value is None:
        return "NULL"
    return str(value)


class Ctl:
    """campagnactl processes with the suite's environment."""

    def __init__(self, path, work):
        self.path = os.path.abspath(path)
        self.started = []
        self.env = dict(os.environ)
        self.env.pop("CAMPAGNA_DB", None)
        self.env.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                         "XDG_DATA_HOME": os.path.join(work, "xdg-data"),
                         "XDG_CONFIG_HOME": os.path.join(work, "xdg-config"),
                         # Every trial's folder is under files/ (issue [10]).
                         "CAMPAGNA_FILES_ROOT": os.path.join(work, "files"),
                         # Short leases: a killed runner's lease expires quickly.
                         "CAMPAGNA_LEASE_TTL": "2"})

    def argv(self, url, args, now=NOW):
        argv = [self.path, "--db", url, "--lang", "en"]
        if now:
            argv += ["--now", now]
        return argv + list(args)

    def start(self, url, args, env=None, now=NOW, preexec=None):
        e = dict(self.env)
        e.update(env or {})
        process = subprocess.Popen(self.argv(url, args, now), env=e, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, preexec_fn=preexec)
        self.started.append(process)
        return process

    def kill_leftovers(self):
        """Ends the processes of this suite still alive (after a failure of
        the suite itself), frozen ones included."""
        for process in self.started:
            if process.poll() is None:
                process.kill()
                process.wait()
        self.started = []

    def run(self, url, args, env=None, now=NOW, timeout=600, preexec=None):
        p = self.start(url, args, env, now, preexec)
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            out, err = p.communicate()
            return None, out, err + "\n(killed: still running after %d s)" % timeout
        return p.returncode, out, err

    def run_until_free(self, url, args, env=None, timeout=120):
        """Runs, waiting while another runner's lease is held (exit 3)."""
        deadline = time.monotonic() + timeout
        while True:
            code, out, err = self.run(url, args, env, timeout=max(1, int(deadline - time.monotonic())))
            if code != 3 or time.monotonic() > deadline:
                return code, out, err
            time.sleep(0.3)


def wait_stopped(process, timeout=5):
    """Until the process is really stopped (a signal is delivered later
    than kill() returns), or has exited."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with open("/proc/%d/stat" % process.pid) as fh:
                if fh.read().rsplit(")", 1)[1].split()[0] in ("T", "t"):
                    return True
        except OSError:
            return False
        time.sleep(0.002)
    return False


def tree_listing(root):
    """Relative path and SHA-256 of every file under root."""
    listing = []
    for base, _dirs, files in os.walk(root):
        for f in files:
            full = os.path.join(base, f)
            with open(full, "rb") as fh:
                digest = hashlib.sha256(fh.read()).hexdigest()
            listing.append((os.path.relpath(full, root), digest))
    return sorted(listing)


# What an uninterrupted run leaves, compared without generated ids (a
# rolled-back insert consumes a PostgreSQL sequence value) and without run
# ids or times of the engine's own tables.
FINGERPRINT = {
    "expense lines": "SELECT c.label, COALESCE(d.label, ''), COALESCE(t.label, ''), e.cost_type_id, "
                     "e.quantity, e.amount_cents FROM expense_line e JOIN campaign c ON c.id = e.campaign_id "
                     "LEFT JOIN delivery d ON d.id = e.delivery_id LEFT JOIN task t ON t.id = e.task_id",
    "cost lines": "SELECT c.label, COALESCE(d.label, ''), COALESCE(t.label, ''), COALESCE(l.expense_category_id, 0), "
                  "l.amount_cents, l.commitment, l.basis, COALESCE(l.budget_id, 0) FROM cost_line l "
                  "JOIN campaign c ON c.id = l.campaign_id LEFT JOIN delivery d ON d.id = l.delivery_id "
                  "LEFT JOIN task t ON t.id = l.task_id",
    "budgets": "SELECT id, planned_cents, reserved_cents, committed_cents, spent_cents, invoiced_cents "
               "FROM budget",
    "calculated costs": "SELECT 'campaign', label, calculated_cost_cents FROM campaign UNION ALL "
                        "SELECT 'program', label, calculated_cost_cents FROM program UNION ALL "
                        "SELECT 'plan', label, calculated_cost_cents FROM plan UNION ALL "
                        "SELECT 'task', label, calculated_cost_cents FROM task",
    "stock lines": "SELECT id, consumed_qty, received_qty, on_order_qty, planned_qty, in_stock_qty, "
                   "forecast_qty, status FROM stock_line",
    "stock consumption": "SELECT s.stock_line_id, d.label, s.quantity FROM stock_consumption s "
                         "JOIN delivery d ON d.id = s.delivery_id",
    "stock alerts": "SELECT stock_line_id, kind, CASE WHEN cleared_at IS NULL THEN 'open' ELSE 'cleared' END, "
                    "in_stock_qty, forecast_qty FROM stock_alert",
    "stock orders": "SELECT stock_line_id, quantity, status, delivery_at FROM stock_order",
    "deliveries": "SELECT c.label, d.label, d.status, COALESCE(d.targeted_count, -1), "
                  "COALESCE(d.to_send_count, -1), COALESCE(d.sent_count, -1), "
                  "COALESCE(d.extraction_rows, -1), COALESCE(d.extraction_sha256, ''), "
                  "COALESCE(d.analyzed_at, 0), d.calculated_cost_cents, COALESCE(d.last_error, '') "
                  "FROM delivery d JOIN campaign c ON c.id = d.campaign_id",
    "targets": "SELECT d.label, COUNT(*), SUM(t.recipient_id) FROM delivery_target t "
               "JOIN delivery d ON d.id = t.delivery_id GROUP BY d.label",
    "approvals": "SELECT d.label, a.kind, a.status, COALESCE(a.deadline_at, 0), a.reminders_sent, "
                 "CASE WHEN a.notified_at IS NULL THEN 0 ELSE 1 END FROM approval a "
                 "JOIN delivery d ON d.id = a.delivery_id",
    "notifications": "SELECT kind, COALESCE(recipient_operator_id, 0), COALESCE(recipient_email, ''), "
                     "subject, status FROM notification WHERE kind <> 'workflow_failure'",
    "delivery events": "SELECT d.label, e.reason, e.count, e.first_at, e.last_at FROM delivery_event e "
                       "JOIN delivery d ON d.id = e.delivery_id",
    "operation jobs": "SELECT d.label, j.kind, j.status FROM operation_job j "
                      "JOIN delivery d ON d.id = j.delivery_id",
    "provider jobs": "SELECT d.label, j.status, COALESCE(j.file_sha256, '') FROM provider_job j "
                     "JOIN delivery d ON d.id = j.delivery_id",
    "schedule lines": "SELECT id, CASE WHEN created_at IS NULL THEN 0 ELSE 1 END FROM schedule_line",
    "campaigns": "SELECT label, kind, status, COALESCE(schedule_line_id, 0) FROM campaign",
}

# Natural keys that must never hold twice (each query lists offenders).
DUPLICATES = {
    "expense line per cost choice": "SELECT cost_choice_id FROM expense_line "
                                    "GROUP BY cost_choice_id HAVING COUNT(*) > 1",
    "cost line per object and category": "SELECT campaign_id, delivery_id, task_id, expense_category_id "
                                         "FROM cost_line GROUP BY campaign_id, delivery_id, task_id, "
                                         "expense_category_id HAVING COUNT(*) > 1",
    "consumption per line and delivery": "SELECT stock_line_id, delivery_id FROM stock_consumption "
                                         "GROUP BY stock_line_id, delivery_id HAVING COUNT(*) > 1",
    "pending approval per delivery and kind": "SELECT delivery_id, kind FROM approval WHERE status = 'pending' "
                                              "GROUP BY delivery_id, kind HAVING COUNT(*) > 1",
    "notification per dedup key": "SELECT dedup_key FROM notification GROUP BY dedup_key HAVING COUNT(*) > 1",
    "event per delivery and reason": "SELECT delivery_id, reason FROM delivery_event "
                                     "GROUP BY delivery_id, reason HAVING COUNT(*) > 1",
    "campaign per schedule line": "SELECT schedule_line_id FROM campaign WHERE schedule_line_id IS NOT NULL "
                                  "GROUP BY schedule_line_id HAVING COUNT(*) > 1",
    "delivery per template and schedule line": "SELECT template_delivery_id, schedule_line_id FROM delivery "
                                               "WHERE schedule_line_id IS NOT NULL GROUP BY "
                                               "template_delivery_id, schedule_line_id HAVING COUNT(*) > 1",
    "provider job per delivery": "SELECT delivery_id FROM provider_job GROUP BY delivery_id HAVING COUNT(*) > 1",
    "open operation job per delivery and kind": "SELECT delivery_id, kind FROM operation_job "
                                                "WHERE status IN ('pending', 'running') "
                                                "GROUP BY delivery_id, kind HAVING COUNT(*) > 1",
    "open alert per line and kind": "SELECT stock_line_id, kind FROM stock_alert WHERE cleared_at IS NULL "
                                    "GROUP BY stock_line_id, kind HAVING COUNT(*) > 1",
    "open order per line": "SELECT stock_line_id FROM stock_order WHERE status IN ('proposed', 'on_order') "
                           "GROUP BY stock_line_id HAVING COUNT(*) > 1",
    "run left running": "SELECT id, workflow FROM workflow_run WHERE status = 'running'",
    "lease left held": "SELECT name, lease_owner FROM workflow WHERE lease_owner IS NOT NULL",
    # The audit trail (issue [9]): a run's row is written in the transaction
    # that records the run, so exactly one per run, whatever was killed.
    "audit row per run": "SELECT details FROM audit_event WHERE action = 'workflow.run' "
                         "GROUP BY details HAVING COUNT(*) > 1",
    "run without its audit row": "SELECT r.id, r.workflow FROM workflow_run r WHERE NOT EXISTS ("
                                 "SELECT 1 FROM audit_event a WHERE a.action = 'workflow.run' "
                                 "AND a.object_id = r.workflow AND (a.details LIKE "
                                 "'%\"run_id\":' || r.id || ',%' OR a.details LIKE "
                                 "'%\"run_id\": ' || r.id || ',%'))",
    "audit row without its run": "SELECT a.id, a.details FROM audit_event a WHERE a.action = "
                                 "'workflow.run' AND NOT EXISTS (SELECT 1 FROM workflow_run r "
                                 "WHERE a.object_id = r.workflow AND (a.details LIKE "
                                 "'%\"run_id\":' || r.id || ',%' OR a.details LIKE "
                                 "'%\"run_id\": ' || r.id || ',%'))",
}


def fingerprint(backend, db, files):
    """FINGERPRINT's rows, with the database's own folder written <files>
    (each trial has its copy of the demo folder)."""
    def clean(row):
        return tuple(v.replace(files + "/", "<files>/") for v in row)
    return {name: sorted(clean(r) for r in backend.query(db, sql)) for name, sql in FINGERPRINT.items()}


def duplicates(backend, db):
    found = {}
    for name, sql in DUPLICATES.items():
        rows = backend.query(db, sql)
        if rows:
            found[name] = rows[:5]
    return found


def differences(reference, other):
    """Names of fingerprint parts that differ, with a short sample."""
    out = []
    for name in reference:
        a, b = reference[name], other.get(name)
        if a != b:
            only_ref = [r for r in a if r not in b][:3]
            only_other = [r for r in b if r not in a][:3]
            out.append("%s differs (%d vs %d rows; reference only: %s; this run only: %s)"
                       % (name, len(a), len(b), only_ref, only_other))
    return out
