#!/usr/bin/env python3
"""The fault suite (05-quality.md, "Fault tests"): real campagnactl
processes on SQLite and on PostgreSQL, faults injected from outside (kill -9,
SIGSTOP, server restarts, a second connection holding the database, bad
input), and after each fault the invariants checked with SQL.

    faultsuite.py --ctl build/app/campagnactl --work DIR [--crashes N] [--seed S]
                  [--kinds crash,race,...] [--backends sqlite,postgres]

PostgreSQL: CAMPAGNA_TEST_PG names the shared private test server (the
CTest `postgres` fixture); faults that restart a server or need password
authentication start servers of their own under --work. N may also come
from CAMPAGNA_FAULTS_N (make faults N=20). Prints a summary table; exits 1
when any invariant was violated.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faultlib  # noqa: E402
from faultlib import NOW, WORKFLOWS, Ctl, Postgres, Sqlite  # noqa: E402


class Suite:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.ctl = Ctl(args.ctl, args.work)
        self.rows = {}  # (kind, backend) -> [injected, survived, violations]
        self.failures = []
        self.notes = []
        self.files_root = os.path.join(args.work, "files")
        self.references = {}
        self.servers = []  # private PostgreSQL servers to stop at the end  # backend name -> workflow -> what its reference run left

    # --- bookkeeping ------------------------------------------------------------

    def record(self, kind, backend, survived, problems, what=""):
        row = self.rows.setdefault((kind, backend.name), [0, 0, 0])
        row[0] += 1
        row[1] += 1 if survived else 0
        row[2] += len(problems)
        for p in problems:
            line = "[%s/%s] %s: %s" % (kind, backend.name, what, p)
            self.failures.append(line)
            print("VIOLATION " + line, flush=True)

    def note(self, text):
        self.notes.append(text)
        print(text, flush=True)

    # --- databases and their files ---------------------------------------------

    def files(self, backend, db):
        return os.path.join(self.files_root, backend.name, db)

    def clone(self, backend, source, target):
        """A copy of database `source` with its own copy of its files."""
        backend.clone(source, target)
        src, dst = self.files(backend, source), self.files(backend, target)
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst, symlinks=True)
        sets = []
        for table, column in faultlib.PATH_COLUMNS:
            sets.append("UPDATE %s SET %s = replace(%s, '%s/', '%s/') WHERE %s IS NOT NULL;"
                        % (table, column, column, src, dst, column))
        backend.execute(target, "\n".join(sets))

    def drop(self, backend, db):
        backend.drop(db)
        shutil.rmtree(self.files(backend, db), ignore_errors=True)

    def ctl_ok(self, backend, db, args, env=None):
        code, out, err = self.ctl.run(backend.url(db), args, env)
        if code != 0:
            raise RuntimeError("campagnactl %s on %s: exit %s: %s%s" % (" ".join(args), db, code, out, err))
        return out

    def prepare(self, backend):
        """base-<workflow>: the demo data as each workflow finds it when the
        ones before it in WORKFLOWS have run once; ref-<workflow>: after its
        own uninterrupted run (the reference of its faults)."""
        base = "base"
        files = self.files(backend, base)
        shutil.rmtree(files, ignore_errors=True)
        os.makedirs(files)
        if backend.name == "postgres":
            backend.create(base)
        else:
            backend.drop(base)
        self.ctl_ok(backend, base, ["init"])
        # The demo generator puts its folders under demo/ of the files root;
        # each trial's copy has its own, so the folders are made absolute
        # (under the suite's root, CAMPAGNA_FILES_ROOT of every run).
        self.ctl_ok(backend, base, ["demo", "--scale", str(self.args.scale)],
                    {"CAMPAGNA_FILES_ROOT": files})
        demo = os.path.join(files, "demo")
        os.makedirs(os.path.join(demo, "extractions"), exist_ok=True)
        backend.execute(base, "DELETE FROM setting WHERE key = 'extraction.dir';"
                              "INSERT INTO setting (key, value) VALUES ('extraction.dir', '%s');"
                              "UPDATE supplier SET drop_dir = '%s/' || drop_dir WHERE drop_dir IS NOT NULL;"
                              % (os.path.join(demo, "extractions"), files))
        # Work for operationMgt: every delivery being edited is submitted.
        for (delivery,) in backend.query(base, "SELECT id FROM delivery WHERE status = 'being_edited' "
                                               "AND is_template = 0 ORDER BY id"):
            self.ctl.run(backend.url(base), ["delivery", "submit", str(delivery)])
        previous = base
        self.reference = self.references.setdefault(backend.name, {})
        for workflow in WORKFLOWS:
            self.clone(backend, previous, "base_" + workflow)
            self.clone(backend, previous, "ref_" + workflow)
            started = time.monotonic()
            out = self.ctl_ok(backend, "ref_" + workflow, ["--json", "run", workflow])
            duration = time.monotonic() - started
            summary = json.loads(out)
            self.reference[workflow] = {
                "duration": duration,
                # The run itself, after the process has started and opened the database.
                "run": summary.get("duration_ms", 0) / 1000.0,
                "warnings": summary.get("warnings", 0),
                "items": summary.get("items"),
                "fingerprint": faultlib.fingerprint(backend, "ref_" + workflow,
                                                   self.files(backend, "ref_" + workflow)),
                "files": faultlib.tree_listing(self.files(backend, "ref_" + workflow)),
            }
            print("reference %s/%s: %.2f s, %s items, status %s" % (
                backend.name, workflow, duration, summary.get("items"), summary.get("status")), flush=True)
            previous = "ref_" + workflow

    def check_against_reference(self, backend, db, workflow):
        ref = self.references[backend.name][workflow]
        problems = faultlib.differences(ref["fingerprint"],
                                        faultlib.fingerprint(backend, db, self.files(backend, db)))
        problems += ["duplicate %s: %s" % (k, v) for k, v in faultlib.duplicates(backend, db).items()]
        listing = faultlib.tree_listing(self.files(backend, db))
        if listing != ref["files"]:
            extra = [f for f in listing if f not in ref["files"]]
            missing = [f for f in ref["files"] if f not in listing]
            problems.append("files differ: extra (half-written or changed) %s, missing %s" % (extra[:5], missing[:5]))
        return problems

    # --- crash ---------------------------------------------------------------------

    def crash(self, backend):
        landed = {}
        for workflow in WORKFLOWS:
            ref = self.references[backend.name][workflow]
            for i in range(self.args.crashes):
                db = "crash_%s_%d" % (workflow, i)
                self.clone(backend, "base_" + workflow, db)
                env = {}
                watch_start = False
                if i % 3 == 0:
                    # A random moment of the process's life.
                    delay = self.rng.uniform(0.0, ref["duration"] * 1.05)
                    how = "kill -9 at %.3f s" % delay
                elif i % 3 == 1:
                    # A random moment of the run proper: once its run is recorded.
                    delay = self.rng.uniform(0.0, ref["run"] * 1.1)
                    watch_start = True
                    how = "kill -9 %.3f s into the run" % delay
                else:
                    # Between two units: the engine's own hook kills the
                    # process right after its k-th committed unit.
                    units = self.rng.randint(1, 6)
                    env["CAMPAGNA_FAULT_KILL_AFTER_UNITS"] = str(units)
                    delay = None
                    how = "SIGKILL after unit %d" % units
                watcher = faultlib.Watcher(backend, db) if watch_start else None
                process = self.ctl.start(backend.url(db), ["--json", "run", workflow], env)
                if watcher:
                    while process.poll() is None and not watcher.running(workflow):
                        pass
                    watcher.close()
                if delay is not None:
                    time.sleep(delay)
                    killed = process.poll() is None
                    if killed:
                        process.send_signal(signal.SIGKILL)
                process.communicate()
                if delay is None:
                    killed = process.returncode == -signal.SIGKILL
                pid = process.pid
                problems = []
                runs = backend.query(db, "SELECT id, status FROM workflow_run WHERE workflow = '%s' "
                                         "AND owner LIKE '%% pid %d %%' ORDER BY id" % (workflow, pid))
                if not killed:
                    moment = "after exit"
                elif not runs:
                    moment = "before the run began"
                elif runs[-1][1] == "running":
                    moment = "mid-run"
                else:
                    moment = "after the run ended"
                key = ("unit hook " if delay is None else "in run " if watch_start else "random ") + moment
                landed[key] = landed.get(key, 0) + 1
                code, out, err = self.ctl.run_until_free(backend.url(db), ["--json", "run", workflow])
                if code != 0:
                    problems.append("the next run exited %s: %s" % (code, err.strip()[:300]))
                if killed and runs and runs[-1][1] == "running":
                    status = backend.query(db, "SELECT status FROM workflow_run WHERE id = %s" % runs[-1][0])
                    if status != [("lost",)]:
                        problems.append("the killed run %s is %s, not lost" % (runs[-1][0], status))
                problems += self.check_against_reference(backend, db, workflow)
                what = "%s %s (%s)" % (workflow, how, moment)
                print("crash %s/%s: %s: %s" % (backend.name, workflow, what,
                                               "ok" if not problems else "%d violation(s)" % len(problems)),
                      flush=True)
                self.record("crash", backend, code == 0, problems, what)
                self.drop(backend, db)
        self.note("crash %s: kills landed: %s" % (
            backend.name, ", ".join("%s %d" % (k, v) for k, v in sorted(landed.items()))))

    # --- race ----------------------------------------------------------------------

    def race(self, backend):
        """Two processes start the same workflow at once: exactly one runs,
        the other exits 3 (lease held)."""
        refs = self.references[backend.name]
        # The longest runs give the second process the best chance to meet the first.
        order = sorted(WORKFLOWS, key=lambda w: -refs[w]["duration"])
        for i in range(max(len(WORKFLOWS), self.args.crashes)):
            workflow = order[i % len(order)]
            for attempt in range(5):
                if self.race_once(backend, workflow, "race_%s_%d" % (workflow, i), attempt == 4):
                    break

    def race_once(self, backend, workflow, db, last):
        """One race; False when the two did not overlap (to be tried again)."""
        self.clone(backend, "base_" + workflow, db)
        # Both are held at the starting line (SIGSTOP right after they
        # are spawned) and released together, so that they reach the
        # lease at the same moment even when a run is short.
        first = self.ctl.start(backend.url(db), ["--json", "run", workflow])
        first.send_signal(signal.SIGSTOP)
        second = self.ctl.start(backend.url(db), ["--json", "run", workflow])
        second.send_signal(signal.SIGSTOP)
        time.sleep(0.05)
        first.send_signal(signal.SIGCONT)
        second.send_signal(signal.SIGCONT)
        results = [(p.wait(timeout=600), p.communicate()) for p in (first, second)]
        codes = sorted(r[0] for r in results)
        problems = []
        runs = backend.query(db, "SELECT COUNT(*) FROM workflow_run WHERE workflow = '%s'" % workflow)
        if codes == [0, 0]:
            # Both ran, one after the other: no race happened (not a violation).
            if last:
                self.note("race %s/%s: the two processes did not overlap in 5 attempts"
                          % (backend.name, workflow))
            self.drop(backend, db)
            return False
        if codes != [0, 3]:
            problems.append("exit codes %s, expected one 0 and one 3; stderr: %s" % (
                codes, " | ".join(r[1][1].strip()[:200] for r in results)))
        else:
            loser = [r for r in results if r[0] == 3][0]
            if "being run by" not in loser[1][1]:
                problems.append("the process that did not run says: %r" % loser[1][1].strip()[:200])
        if runs != [("1",)]:
            problems.append("%s runs recorded, expected 1" % runs)
        problems += self.check_against_reference(backend, db, workflow)
        print("race %s/%s: exit codes %s: %s" % (backend.name, workflow, codes,
                                                 "ok" if not problems else problems), flush=True)
        self.record("race", backend, 0 in codes, problems, workflow)
        self.drop(backend, db)
        return True

    # --- zombie --------------------------------------------------------------------

    def zombie(self, backend):
        """A runner frozen (SIGSTOP) past its lease; another takes over; the
        first resumes (SIGCONT): none of its later writes lands."""
        refs = self.references[backend.name]
        # Frozen at a random moment only where the run lasts long enough to
        # be caught in the middle; between units everywhere.
        trials = [(w, "random") for w in WORKFLOWS if refs[w]["run"] >= 0.15]
        trials += [(w, "between units") for w in WORKFLOWS]
        for workflow, mode in trials:
            ref = refs[workflow]
            db = "zombie_%s_%s" % (workflow, mode.split()[0])
            self.clone(backend, "base_" + workflow, db)
            problems = []
            delay = 0.0
            if mode == "random":
                # Frozen at a random moment once its run is recorded.
                watcher = faultlib.Watcher(backend, db)
                first = self.ctl.start(backend.url(db), ["--json", "run", workflow])
                while first.poll() is None and not watcher.running(workflow):
                    pass
                watcher.close()
                delay = self.rng.uniform(0.0, ref["run"] * 0.8)
                time.sleep(delay)
                first.send_signal(signal.SIGSTOP)
                faultlib.wait_stopped(first)
                how = "frozen %.3f s into the run" % delay
            else:
                # Frozen by the engine's hook right after its first unit.
                first = self.ctl.start(backend.url(db), ["--json", "run", workflow],
                                       {"CAMPAGNA_FAULT_STOP_AFTER_UNITS": "1"})
                faultlib.wait_stopped(first, timeout=60)
                how = "frozen after its first unit"
            frozen = first.poll() is None
            try:
                status = backend.query(db, "SELECT status FROM workflow_run WHERE workflow = '%s' "
                                           "AND owner LIKE '%% pid %d %%'" % (workflow, first.pid))
            except Exception as e:  # SQLite: frozen while holding a lock that stops readers too
                status = [("unreadable: %s" % e,)]
            if not frozen or status != [("running",)]:
                first.send_signal(signal.SIGCONT)
                first.communicate()
                self.note("zombie %s/%s (%s): the run had ended before the freeze (%s)" % (
                    backend.name, workflow, mode, status))
                self.drop(backend, db)
                continue
            time.sleep(2.5)  # past the 2 s lease
            started = time.monotonic()
            code, out, err = self.ctl.run_until_free(backend.url(db), ["--json", "run", workflow], timeout=60)
            waited = time.monotonic() - started
            took_over = code == 0
            if not took_over:
                locked = backend.name == "sqlite" and code == 1 and re.search(r"locked|busy", err, re.I)
                if locked:
                    # SQLite: frozen inside its write transaction, the first
                    # runner holds the file's write lock; no one can take over.
                    self.note("zombie sqlite/%s: frozen inside a write transaction; the taker waited "
                              "and failed cleanly: %s" % (workflow, err.strip()[:160]))
                else:
                    problems.append("the takeover run exited %s after %.1f s: %s" % (code, waited, err.strip()[:300]))
            before = backend.dump(db) if took_over else None
            first.send_signal(signal.SIGCONT)
            try:
                first_code = first.wait(timeout=120)
            except subprocess.TimeoutExpired:
                first.kill()
                first_code = None
            first_out, first_err = first.communicate()
            if took_over:
                after = backend.dump(db)
                if after != before:
                    changed = [r for r in after if r not in before][:3] + ["-" + r for r in before if r not in after][:3]
                    problems.append("the resumed zombie wrote after the takeover: %s" % changed)
                first_run = backend.query(db, "SELECT status FROM workflow_run WHERE workflow = '%s' "
                                              "AND owner LIKE '%% pid %d %%'" % (workflow, first.pid))
                if first_run != [("lost",)]:
                    problems.append("the zombie's run is %s, not lost" % first_run)
                if first_code not in (1,):
                    problems.append("the zombie exited %s: %s" % (first_code, first_err.strip()[:200]))
            else:
                # Nobody took over: the resumed runner ends its own run.
                if first_code != 0:
                    problems.append("the resumed runner exited %s: %s" % (first_code, first_err.strip()[:200]))
            problems += self.check_against_reference(backend, db, workflow)
            what = "%s %s, takeover %s after %.1f s" % (
                workflow, how, "succeeded" if took_over else "impossible", waited)
            print("zombie %s: %s: %s" % (backend.name, what, "ok" if not problems else problems), flush=True)
            self.record("zombie", backend, True, problems, what)
            self.drop(backend, db)

    # --- busy SQLite ------------------------------------------------------------------

    def busy(self, backend):
        """Another connection holds SQLite's write lock (BEGIN IMMEDIATE)."""
        if backend.name != "sqlite":
            return
        import sqlite3
        cases = [("held 2 s before the run", 0.0, 2.0), ("held 8 s mid-run", None, 8.0),
                 ("held 20 s before the run", 0.0, 20.0)]
        for label, at, hold in cases:
            workflow = WORKFLOWS[0] if at is None else WORKFLOWS[self.rng.randrange(len(WORKFLOWS))]
            db = "busy_%d" % int(hold)
            self.clone(backend, "base_" + workflow, db)
            problems = []
            holder = sqlite3.connect(backend.path(db), timeout=30, isolation_level=None)
            process = None
            if at is None:
                process = self.ctl.start(backend.url(db), ["--json", "run", workflow])
                time.sleep(self.rng.uniform(0.1, 0.6) * self.references["sqlite"][workflow]["duration"])
            holder.execute("BEGIN IMMEDIATE")
            holder.execute("UPDATE setting SET value = value WHERE key = 'extraction.dir'")
            if process is None:
                process = self.ctl.start(backend.url(db), ["--json", "run", workflow])
            time.sleep(hold)
            holder.execute("COMMIT")
            holder.close()
            out, err = process.communicate(timeout=600)
            code = process.returncode
            if code == 0:
                pass
            elif code == 1 and re.search(r"locked|busy", err, re.I):
                self.note("busy sqlite (%s): the run failed cleanly: %s" % (label, err.strip()[:200]))
            else:
                problems.append("exit %s: %s" % (code, err.strip()[:300]))
            if code != 0:
                code2, out2, err2 = self.ctl.run_until_free(backend.url(db), ["--json", "run", workflow])
                if code2 != 0:
                    problems.append("the next run exited %s: %s" % (code2, err2.strip()[:300]))
            problems += self.check_against_reference(backend, db, workflow)
            what = "%s: %s, exit %s" % (workflow, label, code)
            print("busy sqlite: %s: %s" % (what, "ok" if not problems else problems), flush=True)
            self.record("busy", backend, True, problems, what)
            self.drop(backend, db)

    # --- server loss -----------------------------------------------------------------

    def own_server(self, name, auth=None):
        """A private PostgreSQL server of this suite (restarted at will,
        without touching the shared one); auth: a password for scram."""
        directory = os.path.join("/tmp", "campagna-faults-%d-%s" % (os.getpid(), name))
        fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support", "pg-fixture.sh")
        if auth is None:
            subprocess.run([fixture, "start", directory], check=True, capture_output=True)
        else:
            bindir = faultlib.pg_bin()
            shutil.rmtree(directory, ignore_errors=True)
            os.makedirs(directory)
            pwfile = os.path.join(directory, "pw")
            with open(pwfile, "w") as fh:
                fh.write(auth + "\n")
            if os.getuid() == 0:
                shutil.chown(directory, "postgres")
                shutil.chown(pwfile, "postgres")
            run_as = faultlib.as_postgres()
            subprocess.run(run_as + [bindir + "/initdb", "-D", directory + "/data", "-U", "postgres",
                                     "-A", "scram-sha-256", "--pwfile", pwfile, "-E", "UTF8",
                                     "--locale=C.UTF-8", "-N"], check=True, capture_output=True)
            subprocess.run(run_as + [bindir + "/pg_ctl", "-D", directory + "/data", "-l",
                                     directory + "/server.log", "-w", "-t", "60", "-o",
                                     "-c listen_addresses='' -k %s -p 5432 -c fsync=off" % directory,
                                     "start"], check=True, capture_output=True)
        self.servers.append(directory)
        return directory

    def stop_servers(self):
        fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support", "pg-fixture.sh")
        for directory in self.servers:
            subprocess.run([fixture, "stop", directory], capture_output=True)
        self.servers = []

    def serverloss(self, backend):
        """PostgreSQL restarted (pg_ctl restart -m fast), or the runner's
        backend terminated, in the middle of runs: the unit is retried or the
        run fails cleanly, and the next run completes."""
        if backend.name != "postgres":
            return
        directory = self.own_server("loss")
        own = Postgres(directory)
        for workflow in WORKFLOWS:
            own.create("base_" + workflow)
            # The database's roles (issue [9]) live on the suite's server,
            # not on this one: a dump restored without owners and grants,
            # as an administrator moving a database would restore it.
            dump = subprocess.run(["pg_dump", "--no-owner", "--no-privileges", "-h", backend.socket_dir,
                                   "-U", "postgres", "-d", "base_" + workflow],
                                  capture_output=True, check=True)
            subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", directory, "-U", "postgres",
                            "-d", "base_" + workflow], input=dump.stdout, capture_output=True, check=True)
        bindir = faultlib.pg_bin()
        refs = self.references[backend.name]
        for i in range(max(len(WORKFLOWS), self.args.crashes)):
            workflow = WORKFLOWS[i % len(WORKFLOWS)]
            mode = "restart" if i % 2 == 0 else "terminate"
            db = "loss_%s_%d" % (workflow, i)
            self.clone(own, "base_" + workflow, db)
            problems = []
            process = self.ctl.start(own.url(db), ["--json", "run", workflow])
            delay = self.rng.uniform(0.0, refs[workflow]["duration"])
            time.sleep(delay)
            hit = process.poll() is None
            if mode == "restart":
                subprocess.run(faultlib.as_postgres() + [bindir + "/pg_ctl", "-D", directory + "/data", "-m", "fast",
                                                        "-w", "-t", "60", "restart", "-l", directory + "/server.log"],
                               check=True, capture_output=True)
            else:
                own.psql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = '%s' AND pid <> pg_backend_pid()" % db)
            try:
                out, err = process.communicate(timeout=300)
                code = process.returncode
            except subprocess.TimeoutExpired:
                process.kill()
                out, err = process.communicate()
                code = None
            if code == 0:
                outcome = "retried"
            elif code == 1 and err.strip():
                outcome = "failed cleanly"
            elif code == 2 and re.search(r"Cannot connect|Cannot set up the session", err):
                outcome = "could not connect"
            else:
                outcome = "exit %s" % code
                problems.append("the run exited %s: %s" % (code, err.strip()[:300]))
            code2, out2, err2 = self.ctl.run_until_free(own.url(db), ["--json", "run", workflow])
            if code2 != 0:
                problems.append("the next run exited %s: %s" % (code2, err2.strip()[:300]))
            problems += self.check_against_reference(own, db, workflow)
            what = "%s: %s at %.2f s (%s), %s" % (workflow, mode, delay, "mid-run" if hit else "after exit", outcome)
            print("serverloss postgres: %s: %s" % (what, "ok" if not problems else problems), flush=True)
            self.record("serverloss", backend, code2 == 0, problems, what)
            own.drop(db)
            shutil.rmtree(self.files(own, db), ignore_errors=True)
        self.stop_servers()

    # --- bad input -------------------------------------------------------------------

    def expect(self, backend, label, code, err, codes, pattern, problems):
        if code not in codes:
            problems.append("%s: exit %s, expected %s; stderr: %s" % (label, code, codes, err.strip()[:300]))
        elif pattern and not re.search(pattern, err, re.I | re.S):
            problems.append("%s: unclear message %r (expected /%s/)" % (label, err.strip()[:300], pattern))

    def bad_case(self, backend, label, check):
        problems = []
        try:
            check(problems)
        except Exception as e:  # a broken case is a violation, not a crash of the suite
            problems.append("the case could not run: %r" % e)
        print("badinput %s: %s: %s" % (backend.name, label, "ok" if not problems else problems), flush=True)
        self.record("badinput", backend, True, problems, label)

    def badinput(self, backend):
        ctl = self.ctl
        scratch = os.path.join(self.args.work, "scratch-" + backend.name)
        os.makedirs(scratch, exist_ok=True)

        if backend.name == "sqlite":
            # Malformed URLs: refused before anything is opened or created.
            for url in ["mysql://anna@db/campagna", "sqlite:", "postgresql://h:99999/db",
                        "postgresql://h:port/db", "postgresql://[::1/db", "postgresql:///",
                        "sqlite:relative/file.sqlite", "http://example.org/x", "postgresql://h/db?sslmode",
                        "\x01\x02", "postgresql://h/db?port=abc"]:
                def check(problems, url=url):
                    before = sorted(os.listdir(scratch))
                    p = subprocess.run([ctl.path, "--db", url, "--lang", "en", "status"], env=ctl.env,
                                       capture_output=True, text=True, cwd=scratch, timeout=60)
                    self.expect(backend, "URL %r" % url, p.returncode, p.stderr, (2,), r"campagnactl: .{10,}", problems)
                    if sorted(os.listdir(scratch)) != before:
                        problems.append("URL %r created %s" % (url, sorted(os.listdir(scratch))))
                self.bad_case(backend, "malformed URL %r" % url, check)

            # A file that is not a database, and a folder that does not exist.
            def not_a_database(problems):
                path = os.path.join(scratch, "notes.sqlite")
                content = b"These are my notes, not a database.\n" * 50
                with open(path, "wb") as fh:
                    fh.write(content)
                for args in (["status"], ["init"], ["run", "budgetMgt"]):
                    code, out, err = ctl.run("sqlite:" + path, args)
                    self.expect(backend, " ".join(args), code, err, (2,), r"not a Campagna database|not an SQLite|file is not a database", problems)
                with open(path, "rb") as fh:
                    if fh.read() != content:
                        problems.append("the file was changed")
                leftovers = [f for f in os.listdir(scratch) if f.startswith("notes.sqlite-")]
                if leftovers:
                    problems.append("left %s beside it" % leftovers)
            self.bad_case(backend, "a file that is not a database", not_a_database)

            def missing_folder(problems):
                code, out, err = ctl.run("sqlite:" + os.path.join(scratch, "no", "such", "x.sqlite"), ["status"])
                self.expect(backend, "status", code, err, (2,), r"Cannot open|does not exist|unable", problems)
                if os.path.exists(os.path.join(scratch, "no")):
                    problems.append("the folder was created")
            self.bad_case(backend, "a database in a folder that does not exist", missing_folder)

            # A read-only database file (immutable: root ignores file modes).
            def read_only(problems):
                db = "readonly"
                self.clone(backend, "base_budgetMgt", db)
                before = backend.dump(db)
                path = backend.path(db)
                subprocess.run(["chattr", "+i", path], check=True)
                try:
                    for args in (["run", "budgetMgt"], ["init"], ["pause", "budgetMgt"]):
                        code, out, err = ctl.run(backend.url(db), args)
                        self.expect(backend, " ".join(args), code, err, (1, 2), r"read-?only|readonly|write", problems)
                finally:
                    subprocess.run(["chattr", "-i", path], check=True)
                if backend.dump(db) != before:
                    problems.append("the database changed")
                self.drop(backend, db)
            self.bad_case(backend, "a read-only database file", read_only)
        else:
            def unreachable(problems):
                start = time.monotonic()
                code, out, err = ctl.run("postgresql://postgres@127.0.0.1:1/campagna?connect_timeout=3", ["status"])
                self.expect(backend, "status", code, err, (2,), r"Cannot connect", problems)
                code, out, err = ctl.run("postgresql://postgres@/campagna?host=/nonexistent-dir", ["run", "budgetMgt"])
                self.expect(backend, "run", code, err, (2,), r"Cannot connect", problems)
                if time.monotonic() - start > 60:
                    problems.append("took %.0f s to give up" % (time.monotonic() - start))
            self.bad_case(backend, "an unreachable server", unreachable)

            def wrong_password(problems):
                directory = self.own_server("auth", auth="right-secret")
                url = "postgresql://postgres@/postgres?host=%s" % directory
                env = {"PGPASSFILE": "/dev/null"}
                code, out, err = ctl.run(url, ["init"], env=dict(env, PGPASSWORD="wrong"))
                self.expect(backend, "wrong password", code, err, (2,), r"refused the password", problems)
                code, out, err = ctl.run(url, ["status"], env=env)
                self.expect(backend, "no password", code, err, (2,), r"password", problems)
                listing = subprocess.run(["psql", "-X", "-At", "-h", directory, "-U", "postgres", "-d", "postgres",
                                          "-c", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"],
                                         env=dict(os.environ, PGPASSWORD="right-secret"), capture_output=True, text=True)
                if listing.stdout.strip() != "0":
                    problems.append("tables were created: %s %s" % (listing.stdout.strip(), listing.stderr.strip()))
                # The right one works: the refusals above were about the password.
                code, out, err = ctl.run(url, ["init"], env=dict(env, PGPASSWORD="right-secret"))
                self.expect(backend, "right password", code, err, (0,), None, problems)
                self.stop_servers()
            self.bad_case(backend, "a wrong password", wrong_password)

        # A database with a newer schema.
        def newer_schema(problems):
            db = "newer"
            self.clone(backend, "base_budgetMgt", db)
            backend.execute(db, "UPDATE schema_version SET version = 9999")
            before = backend.dump(db)
            for args in (["run", "budgetMgt"], ["init"], ["status"], ["delivery", "submit", "1"]):
                code, out, err = ctl.run(backend.url(db), args)
                self.expect(backend, " ".join(args), code, err, (2,), r"newer|9999", problems)
            if backend.dump(db) != before:
                problems.append("the database changed")
            self.drop(backend, db)
        self.bad_case(backend, "a database with a newer schema", newer_schema)

        # Malformed provider return files: the job fails with the line, the
        # file stays for inspection, nothing is counted.
        jobs = backend.query("ref_supplierMgt",
                             "SELECT j.id, d.id, d.label, sv.return_file_pattern, s.drop_dir FROM provider_job j "
                             "JOIN delivery d ON d.id = j.delivery_id JOIN service sv ON sv.id = d.service_id "
                             "JOIN supplier s ON s.id = sv.supplier_id WHERE j.status = 'file_sent' AND "
                             "sv.return_file_pattern IS NOT NULL AND sv.return_file_pattern NOT LIKE '%{delivery_label}%' "
                             "ORDER BY j.id")
        malformed = {
            "empty": (b"", 1), "wrong header": (b"id;status\r\n1;sent\r\n", 1),
            "not a number": (b"recipient_id,status\r\n12x,sent\r\n", 2),
            "unknown status": (b"recipient_id,status\r\n%d,bounced\r\n", 2),
            "three fields": (b"recipient_id,status\r\n%d,sent,extra\r\n", 2),
            "blank line inside": (b"recipient_id,status\r\n%d,sent\r\n\r\n%d,sent\r\n", 3),
            "listed twice": (b"recipient_id,status\r\n%d,sent\r\n%d,sent\r\n", 3),
            "binary": (b"\x00\xff\xfe\x01garbage", 1),
        }
        if not jobs:
            self.note("badinput %s: no provider job waiting for a return file; return-file cases skipped" % backend.name)
        for label, (content, line) in malformed.items():
            def return_file(problems, content=content, line=line):
                db = "returnfile"
                self.clone(backend, "ref_supplierMgt", db)
                job, delivery, _label, pattern, drop = backend.query(db, "SELECT j.id, d.id, d.label, sv.return_file_pattern, "
                                                                     "s.drop_dir FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
                                                                     "JOIN service sv ON sv.id = d.service_id JOIN supplier s ON s.id = sv.supplier_id "
                                                                     "WHERE j.id = %s" % jobs[0][0])[0]
                target = backend.query(db, "SELECT MIN(recipient_id) FROM delivery_target WHERE delivery_id = %s" % delivery)[0][0]
                if b"%d" in content:
                    content = content.replace(b"%d", (target if target != "NULL" else "1").encode())
                incoming = os.path.join(drop, "incoming")
                os.makedirs(incoming, exist_ok=True)
                name = pattern.replace("{delivery_id}", delivery)
                with open(os.path.join(incoming, name), "wb") as fh:
                    fh.write(content)
                code, out, err = ctl.run(backend.url(db), ["--json", "run", "supplierMgt"])
                self.expect(backend, "run", code, err, (0,), None, problems)
                status = backend.query(db, "SELECT j.status, COALESCE(j.error, ''), d.status, COALESCE(d.sent_count, -1) "
                                           "FROM provider_job j JOIN delivery d ON d.id = j.delivery_id WHERE j.id = %s" % job)[0]
                if status[0] != "failed" or not re.search(r"line %d" % line, status[1], re.I):
                    problems.append("job %s is %s with error %r; expected failed naming line %d" % (job, status[0], status[1][:200], line))
                if status[2] != "sent_to_provider" or status[3] != "-1":
                    problems.append("the delivery moved on: %s, sent_count %s" % (status[2], status[3]))
                if not os.path.exists(os.path.join(incoming, name)):
                    problems.append("the malformed file was not kept in incoming/")
                self.drop(backend, db)
            if jobs:
                self.bad_case(backend, "malformed return file (%s)" % label, return_file)

        # An extraction file changed after extraction.
        def changed_extraction(problems):
            db = "changed"
            self.clone(backend, "base_supplierMgt", db)
            rows = backend.query(db, "SELECT j.id, d.extraction_file, s.drop_dir FROM provider_job j "
                                     "JOIN delivery d ON d.id = j.delivery_id JOIN service sv ON sv.id = d.service_id "
                                     "JOIN supplier s ON s.id = sv.supplier_id WHERE j.status = 'pending' "
                                     "AND d.extraction_file IS NOT NULL ORDER BY j.id")
            real = [r for r in rows if os.path.exists(r[1])]
            if not real:
                problems.append("no pending provider job with an extracted file to change")
                return
            job, path, drop = real[0]
            with open(path, "ab") as fh:
                fh.write(b"999999,Intruder,Row,Via Roma 1,00100,Roma,IT\r\n")
            code, out, err = ctl.run(backend.url(db), ["--json", "run", "supplierMgt"])
            self.expect(backend, "run", code, err, (0,), None, problems)
            status = backend.query(db, "SELECT j.status, COALESCE(j.error, ''), d.status FROM provider_job j "
                                       "JOIN delivery d ON d.id = j.delivery_id WHERE j.id = %s" % job)[0]
            if status[0] != "failed" or "changed" not in status[1]:
                problems.append("job %s is %s (%r), expected failed: file changed" % (job, status[0], status[1][:200]))
            if status[2] != "provider_pending":
                problems.append("the delivery moved on to %s" % status[2])
            if os.path.exists(os.path.join(drop, "outgoing", os.path.basename(path))):
                problems.append("the changed file was handed to the supplier")
            sent = backend.query(db, "SELECT COUNT(*) FROM notification WHERE dedup_key = 'provider-file:%s'" % job)
            if sent != [("1",)] and sent != [("0",)]:
                problems.append("notifications: %s" % sent)
            if sent == [("1",)]:
                problems.append("the supplier was told of a changed file")
            self.drop(backend, db)
        self.bad_case(backend, "an extraction file changed after extraction", changed_extraction)

        # Unwritable extraction and drop folders (immutable: root ignores modes).
        def unwritable(problems, workflow, folders_sql):
            db = "unwritable_" + workflow
            self.clone(backend, "base_" + workflow, db)
            folders = [r[0] for r in backend.query(db, folders_sql)]
            for f in folders:
                os.makedirs(f, exist_ok=True)
            before = {f: sorted(os.listdir(f)) for f in folders}
            for f in folders:
                subprocess.run(["chattr", "+i", f], check=True)
            try:
                code, out, err = ctl.run(backend.url(db), ["--json", "run", workflow])
            finally:
                for f in folders:
                    subprocess.run(["chattr", "-i", f], check=True)
            self.expect(backend, "run", code, err, (0, 1), None, problems)
            warned = backend.query(db, "SELECT COUNT(*) FROM workflow_log WHERE run_id = (SELECT MAX(id) FROM workflow_run) "
                                       "AND level IN ('warning', 'error') AND message LIKE '%Cannot%'")
            if warned == [("0",)]:
                problems.append("no warning or error says the folder cannot be written")
            after = {f: sorted(os.listdir(f)) for f in folders}
            if after != before:
                problems.append("files appeared: %s" % after)
            # Writable again: the next runs finish the work.
            for _ in range(3):
                code, out, err = ctl.run(backend.url(db), ["--json", "run", workflow])
            ref = self.references[backend.name][workflow]["files"]
            listing = faultlib.tree_listing(self.files(backend, db))
            if [f for f in listing if f not in ref] or [f for f in ref if f not in listing]:
                problems.append("after recovery the files differ from the reference: %s" %
                                ([f for f in listing if f not in ref][:3] + [f for f in ref if f not in listing][:3]))
            self.drop(backend, db)
        self.bad_case(backend, "an unwritable extraction folder",
                      lambda p: unwritable(p, "operationMgt", "SELECT value FROM setting WHERE key = 'extraction.dir'"))
        self.bad_case(backend, "an unwritable drop folder",
                      lambda p: unwritable(p, "supplierMgt", "SELECT drop_dir || '/outgoing' FROM supplier "
                                                             "WHERE drop_dir IS NOT NULL"))

        # Temporary files of QSaveFile that a crash left behind (on file
        # systems without O_TMPFILE): swept before the next writer writes.
        def leftovers(problems):
            db = "leftovers"
            self.clone(backend, "base_operationMgt", db)
            extractions = backend.query(db, "SELECT value FROM setting WHERE key = 'extraction.dir'")[0][0]
            os.makedirs(extractions, exist_ok=True)
            planted = ["20270114_directMail_5.csv.Ab12Cd", "20270115_fedelta_27.csv.q9Z8y7"]
            kept = ["notes.txt.Ab12Cd", "20270114_directMail_5.csv.bak", "20270114_directMail_5.csv"]
            for name in planted + kept:
                with open(os.path.join(extractions, name), "wb") as fh:
                    fh.write(b"id,first_name\r\n1,half-writ")
            code, out, err = ctl.run(backend.url(db), ["--json", "run", "operationMgt"])
            self.expect(backend, "operationMgt", code, err, (0,), None, problems)
            names = os.listdir(extractions)
            problems += ["leftover %s not swept" % n for n in planted if n in names]
            problems += ["%s was removed" % n for n in kept if n not in names]
            self.drop(backend, db)

            db = "leftovers_out"
            self.clone(backend, "base_supplierMgt", db)
            rows = backend.query(db, "SELECT d.extraction_file, s.drop_dir FROM provider_job j "
                                     "JOIN delivery d ON d.id = j.delivery_id JOIN service sv ON sv.id = d.service_id "
                                     "JOIN supplier s ON s.id = sv.supplier_id WHERE j.status = 'pending' "
                                     "AND d.extraction_file IS NOT NULL ORDER BY j.id")
            rows = [r for r in rows if os.path.exists(r[0])]
            if not rows:
                problems.append("no pending provider job with an extracted file")
            else:
                outgoing = os.path.join(rows[0][1], "outgoing")
                os.makedirs(outgoing, exist_ok=True)
                leftover = os.path.join(outgoing, os.path.basename(rows[0][0]) + ".Tm4Pq2")
                with open(leftover, "wb") as fh:
                    fh.write(b"id,first_name\r\n1,half-writ")
                code, out, err = ctl.run(backend.url(db), ["--json", "run", "supplierMgt"])
                self.expect(backend, "supplierMgt", code, err, (0,), None, problems)
                if os.path.exists(leftover):
                    problems.append("leftover %s not swept" % os.path.basename(leftover))
            self.drop(backend, db)
        self.bad_case(backend, "half-written temporary files left by a crash", leftovers)

        # A full disk: the file size limit (ulimit -f) of the process.
        def full_disk(problems):
            import resource
            db = "fulldisk"
            self.clone(backend, "base_operationMgt", db)
            limit = 4096

            def limited():
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            code, out, err = ctl.run(backend.url(db), ["--json", "run", "operationMgt"], preexec=limited)
            if code is None or code < 0:
                problems.append("the process died (signal %s): %s" % (-code if code else "timeout", err.strip()[:200]))
            elif code not in (0, 1, 2):
                problems.append("exit %s: %s" % (code, err.strip()[:200]))
            elif code in (1, 2) and not re.search(r"full|large|space|disk|I/O|write", err, re.I):
                problems.append("unclear message: %r" % err.strip()[:300])
            elif code == 0:
                warned = backend.query(db, "SELECT COUNT(*) FROM workflow_log WHERE run_id = (SELECT MAX(id) FROM workflow_run) "
                                           "AND level = 'warning' AND message LIKE '%Cannot write%'")
                extracted = backend.query(db, "SELECT COUNT(*) FROM delivery WHERE extraction_file IS NOT NULL")
                if warned == [("0",)]:
                    problems.append("no warning says the file cannot be written")
            extractions = os.path.join(self.files(backend, db), "demo", "extractions")
            names = os.listdir(extractions) if os.path.isdir(extractions) else []
            for n in names:
                size = os.path.getsize(os.path.join(extractions, n))
                rows = backend.query(db, "SELECT COUNT(*) FROM delivery WHERE extraction_file LIKE '%%/%s'" % n)
                if rows == [("0",)]:
                    problems.append("a file no delivery records (half-written?): %s (%d bytes)" % (n, size))
            for _ in range(3):
                code, out, err = ctl.run(backend.url(db), ["--json", "run", "operationMgt"])
            ref = [f for f in self.references[backend.name]["operationMgt"]["files"] if "extractions" in f[0]]
            listing = [f for f in faultlib.tree_listing(self.files(backend, db)) if "extractions" in f[0]]
            if listing != ref:
                problems.append("after recovery the extractions differ from the reference: %s" %
                                ([f for f in listing if f not in ref][:3] + [f for f in ref if f not in listing][:3]))
            self.drop(backend, db)
        self.bad_case(backend, "a full disk (ulimit -f)", full_disk)

        # Negative and absurd quantities and amounts: refused by a CHECK
        # constraint, or reported by the run as a warning (or a clean failure).
        absurd = [
            ("budgetMgt", "a negative unit price", "UPDATE cost_type SET amount_micros = -5000000"),
            ("budgetMgt", "a negative surcharge", "UPDATE cost_choice SET surcharge_cents = -100000"),
            ("budgetMgt", "an absurd unit price", "UPDATE cost_type SET amount_micros = 9000000000000000000"),
            ("budgetMgt", "an absurd surcharge", "UPDATE cost_choice SET surcharge_cents = 9223372036854775000"),
            ("budgetMgt", "an absurd message count", "UPDATE delivery SET to_send_count = 9000000000000000000 "
                                                     "WHERE to_send_count IS NOT NULL"),
            ("budgetMgt", "a negative allocation", "UPDATE budget SET allocated_cents = -1"),
            ("budgetMgt", "a negative number of days", "UPDATE task SET duration_days = -5"),
            ("stockMgt", "a negative order", "UPDATE stock_order SET quantity = -500"),
            ("stockMgt", "a negative consumption per message", "UPDATE cost_type SET stock_units = -3 "
                                                               "WHERE stock_line_id IS NOT NULL"),
            ("stockMgt", "an absurd stock level", "UPDATE stock_line SET initial_qty = 9223372036854775000"),
            ("stockMgt", "an absurd order", "UPDATE stock_order SET quantity = 9223372036854775000"),
        ]
        for workflow, label, sql in absurd:
            def check(problems, workflow=workflow, sql=sql, label=label):
                db = "absurd"
                self.clone(backend, "base_" + workflow, db)
                try:
                    backend.execute(db, sql)
                except Exception as e:
                    if not re.search(r"CHECK|check constraint|violates", str(e), re.I):
                        problems.append("refused without naming the constraint: %s" % e)
                    self.drop(backend, db)
                    return "refused by a CHECK constraint"
                code, out, err = ctl.run(backend.url(db), ["--json", "run", workflow])
                warned = backend.query(db, "SELECT message FROM workflow_log WHERE run_id = (SELECT MAX(id) FROM workflow_run) "
                                           "AND level IN ('warning', 'error')")
                huge = "absurd" in label
                if code == 1:
                    # A clean failure: the run refuses to compute with it, and
                    # says why (the units before the failing one stay done).
                    if not re.search(r"out of range|too large", err, re.I):
                        problems.append("failed without saying a figure is out of range: %r" % err.strip()[:300])
                elif code == 0:
                    ref_warnings = self.references[backend.name][workflow].get("warnings", 0)
                    if not huge and len(warned) <= ref_warnings:
                        problems.append("accepted without a warning (%d warnings, as many as the reference run)" % len(warned))
                    # Nothing out of range stored.
                    if backend.name == "sqlite":
                        reals = backend.query(db, "SELECT 'expense_line', id FROM expense_line WHERE typeof(amount_cents) <> 'integer' "
                                                  "UNION ALL SELECT 'cost_line', id FROM cost_line WHERE typeof(amount_cents) <> 'integer' "
                                                  "UNION ALL SELECT 'stock_line', id FROM stock_line WHERE typeof(in_stock_qty) <> 'integer' "
                                                  "OR typeof(forecast_qty) <> 'integer'")
                        if reals:
                            problems.append("non-integer amounts stored: %s" % reals[:3])
                else:
                    problems.append("exit %s: %s" % (code, err.strip()[:300]))
                self.drop(backend, db)
            self.bad_case(backend, "%s (%s)" % (label, workflow), check)


    # --- hostile values (issue [10]) ----------------------------------------------

    SECRET = b"TOPSECRET-hostile-4c1d,sent\n"

    def hostile(self, backend):
        """Attacks by someone who can write to the database, one at a time at
        random on a copy of a workflow's data: values that name files and
        servers outside the files root, links planted in the drop folders,
        oversized files and expressions, formulas in names. Invariants: the
        run exits 0, nothing outside the files root changes, no byte of a
        secret file reaches the database, and the attack is refused."""
        attacks = [
            ("operationMgt", "extraction.dir outside the root", self.attack_extraction_dir),
            ("operationMgt", "extraction.dir through a link", self.attack_extraction_link),
            ("operationMgt", "formulas in recipients' names", self.attack_formulas),
            ("operationMgt", "an oversized targeting expression", self.attack_expression),
            ("supplierMgt", "drop_dir outside the root", self.attack_drop_dir),
            ("supplierMgt", "a link planted in outgoing/", self.attack_outgoing_link),
            ("supplierMgt", "extraction_file naming a secret", self.attack_extraction_file),
            ("supplierMgt", "a link to a secret as return file", self.attack_return_link),
            ("supplierMgt", "an oversized return file", self.attack_return_size),
            ("deliveryMgt", "smtp.url file:// and an attachment outside", self.attack_mail),
        ]
        trials = max(len(attacks), self.args.crashes * 2)
        order = [attacks[i % len(attacks)] for i in range(trials)]
        self.rng.shuffle(order)
        for i, (workflow, label, attack) in enumerate(order):
            db = "hostile_%d" % i
            self.clone(backend, "base_" + workflow, db)
            files = self.files(backend, db)
            outside = os.path.join(self.args.work, "outside-%s" % backend.name)
            shutil.rmtree(outside, ignore_errors=True)
            os.makedirs(os.path.join(outside, "ssh"))
            with open(os.path.join(outside, "ssh", "authorized_keys"), "wb") as fh:
                fh.write(b"ssh-ed25519 AAAA owner\n")
            with open(os.path.join(outside, "secret"), "wb") as fh:
                fh.write(self.SECRET)
            problems = []
            code = None
            try:
                check = attack(backend, db, files, outside, problems)
                before = faultlib.tree_listing(outside)
                code, out, err = self.ctl.run(backend.url(db), ["--json", "run", workflow])
                if code != 0:
                    problems.append("the run exited %s: %s" % (code, err.strip()[:300]))
                if faultlib.tree_listing(outside) != before:
                    problems.append("files outside the root changed: %s" % faultlib.tree_listing(outside))
                leaked = backend.query(db, self.LEAK_SQL)
                if leaked != [("0",)]:
                    problems.append("the secret's content reached the database (%s rows)" % leaked)
                problems += ["duplicate %s: %s" % (k, v) for k, v in faultlib.duplicates(backend, db).items()]
                if check:
                    check(problems)
            except Exception as e:  # a broken case is a violation, not a crash of the suite
                problems.append("the case could not run: %r" % e)
            print("hostile %s/%s: %s: %s" % (backend.name, workflow, label,
                                             "ok" if not problems else problems), flush=True)
            self.record("hostile", backend, code == 0, problems, "%s: %s" % (workflow, label))
            self.drop(backend, db)
            shutil.rmtree(outside, ignore_errors=True)

    LEAK_SQL = ("SELECT (SELECT COUNT(*) FROM workflow_log WHERE message LIKE '%TOPSECRET%')"
                " + (SELECT COUNT(*) FROM delivery WHERE last_error LIKE '%TOPSECRET%')"
                " + (SELECT COUNT(*) FROM delivery_event WHERE message LIKE '%TOPSECRET%')"
                " + (SELECT COUNT(*) FROM provider_job WHERE error LIKE '%TOPSECRET%')"
                " + (SELECT COUNT(*) FROM operation_job WHERE error LIKE '%TOPSECRET%')"
                " + (SELECT COUNT(*) FROM notification WHERE COALESCE(error, '') || COALESCE(body, '') "
                "LIKE '%TOPSECRET%')")

    @staticmethod
    def failed_with(backend, db, table, phrase, problems, expected):
        """`expected` jobs were waiting: at least one ends failed saying `phrase`."""
        if not expected:
            return
        rows = backend.query(db, "SELECT COUNT(*) FROM %s WHERE status = 'failed' AND error LIKE '%%%s%%'"
                             % (table, phrase))
        if rows == [("0",)]:
            problems.append("no %s failed saying %r" % (table, phrase))

    def pending_count(self, backend, db, sql):
        return int(backend.query(db, sql)[0][0])

    def attack_extraction_dir(self, backend, db, files, outside, problems):
        backend.execute(db, "UPDATE setting SET value = '%s' WHERE key = 'extraction.dir';"
                            "UPDATE service SET extraction_file_pattern = 'authorized_keys';"
                        % os.path.join(outside, "ssh"))
        waiting = self.pending_count(backend, db, "SELECT COUNT(*) FROM operation_job WHERE kind = 'extraction' "
                                                  "AND status = 'pending'")
        return lambda p: self.failed_with(backend, db, "operation_job", "outside the files root", p, waiting)

    def attack_extraction_link(self, backend, db, files, outside, problems):
        link = os.path.join(files, "link-out")
        os.symlink(outside, link)
        backend.execute(db, "UPDATE setting SET value = '%s' WHERE key = 'extraction.dir'" % link)
        waiting = self.pending_count(backend, db, "SELECT COUNT(*) FROM operation_job WHERE kind = 'extraction' "
                                                  "AND status = 'pending'")
        return lambda p: self.failed_with(backend, db, "operation_job", "outside the files root", p, waiting)

    def attack_formulas(self, backend, db, files, outside, problems):
        backend.execute(db, "UPDATE recipient SET first_name = '=HYPERLINK(\"http://evil.example\")', "
                            "last_name = '@SUM(A1)', city = '+cmd|calc'")

        def check(p):
            import csv
            for (path,) in backend.query(db, "SELECT extraction_file FROM delivery WHERE extraction_file IS NOT NULL"):
                if not os.path.exists(path):
                    continue
                with open(path, newline="", encoding="utf-8") as fh:
                    for row in csv.reader(fh):
                        bad = [c for c in row if c[:1] in ("=", "+", "@", "\t", "\r")]
                        if bad:
                            p.append("%s has a formula cell %r" % (os.path.basename(path), bad[0][:40]))
                            return
        return check

    def attack_expression(self, backend, db, files, outside, problems):
        rows = backend.query(db, "SELECT delivery_id FROM operation_job WHERE kind = 'targeting' "
                                 "AND status = 'pending' ORDER BY id")
        if not rows:
            self.note("hostile %s: no pending targeting job; the expression attack checks only the run" % backend.name)
            return None
        victim = rows[0][0]
        # Built by the database: 1.2 MB is too long for psql's command line.
        if backend.name == "sqlite":
            backend.execute(db, "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 60000) "
                                "UPDATE delivery SET target_filter = (SELECT group_concat('city = ''X' || n || '''', "
                                "' or ') FROM g) WHERE id = %s" % victim)
        else:
            backend.execute(db, "UPDATE delivery SET target_filter = (SELECT string_agg('city = ''X' || g || '''', "
                                "' or ') FROM generate_series(1, 60000) g) WHERE id = %s" % victim)

        def check(p):
            status = backend.query(db, "SELECT status FROM delivery WHERE id = %s" % victim)
            if status != [("being_edited",)]:
                p.append("the delivery %s with a 60,000-term expression is %s, not being_edited" % (victim, status))
        return check

    def attack_drop_dir(self, backend, db, files, outside, problems):
        backend.execute(db, "UPDATE supplier SET drop_dir = '%s' WHERE drop_dir IS NOT NULL" % outside)
        waiting = self.pending_count(backend, db, "SELECT COUNT(*) FROM provider_job WHERE status = 'pending'")
        return lambda p: self.failed_with(backend, db, "provider_job", "outside the files root", p, waiting)

    def attack_outgoing_link(self, backend, db, files, outside, problems):
        rows = backend.query(db, "SELECT d.extraction_file, s.drop_dir FROM provider_job j "
                                 "JOIN delivery d ON d.id = j.delivery_id JOIN service sv ON sv.id = d.service_id "
                                 "JOIN supplier s ON s.id = sv.supplier_id WHERE j.status = 'pending' "
                                 "AND d.extraction_file IS NOT NULL")
        for path, drop in rows:
            outgoing = os.path.join(drop, "outgoing")
            os.makedirs(outgoing, exist_ok=True)
            target = os.path.join(outgoing, os.path.basename(path))
            if not os.path.lexists(target):
                os.symlink(os.path.join(outside, "ssh", "authorized_keys"), target)
        return None

    def attack_extraction_file(self, backend, db, files, outside, problems):
        digest = hashlib.sha256(self.SECRET).hexdigest()
        backend.execute(db, "UPDATE delivery SET extraction_file = '%s', extraction_sha256 = '%s' "
                            "WHERE status = 'provider_pending'" % (os.path.join(outside, "secret"), digest))
        waiting = self.pending_count(backend, db, "SELECT COUNT(*) FROM provider_job WHERE status = 'pending'")

        def check(p):
            self.failed_with(backend, db, "provider_job", "not inside the extraction folder", p, waiting)
            attached = backend.query(db, "SELECT COUNT(*) FROM notification WHERE attachment_path LIKE '%s%%'" % outside)
            if attached != [("0",)]:
                p.append("a notification attaches a file outside the root")
        return check

    def waiting_returns(self, backend, db):
        return backend.query(db, "SELECT j.id, d.id, sv.return_file_pattern, s.drop_dir FROM provider_job j "
                                 "JOIN delivery d ON d.id = j.delivery_id JOIN service sv ON sv.id = d.service_id "
                                 "JOIN supplier s ON s.id = sv.supplier_id WHERE j.status = 'file_sent' "
                                 "AND d.status = 'sent_to_provider' AND sv.return_file_pattern IS NOT NULL "
                                 "AND s.drop_dir IS NOT NULL ORDER BY j.id")

    def plant_return(self, backend, db, plant):
        rows = self.waiting_returns(backend, db)
        if not rows:
            self.note("hostile %s: no provider job waiting for a return file" % backend.name)
            return None
        job, delivery, pattern, drop = rows[0]
        incoming = os.path.join(drop, "incoming")
        os.makedirs(incoming, exist_ok=True)
        plant(os.path.join(incoming, pattern.replace("{delivery_id}", delivery)))
        return job

    def attack_return_link(self, backend, db, files, outside, problems):
        job = self.plant_return(backend, db, lambda path: os.symlink(os.path.join(outside, "secret"), path))
        if job is None:
            return None
        return lambda p: self.failed_with(backend, db, "provider_job", "symbolic link", p, 1)

    def attack_return_size(self, backend, db, files, outside, problems):
        backend.execute(db, "DELETE FROM setting WHERE key = 'supplier.return_file_max_mb';"
                            "INSERT INTO setting (key, value) VALUES ('supplier.return_file_max_mb', '1')")

        def big(path):
            with open(path, "wb") as fh:
                fh.write(b"recipient_id,status\n" + b"1,sent\n" * 200000)
        job = self.plant_return(backend, db, big)
        if job is None:
            return None
        return lambda p: self.failed_with(backend, db, "provider_job", "supplier.return_file_max_mb", p, 1)

    def attack_mail(self, backend, db, files, outside, problems):
        mail = os.path.join(outside, "mail.eml")
        backend.execute(db, "DELETE FROM setting WHERE key IN ('smtp.url', 'smtp.from');"
                            "INSERT INTO setting (key, value) VALUES ('smtp.url', 'file://%s');"
                            "INSERT INTO setting (key, value) VALUES ('smtp.from', 'campagna@example.com');"
                            "UPDATE notification SET status = 'queued', attempts = 0, attachment_path = '%s';"
                        % (mail, os.path.join(outside, "secret")))

        def check(p):
            if os.path.exists(mail):
                p.append("the message was written to %s" % mail)
            sent = backend.query(db, "SELECT COUNT(*) FROM notification WHERE status = 'sent' "
                                     "AND attachment_path LIKE '%s%%'" % outside)
            if sent != [("0",)]:
                p.append("%s notification(s) with an attachment outside the root were sent" % sent[0][0])
        return check


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ctl", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--crashes", type=int, default=int(os.environ.get("CAMPAGNA_FAULTS_N") or 5))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("CAMPAGNA_FAULTS_SEED") or 0))
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--kinds", default="crash,race,zombie,serverloss,busy,badinput,hostile")
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args()
    if args.seed == 0:
        args.seed = random.SystemRandom().randrange(1, 2**31)
    print("fault suite: seed %d (replay with --seed %d or CAMPAGNA_FAULTS_SEED=%d), %d crashes per workflow"
          % (args.seed, args.seed, args.seed, args.crashes), flush=True)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    suite = Suite(args)
    kinds = args.kinds.split(",")
    backends = []
    for name in args.backends.split(","):
        if name == "sqlite":
            backends.append(Sqlite(args.work))
        elif name == "postgres":
            url = os.environ.get("CAMPAGNA_TEST_PG")
            if not url:
                print("fault suite: CAMPAGNA_TEST_PG is not set; PostgreSQL skipped", flush=True)
                continue
            query = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
            backends.append(Postgres(query["host"][0]))
    seconds = {}
    try:
        for backend in backends:
            started = time.monotonic()
            suite.prepare(backend)
            seconds[("prepare", backend.name)] = time.monotonic() - started
            for kind in kinds:
                started = time.monotonic()
                getattr(suite, kind)(backend)
                seconds[(kind, backend.name)] = time.monotonic() - started
    finally:
        suite.ctl.kill_leftovers()
        suite.stop_servers()
    print()
    print("%-12s %-9s %8s %8s %10s %8s" % ("fault", "backend", "injected", "survived", "violations", "seconds"))
    total = [0, 0, 0]
    for (kind, backend), (injected, survived, violations) in sorted(suite.rows.items()):
        print("%-12s %-9s %8d %8d %10d %8.0f" % (kind, backend, injected, survived, violations,
                                                 seconds.get((kind, backend), 0)))
        total = [total[0] + injected, total[1] + survived, total[2] + violations]
    print("%-12s %-9s %8d %8d %10d %8.0f" % ("total", "", *total, sum(seconds.values())))
    for n in suite.notes:
        print(n)
    if suite.failures:
        print("\n%d invariant violation(s); seed %d" % (len(suite.failures), args.seed))
        for f in suite.failures:
            print("  " + f)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
