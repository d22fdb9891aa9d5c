<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>campagna::Console</name>
    <message>
        <source>Campagna</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Loading the demo data into %1…</source>
        <translation>Loading the demo data into %1…</translation>
    </message>
    <message>
        <source>Campagna: the console of the five campaign-processing workflows.</source>
        <translation>Campagna: the console of the five campaign-processing workflows.</translation>
    </message>
    <message>
        <source>Open the demo database (created and filled with the demo data on first use).</source>
        <translation>Open the demo database (created and filled with the demo data on first use).</translation>
    </message>
    <message>
        <source>Open this database: sqlite:/path/file.sqlite or postgresql://user@host:port/dbname.</source>
        <translation>Open this database: sqlite:/path/file.sqlite or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Use either --demo or --db, not both.</source>
        <translation>Use either --demo or --db, not both.</translation>
    </message>
    <message>
        <source>Start Campagna with --db URL to open another database.</source>
        <translation>Start Campagna with --db URL to open another database.</translation>
    </message>
    <message>
        <source>Campagna cannot open the database %1.

%2</source>
        <translation>Campagna cannot open the database %1.

%2</translation>
    </message>
    <message>
        <source>The demo data could not be loaded into %1.

%2</source>
        <translation>The demo data could not be loaded into %1.

%2</translation>
    </message>
    <message>
        <source>Campagna cannot tell which operator you are in %1.

%2</source>
        <translation>Campagna cannot tell which operator you are in %1.

%2</translation>
    </message>
</context>
<context>
    <name>campagna::budget::BudgetWorkflow</name>
    <message>
        <source>Expense lines: %1 for %2 deliveries and %3 tasks; %4 added, %5 changed, %6 removed.</source>
        <translation>Expense lines: %1 for %2 deliveries and %3 tasks; %4 added, %5 changed, %6 removed.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; has the per-message cost type &quot;%2&quot; (cost choice %3): a task sends no messages, so no expense line was made.</source>
        <translation>The task &quot;%1&quot; has the per-message cost type &quot;%2&quot; (cost choice %3): a task sends no messages, so no expense line was made.</translation>
    </message>
    <message>
        <source>Cost choice %1: its cost category &quot;%2&quot; is for the channel %3, but it is used on a %4; it was computed as given.</source>
        <translation>Cost choice %1: its cost category &quot;%2&quot; is for the channel %3, but it is used on a %4; it was computed as given.</translation>
    </message>
    <message numerus="yes">
        <source>%n more cost choice(s) use a cost category of another channel.</source>
        <translation>
            <numerusform>%n more cost choice use a cost category of another channel.</numerusform>
            <numerusform>%n more cost choices use a cost category of another channel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculated costs changed: %1 deliveries, %2 tasks, %3 campaigns, %4 programs, %5 plans.</source>
        <translation>Calculated costs changed: %1 deliveries, %2 tasks, %3 campaigns, %4 programs, %5 plans.</translation>
    </message>
    <message>
        <source>Cost lines: %1 for %2 consolidated campaigns; %3 added, %4 changed, %5 removed.</source>
        <translation>Cost lines: %1 for %2 consolidated campaigns; %3 added, %4 changed, %5 removed.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is consolidated but has no budget (neither its own, nor its program&apos;s, nor its plan&apos;s): nothing was charged.</source>
        <translation>The campaign &quot;%1&quot; is consolidated but has no budget (neither its own, nor its program&apos;s, nor its plan&apos;s): nothing was charged.</translation>
    </message>
    <message>
        <source>Budget &quot;%1&quot;: allocated %2, planned %3, reserved %4, committed %5, spent %6, invoiced %7, available %8.</source>
        <translation>Budget &quot;%1&quot;: allocated %2, planned %3, reserved %4, committed %5, spent %6, invoiced %7, available %8.</translation>
    </message>
    <message>
        <source>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated (by %7).</source>
        <translation>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated (by %7).</translation>
    </message>
    <message>
        <source>The expense categories of the budget &quot;%1&quot; add up to %2, not to its allocation of %3.</source>
        <translation>The expense categories of the budget &quot;%1&quot; add up to %2, not to its allocation of %3.</translation>
    </message>
    <message>
        <source>Budgets: %1 of %2 changed.</source>
        <translation>Budgets: %1 of %2 changed.</translation>
    </message>
</context>
<context>
    <name>campagna::cli::ControlCommand</name>
    <message>
        <source>campagnactl: %1</source>
        <translation>campagnactl: %1</translation>
    </message>
    <message>
        <source>Campagna&apos;s command line: the engine, headless.</source>
        <translation>Campagna&apos;s command line: the engine, headless.</translation>
    </message>
    <message>
        <source>Database URL (default: $CAMPAGNA_DB, then the local SQLite file).</source>
        <translation>Database URL (default: $CAMPAGNA_DB, then the local SQLite file).</translation>
    </message>
    <message>
        <source>Act as this operator.</source>
        <translation>Act as this operator.</translation>
    </message>
    <message>
        <source>Fix the clock (ISO 8601, e.g. 2027-01-15T09:00:00Z).</source>
        <translation>Fix the clock (ISO 8601, e.g. 2027-01-15T09:00:00Z).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Print one JSON document.</translation>
    </message>
    <message>
        <source>Language of messages: it or en.</source>
        <translation>Language of messages: it or en.</translation>
    </message>
    <message>
        <source>demo: multiply recipients and deliveries.</source>
        <translation>demo: multiply recipients and deliveries.</translation>
    </message>
    <message>
        <source>demo: random seed.</source>
        <translation>demo: random seed.</translation>
    </message>
    <message>
        <source>log: the lines of this run.</source>
        <translation>log: the lines of this run.</translation>
    </message>
    <message>
        <source>log: at most this many lines.</source>
        <translation>log: at most this many lines.</translation>
    </message>
    <message>
        <source>log: delete journal lines older than this date.</source>
        <translation>log: delete journal lines older than this date.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Unknown language &quot;%1&quot;: use it or en.</translation>
    </message>
    <message>
        <source>Invalid --now &quot;%1&quot;: write an ISO 8601 time such as 2027-01-15T09:00:00Z.</source>
        <translation>Invalid --now &quot;%1&quot;: write an ISO 8601 time such as 2027-01-15T09:00:00Z.</translation>
    </message>
    <message>
        <source>Usage: campagnactl init</source>
        <translation>Usage: campagnactl init</translation>
    </message>
    <message>
        <source>Usage: campagnactl demo [--scale N] [--seed S]</source>
        <translation>Usage: campagnactl demo [--scale N] [--seed S]</translation>
    </message>
    <message>
        <source>Usage: campagnactl status</source>
        <translation>Usage: campagnactl status</translation>
    </message>
    <message>
        <source>Usage: campagnactl %1 WORKFLOW</source>
        <translation>Usage: campagnactl %1 WORKFLOW</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Unknown workflow &quot;%1&quot;. The workflows are: %2.</translation>
    </message>
    <message>
        <source>Usage: campagnactl serve</source>
        <translation>Usage: campagnactl serve</translation>
    </message>
    <message>
        <source>The database %1 is up to date (schema version %2).</source>
        <translation>The database %1 is up to date (schema version %2).</translation>
    </message>
    <message>
        <source>The database %1 now has schema version %2 (it had %3).</source>
        <translation>The database %1 now has schema version %2 (it had %3).</translation>
    </message>
    <message>
        <source>Invalid --scale &quot;%1&quot;: give a whole number from 1 to 1000.</source>
        <translation>Invalid --scale &quot;%1&quot;: give a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>Invalid --seed &quot;%1&quot;: give a whole number.</source>
        <translation>Invalid --seed &quot;%1&quot;: give a whole number.</translation>
    </message>
    <message>
        <source>Demo data loaded into %1: %2 rows (scale %3, seed %4).</source>
        <translation>Demo data loaded into %1: %2 rows (scale %3, seed %4).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>state: %1   failed: %2   schedule: %3   next run: %4</source>
        <translation>state: %1   failed: %2   schedule: %3   next run: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message numerus="yes">
        <source>last run: #%1 %2, started %3, took %4 s, %n item(s)</source>
        <translation>
            <numerusform>last run: #%1 %2, started %3, took %4 s, %n item</numerusform>
            <numerusform>last run: #%1 %2, started %3, took %4 s, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>last run: never</source>
        <translation>last run: never</translation>
    </message>
    <message>
        <source>being run by %1 (lease until %2)</source>
        <translation>being run by %1 (lease until %2)</translation>
    </message>
    <message>
        <source>Campaign processing is halted until all five workflows are started.</source>
        <translation>Campaign processing is halted until all five workflows are started.</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 succeeded in %3 ms: %n item(s)</source>
        <translation>
            <numerusform>%1: run %2 succeeded in %3 ms: %n item</numerusform>
            <numerusform>%1: run %2 succeeded in %3 ms: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>campagnactl: %1: run %2 %3: %4</source>
        <translation>campagnactl: %1: run %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Serving %1; the scheduler runs due workflows. Stop with Ctrl+C.</source>
        <translation>Serving %1; the scheduler runs due workflows. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped cleanly.</source>
        <translation>Stopped cleanly.</translation>
    </message>
    <message>
        <source>Usage: campagnactl log --purge-before DATE</source>
        <translation>Usage: campagnactl log --purge-before DATE</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: write 2027-01-15 or 2027-01-15T09:00:00Z.</source>
        <translation>Invalid date &quot;%1&quot;: write 2027-01-15 or 2027-01-15T09:00:00Z.</translation>
    </message>
    <message>
        <source>Purge the journal</source>
        <translation>Purge the journal</translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) deleted.</source>
        <translation>
            <numerusform>%n journal line deleted.</numerusform>
            <numerusform>%n journal lines deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: campagnactl log WORKFLOW [--run ID] [--limit N] or campagnactl log --purge-before DATE</source>
        <translation>Usage: campagnactl log WORKFLOW [--run ID] [--limit N] or campagnactl log --purge-before DATE</translation>
    </message>
    <message>
        <source>Invalid --run &quot;%1&quot;: give a run number.</source>
        <translation>Invalid --run &quot;%1&quot;: give a run number.</translation>
    </message>
    <message>
        <source>Invalid --limit &quot;%1&quot;: give a positive number.</source>
        <translation>Invalid --limit &quot;%1&quot;: give a positive number.</translation>
    </message>
    <message>
        <source>There is no run %1 of %2.</source>
        <translation>There is no run %1 of %2.</translation>
    </message>
    <message>
        <source>The journal of %1 is empty.</source>
        <translation>The journal of %1 is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 %3 (%4 ms, %n item(s)) %5</source>
        <translation>
            <numerusform>%1: run %2 %3 (%4 ms, %n item) %5</numerusform>
            <numerusform>%1: run %2 %3 (%4 ms, %n items) %5</numerusform>
        </translation>
    </message>
    <message>
        <source>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve | log WORKFLOW | delivery submit ID</source>
        <translation>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve | log WORKFLOW | delivery submit ID</translation>
    </message>
    <message>
        <source>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</source>
        <translation>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</source>
        <translation>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery submit ID</source>
        <translation>Usage: campagnactl delivery submit ID</translation>
    </message>
    <message>
        <source>Invalid delivery &quot;%1&quot;: give its number.</source>
        <translation>Invalid delivery &quot;%1&quot;: give its number.</translation>
    </message>
    <message>
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Database</name>
    <message>
        <source>Cannot open the SQLite database %1: the folder %2 does not exist.</source>
        <translation>Cannot open the SQLite database %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: it is a folder.</source>
        <translation>Cannot open the SQLite database %1: it is a folder.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>The Qt SQL driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Cannot open the SQLite database %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for user &quot;%1&quot; on %2. Set PGPASSWORD or ~/.pgpass, or enter the password when asked. (%3)</source>
        <translation>PostgreSQL refused the password for user &quot;%1&quot; on %2. Set PGPASSWORD or ~/.pgpass, or enter the password when asked. (%3)</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Cannot connect to the PostgreSQL database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Campagna database (not an SQLite file: %2).</source>
        <translation>%1 is not a Campagna database (not an SQLite file: %2).</translation>
    </message>
    <message>
        <source>Cannot set up the session on %1: %2</source>
        <translation>Cannot set up the session on %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::db::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names a host (&quot;%2&quot;); SQLite files are local: use sqlite:/path/to/file.sqlite.</source>
        <translation>The SQLite URL &quot;%1&quot; names a host (&quot;%2&quot;); SQLite files are local: use sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file: use sqlite:/path/to/file.sqlite.</source>
        <translation>The SQLite URL &quot;%1&quot; names no file: use sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; has parameters; SQLite URLs take a file path only.</source>
        <translation>The SQLite URL &quot;%1&quot; has parameters; SQLite URLs take a file path only.</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is malformed (check the host, the port and the escaping of special characters).</source>
        <translation>The PostgreSQL URL &quot;%1&quot; is malformed (check the host, the port and the escaping of special characters).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has a path &quot;%2&quot;; it should name one database.</source>
        <translation>The PostgreSQL URL &quot;%1&quot; has a path &quot;%2&quot;; it should name one database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port &quot;%2&quot;.</source>
        <translation>The PostgreSQL URL &quot;%1&quot; has an invalid port &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an unknown parameter &quot;%2&quot;.</source>
        <translation>The PostgreSQL URL &quot;%1&quot; has an unknown parameter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid sslmode &quot;%1&quot;; expected one of %2.</source>
        <translation>The PostgreSQL URL has an invalid sslmode &quot;%1&quot;; expected one of %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port.</source>
        <translation>The PostgreSQL URL &quot;%1&quot; has an invalid port.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Migrator</name>
    <message>
        <source>The program carries no schema migrations.</source>
        <translation>The program carries no schema migrations.</translation>
    </message>
    <message>
        <source>The database schema is version %1, newer than this program understands (%2). Use a newer Campagna.</source>
        <translation>The database schema is version %1, newer than this program understands (%2). Use a newer Campagna.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 failed: %2</translation>
    </message>
    <message>
        <source>The database has no Campagna schema yet: run &quot;campagnactl init&quot; first.</source>
        <translation>The database has no Campagna schema yet: run &quot;campagnactl init&quot; first.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>campagna::db::WriteTransaction</name>
    <message>
        <source>No transaction to commit.</source>
        <translation>No transaction to commit.</translation>
    </message>
</context>
<context>
    <name>campagna::demo::DemoGenerator</name>
    <message>
        <source>The demo scale must be between 1 and %1, not %2.</source>
        <translation>The demo scale must be between 1 and %1, not %2.</translation>
    </message>
    <message>
        <source>The database is not empty: table &quot;%1&quot; already has rows. The demo data can only be loaded into an empty database.</source>
        <translation>The database is not empty: table &quot;%1&quot; already has rows. The demo data can only be loaded into an empty database.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::RunContext</name>
    <message>
        <source>Run %1 of %2 lost its lease (another runner took the workflow over); it stops without writing anything more.</source>
        <translation>Run %1 of %2 lost its lease (another runner took the workflow over); it stops without writing anything more.</translation>
    </message>
    <message>
        <source>Run %1 of %2 has lost its lease.</source>
        <translation>Run %1 of %2 has lost its lease.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation>Step &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>The run was cancelled.</translation>
    </message>
    <message>
        <source>The workflow was stopped while it ran.</source>
        <translation>The workflow was stopped while it ran.</translation>
    </message>
    <message>
        <source>The workflow was paused while it ran; it stopped after its current unit of work.</source>
        <translation>The workflow was paused while it ran; it stopped after its current unit of work.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::Schedule</name>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the interval must be greater than zero.</source>
        <translation>Invalid schedule &quot;%1&quot;: the interval must be greater than zero.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the shortest interval is one minute.</source>
        <translation>Invalid schedule &quot;%1&quot;: the shortest interval is one minute.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: %2 is not a time of day.</source>
        <translation>Invalid schedule &quot;%1&quot;: %2 is not a time of day.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: write &quot;every 15m&quot; (s, m, h or d), &quot;daily 09:00&quot;, or &quot;manual&quot;.</source>
        <translation>Invalid schedule &quot;%1&quot;: write &quot;every 15m&quot; (s, m, h or d), &quot;daily 09:00&quot;, or &quot;manual&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::UnavailableWorkflow</name>
    <message>
        <source>The %1 workflow is not available yet in this version of Campagna: its processing has not been built, so nothing was done.</source>
        <translation>The %1 workflow is not available yet in this version of Campagna: its processing has not been built, so nothing was done.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::WorkflowEngine</name>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pause %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>Change the schedule of %1</source>
        <translation>Change the schedule of %1</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Unknown workflow &quot;%1&quot;. The workflows are: %2.</translation>
    </message>
    <message>
        <source>The engine is shutting down.</source>
        <translation>The engine is shutting down.</translation>
    </message>
    <message>
        <source>%1 is already running in this process.</source>
        <translation>%1 is already running in this process.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;: the database has no row for it (run &quot;campagnactl init&quot;).</source>
        <translation>Unknown workflow &quot;%1&quot;: the database has no row for it (run &quot;campagnactl init&quot;).</translation>
    </message>
    <message>
        <source>The workflow row disappeared.</source>
        <translation>The workflow row disappeared.</translation>
    </message>
    <message>
        <source>The run was lost: its runner stopped renewing the lease (crashed, killed or cut off).</source>
        <translation>The run was lost: its runner stopped renewing the lease (crashed, killed or cut off).</translation>
    </message>
    <message>
        <source>The run could not be recorded.</source>
        <translation>The run could not be recorded.</translation>
    </message>
    <message>
        <source>%1 is being run by %2; it was not started again.</source>
        <translation>%1 is being run by %2; it was not started again.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <source>Internal error (unknown exception).</source>
        <translation>Internal error (unknown exception).</translation>
    </message>
    <message>
        <source>The run lost its lease before it could record its end.</source>
        <translation>The run lost its lease before it could record its end.</translation>
    </message>
    <message>
        <source>%1 was paused after this failure (on_error = pause); start it again once the cause is fixed.</source>
        <translation>%1 was paused after this failure (on_error = pause); start it again once the cause is fixed.</translation>
    </message>
    <message>
        <source>Campagna: the workflow %1 failed</source>
        <translation>Campagna: the workflow %1 failed</translation>
    </message>
    <message>
        <source>Run %1 of the workflow %2 failed at %3 (UTC).

Cause: %4

What to do: read the run&apos;s journal in the console (Workflows page) or with &quot;campagnactl log %2 --run %1&quot;, fix the cause, then start the workflow again.</source>
        <translation>Run %1 of the workflow %2 failed at %3 (UTC).

Cause: %4

What to do: read the run&apos;s journal in the console (Workflows page) or with &quot;campagnactl log %2 --run %1&quot;, fix the cause, then start the workflow again.</translation>
    </message>
    <message>
        <source>No supervisor was told of this failure: the operator group &quot;workflow-supervisors&quot; has no members.</source>
        <translation>No supervisor was told of this failure: the operator group &quot;workflow-supervisors&quot; has no members.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::WorkflowStore</name>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Unknown workflow &quot;%1&quot;. The workflows are: %2.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::DeliverySubmission</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are submitted, not the template.</source>
        <translation>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are submitted, not the template.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery being edited, or one waiting for validation with a rejected approval, can be submitted.</source>
        <translation>The delivery %1 &quot;%2&quot; is %3: only a delivery being edited, or one waiting for validation with a rejected approval, can be submitted.</translation>
    </message>
    <message>
        <source>The targeting job could not be queued.</source>
        <translation>The targeting job could not be queued.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::ExtractionJob</name>
    <message>
        <source>The delivery %1 does not exist any more.</source>
        <translation>The delivery %1 does not exist any more.</translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer extraction_pending: nothing was extracted.</source>
        <translation>The delivery %1 is %2, no longer extraction_pending: nothing was extracted.</translation>
    </message>
    <message>
        <source>The direct-mail delivery %1 has no service provider&apos;s service: its file has no name pattern and no provider to go to. Choose a service for the delivery.</source>
        <translation>The direct-mail delivery %1 has no service provider&apos;s service: its file has no name pattern and no provider to go to. Choose a service for the delivery.</translation>
    </message>
    <message>
        <source>The extraction file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</source>
        <translation>The extraction file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</translation>
    </message>
    <message>
        <source>The file %1 is already the extraction file of the delivery %2: the service&apos;s pattern &quot;%3&quot; gives the same name to both. Add {delivery_id} to the pattern.</source>
        <translation>The file %1 is already the extraction file of the delivery %2: the service&apos;s pattern &quot;%3&quot; gives the same name to both. Add {delivery_id} to the pattern.</translation>
    </message>
    <message>
        <source>The file %1 is being written for another delivery by this run; the extraction is tried again on the next run.</source>
        <translation>The file %1 is being written for another delivery by this run; the extraction is tried again on the next run.</translation>
    </message>
    <message>
        <source>Cannot create the extraction folder %1.</source>
        <translation>Cannot create the extraction folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the extraction file %1: %2</source>
        <translation>Cannot write the extraction file %1: %2</translation>
    </message>
    <message>
        <source>The extraction of the delivery %1 was cancelled.</source>
        <translation>The extraction of the delivery %1 was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>File %1 extracted: %n record(s).</source>
        <translation>
            <numerusform>File %1 extracted: %n record.</numerusform>
            <numerusform>File %1 extracted: %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::operation::OperationWorkflow</name>
    <message numerus="yes">
        <source>%n extraction job(s) requested.</source>
        <translation>
            <numerusform>%n extraction job requested.</numerusform>
            <numerusform>%n extraction jobs requested.</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting operation.max_concurrent_jobs is &quot;%1&quot;, not a whole number of 1 or more: %2 jobs at a time are run instead.</source>
        <translation>The setting operation.max_concurrent_jobs is &quot;%1&quot;, not a whole number of 1 or more: %2 jobs at a time are run instead.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left running by an interrupted run are pending again.</source>
        <translation>
            <numerusform>%n job left running by an interrupted run are pending again.</numerusform>
            <numerusform>%n jobs left running by an interrupted run are pending again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error in job %1: %2</source>
        <translation>Internal error in job %1: %2</translation>
    </message>
    <message>
        <source>Internal error in job %1 (unknown exception).</source>
        <translation>Internal error in job %1 (unknown exception).</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>The run was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run: %1 succeeded, %2 to be retried, %3 failed; %4 target(s) selected, %5 row(s) extracted.</source>
        <translation>
            <numerusform>%n job run: %1 succeeded, %2 to be retried, %3 failed; %4 target selected, %5 row extracted.</numerusform>
            <numerusform>%n jobs run: %1 succeeded, %2 to be retried, %3 failed; %4 targets selected, %5 rows extracted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 targeted: %2 matching, %3 to send; now %4.</source>
        <translation>Delivery %1 targeted: %2 matching, %3 to send; now %4.</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 extracted to %2: %n record(s); now %3.</source>
        <translation>
            <numerusform>Delivery %1 extracted to %2: %n record; now %3.</numerusform>
            <numerusform>Delivery %1 extracted to %2: %n records; now %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>Unknown job kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed, attempt %4 of %5; it will be tried again on the next run: %6</source>
        <translation>Job %1 (%2) of the delivery %3 failed, attempt %4 of %5; it will be tried again on the next run: %6</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 was closed without effect: %4</source>
        <translation>Job %1 (%2) of the delivery %3 was closed without effect: %4</translation>
    </message>
    <message>
        <source>Targeting failed: %1</source>
        <translation>Targeting failed: %1</translation>
    </message>
    <message>
        <source>Extraction failed: %1</source>
        <translation>Extraction failed: %1</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed after %4 attempts: %5</source>
        <translation>Job %1 (%2) of the delivery %3 failed after %4 attempts: %5</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed: %4</source>
        <translation>Job %1 (%2) of the delivery %3 failed: %4</translation>
    </message>
</context>
<context>
    <name>campagna::operation::ScheduleInstantiator</name>
    <message>
        <source>No campaign was made for the schedule line %1 of the periodic campaign &quot;%2&quot;.</source>
        <translation>No campaign was made for the schedule line %1 of the periodic campaign &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The schedule line %1 of the periodic campaign &quot;%2&quot; already has its campaign (%3); nothing was created for it again.</source>
        <translation>The schedule line %1 of the periodic campaign &quot;%2&quot; already has its campaign (%3); nothing was created for it again.</translation>
    </message>
    <message>
        <source>The periodic campaign &quot;%1&quot; has no start date, so no date can be shifted from it: in &quot;%2&quot;, %3 have no dates and %4 were not copied.</source>
        <translation>The periodic campaign &quot;%1&quot; has no start date, so no date can be shifted from it: in &quot;%2&quot;, %3 have no dates and %4 were not copied.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) and task(s)</source>
        <translation>
            <numerusform>%n delivery and task</numerusform>
            <numerusform>%n deliveries and tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absolute reminder rule(s)</source>
        <translation>
            <numerusform>%n absolute reminder rule</numerusform>
            <numerusform>%n absolute reminder rules</numerusform>
        </translation>
    </message>
    <message>
        <source>The recurring campaign &quot;%1&quot; has no template delivery: its schedule line %2 (%3) created nothing.</source>
        <translation>The recurring campaign &quot;%1&quot; has no template delivery: its schedule line %2 (%3) created nothing.</translation>
    </message>
    <message>
        <source>Periodic campaign &quot;%1&quot;, schedule line %2 (%3): created the campaign &quot;%4&quot; with %5, %6, %7, %8 and %9.</source>
        <translation>Periodic campaign &quot;%1&quot;, schedule line %2 (%3): created the campaign &quot;%4&quot; with %5, %6, %7, %8 and %9.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost choice(s)</source>
        <translation>
            <numerusform>%n cost choice</numerusform>
            <numerusform>%n cost choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required approval(s)</source>
        <translation>
            <numerusform>%n required approval</numerusform>
            <numerusform>%n required approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder rule(s)</source>
        <translation>
            <numerusform>%n reminder rule</numerusform>
            <numerusform>%n reminder rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring campaign &quot;%1&quot;, schedule line %2 (%3): created %4 with %5.</source>
        <translation>Recurring campaign &quot;%1&quot;, schedule line %2 (%3): created %4 with %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) submitted for targeting.</source>
        <translation>
            <numerusform>%n delivery submitted for targeting.</numerusform>
            <numerusform>%n deliveries submitted for targeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring and periodic campaigns: %1 instantiated, %2 and %3 created, %4 submitted for targeting.</source>
        <translation>Recurring and periodic campaigns: %1 instantiated, %2 and %3 created, %4 submitted for targeting.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule line(s)</source>
        <translation>
            <numerusform>%n schedule line</numerusform>
            <numerusform>%n schedule lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::operation::TargetExpression</name>
    <message>
        <source>%1: expected &quot;and&quot;, &quot;or&quot; or the end of the text, found %2.</source>
        <translation>%1: expected &quot;and&quot;, &quot;or&quot; or the end of the text, found %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Line %1, column %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>the end of the text</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the string that starts here is not closed: expected a closing quote (&apos;) before the end of the text.</source>
        <translation>%1: the string that starts here is not closed: expected a closing quote (&apos;) before the end of the text.</translation>
    </message>
    <message>
        <source>%1: a string cannot contain the character U+0000.</source>
        <translation>%1: a string cannot contain the character U+0000.</translation>
    </message>
    <message>
        <source>%1: invalid number &quot;%2&quot;.</source>
        <translation>%1: invalid number &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (%3 to %4).</source>
        <translation>%1: the number %2 is out of range (%3 to %4).</translation>
    </message>
    <message>
        <source>%1: unexpected character &quot;!&quot;: the operator is &quot;!=&quot;.</source>
        <translation>%1: unexpected character &quot;!&quot;: the operator is &quot;!=&quot;.</translation>
    </message>
    <message>
        <source>%1: expected a digit after &quot;-&quot;, found %2.</source>
        <translation>%1: expected a digit after &quot;-&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: unexpected character %2.</source>
        <translation>%1: unexpected character %2.</translation>
    </message>
    <message>
        <source>%1: the expression is nested too deeply (at most %2 levels of parentheses and &quot;not&quot;).</source>
        <translation>%1: the expression is nested too deeply (at most %2 levels of parentheses and &quot;not&quot;).</translation>
    </message>
    <message>
        <source>%1: expected &quot;)&quot; to close the &quot;(&quot; of %2, found %3.</source>
        <translation>%1: expected &quot;)&quot; to close the &quot;(&quot; of %2, found %3.</translation>
    </message>
    <message>
        <source>%1: expected a field name, &quot;not&quot; or &quot;(&quot;, found %2.</source>
        <translation>%1: expected a field name, &quot;not&quot; or &quot;(&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: expected a field name, &quot;not&quot; or &quot;(&quot; after &quot;%2&quot;, found %3.</source>
        <translation>%1: expected a field name, &quot;not&quot; or &quot;(&quot; after &quot;%2&quot;, found %3.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (field names are lower case); the fields are: %3.</source>
        <translation>%1: unknown field &quot;%2&quot; (field names are lower case); the fields are: %3.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are: %3.</source>
        <translation>%1: unknown field &quot;%2&quot;; the fields are: %3.</translation>
    </message>
    <message>
        <source>%1: expected &quot;(&quot; after &quot;in&quot;, found %2.</source>
        <translation>%1: expected &quot;(&quot; after &quot;in&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: the list after &quot;in&quot; is empty: expected at least one value.</source>
        <translation>%1: the list after &quot;in&quot; is empty: expected at least one value.</translation>
    </message>
    <message>
        <source>%1: expected &quot;,&quot; or &quot;)&quot; in the list after &quot;in&quot;, found %2.</source>
        <translation>%1: expected &quot;,&quot; or &quot;)&quot; in the list after &quot;in&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: &quot;like&quot; applies to text fields only, and &quot;%2&quot; is not one.</source>
        <translation>%1: &quot;like&quot; applies to text fields only, and &quot;%2&quot; is not one.</translation>
    </message>
    <message>
        <source>%1: expected a pattern in single quotes after &quot;like&quot;, found %2.</source>
        <translation>%1: expected a pattern in single quotes after &quot;like&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: expected &quot;null&quot; after &quot;is not&quot;, found %2.</source>
        <translation>%1: expected &quot;null&quot; after &quot;is not&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: expected &quot;null&quot; or &quot;not null&quot; after &quot;is&quot;, found %2.</source>
        <translation>%1: expected &quot;null&quot; or &quot;not null&quot; after &quot;is&quot;, found %2.</translation>
    </message>
    <message>
        <source>%1: only flag fields (%2) may stand alone; &quot;%3&quot; needs an operator after it, found %4.</source>
        <translation>%1: only flag fields (%2) may stand alone; &quot;%3&quot; needs an operator after it, found %4.</translation>
    </message>
    <message>
        <source>%1: expected an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, is) after &quot;%2&quot;, found %3.</source>
        <translation>%1: expected an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, is) after &quot;%2&quot;, found %3.</translation>
    </message>
    <message>
        <source>%1: compare with null using &quot;is null&quot; or &quot;is not null&quot;.</source>
        <translation>%1: compare with null using &quot;is null&quot; or &quot;is not null&quot;.</translation>
    </message>
    <message>
        <source>%1: expected a value after &quot;%2&quot;, found %3.</source>
        <translation>%1: expected a value after &quot;%2&quot;, found %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a text field: expected a text in single quotes, found %3.</source>
        <translation>%1: &quot;%2&quot; is a text field: expected a text in single quotes, found %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an integer field: expected an integer, found %3.</source>
        <translation>%1: &quot;%2&quot; is an integer field: expected an integer, found %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a flag: expected true, false, 0 or 1, found %3.</source>
        <translation>%1: &quot;%2&quot; is a flag: expected true, false, 0 or 1, found %3.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::TargetingJob</name>
    <message>
        <source>The delivery %1 does not exist any more.</source>
        <translation>The delivery %1 does not exist any more.</translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer targeting_pending: nothing was targeted.</source>
        <translation>The delivery %1 is %2, no longer targeting_pending: nothing was targeted.</translation>
    </message>
    <message>
        <source>The delivery %1 has an unknown channel &quot;%2&quot;.</source>
        <translation>The delivery %1 has an unknown channel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Targeting done: %1 matching, %2 to send.</source>
        <translation>Targeting done: %1 matching, %2 to send.</translation>
    </message>
</context>
<context>
    <name>campagna::people::ActorResolver</name>
    <message>
        <source>There is no operator named &quot;%1&quot;.</source>
        <translation>There is no operator named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot tell which database user this is.</source>
        <translation>Cannot tell which database user this is.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may act only as the operator &quot;%1&quot;, not as &quot;%2&quot;; only a superuser or the database owner may act as another operator.</source>
        <translation>The database user &quot;%1&quot; may act only as the operator &quot;%1&quot;, not as &quot;%2&quot;; only a superuser or the database owner may act as another operator.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; has no operator: ask an administrator to create the operator &quot;%1&quot;.</source>
        <translation>The database user &quot;%1&quot; has no operator: ask an administrator to create the operator &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: only administrators may do this, and &quot;%2&quot; is not one.</source>
        <translation>%1: only administrators may do this, and &quot;%2&quot; is not one.</translation>
    </message>
    <message>
        <source>%1: only administrators may do this, and &quot;%2&quot; is not one. Ask one of: %3.</source>
        <translation>%1: only administrators may do this, and &quot;%2&quot; is not one. Ask one of: %3.</translation>
    </message>
</context>
<context>
    <name>campagna::stock::StockWorkflow</name>
    <message numerus="yes">
        <source>%n stock order(s) due by now received.</source>
        <translation>
            <numerusform>%n stock order due by now received.</numerusform>
            <numerusform>%n stock orders due by now received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock consumption: %n row(s) inserted; rows updated: %1; rows deleted: %2.</source>
        <translation>
            <numerusform>Stock consumption: %n row inserted; rows updated: %1; rows deleted: %2.</numerusform>
            <numerusform>Stock consumption: %n rows inserted; rows updated: %1; rows deleted: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock levels: %n line(s) recalculated; lines ok: %1, in alert: %2, insufficient: %3.</source>
        <translation>
            <numerusform>Stock levels: %n line recalculated; lines ok: %1, in alert: %2, insufficient: %3.</numerusform>
            <numerusform>Stock levels: %n lines recalculated; lines ok: %1, in alert: %2, insufficient: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: in stock %3, forecast %4 (on order %5, planned %6).</source>
        <translation>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: in stock %3, forecast %4 (on order %5, planned %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n more insufficient stock line(s), not listed one by one.</source>
        <translation>
            <numerusform>%n more insufficient stock line, not listed one by one.</numerusform>
            <numerusform>%n more insufficient stock lines, not listed one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock alerts: %n alert(s) raised; alerts cleared: %1.</source>
        <translation>
            <numerusform>Stock alerts: %n alert raised; alerts cleared: %1.</numerusform>
            <numerusform>Stock alerts: %n alerts raised; alerts cleared: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock alert notification(s) queued.</source>
        <translation>
            <numerusform>%n stock alert notification queued.</numerusform>
            <numerusform>%n stock alert notifications queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock insufficient: %1 – %2</source>
        <translation>Stock insufficient: %1 – %2</translation>
    </message>
    <message>
        <source>Stock alert: %1 – %2 at or below its alert level</source>
        <translation>Stock alert: %1 – %2 at or below its alert level</translation>
    </message>
    <message>
        <source>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is insufficient: what is in stock and on order does not cover the deliveries that consume it or plan to.</source>
        <translation>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is insufficient: what is in stock and on order does not cover the deliveries that consume it or plan to.</translation>
    </message>
    <message>
        <source>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is at or below its alert level.</source>
        <translation>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is at or below its alert level.</translation>
    </message>
    <message>
        <source>In stock: %1
Forecast: %2
Alert level: %3</source>
        <translation>In stock: %1
Forecast: %2
Alert level: %3</translation>
    </message>
    <message>
        <source>What to do: confirm the proposed reorder in the Stocks page of the console, or order more.</source>
        <translation>What to do: confirm the proposed reorder in the Stocks page of the console, or order more.</translation>
    </message>
    <message numerus="yes">
        <source>Stock &quot;%1&quot; has %n open alert(s) but no alert group with members: nobody is told. Set its alert group.</source>
        <translation>
            <numerusform>Stock &quot;%1&quot; has %n open alert but no alert group with members: nobody is told. Set its alert group.</numerusform>
            <numerusform>Stock &quot;%1&quot; has %n open alerts but no alert group with members: nobody is told. Set its alert group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder proposal(s) created.</source>
        <translation>
            <numerusform>%n reorder proposal created.</numerusform>
            <numerusform>%n reorder proposals created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::MainWindow</name>
    <message>
        <source>Campagna – %1</source>
        <comment>window title: the database</comment>
        <translation>Campagna – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Campagna</source>
        <translation>&amp;About Campagna</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>The five workflows: start, pause, stop and run them, and watch them run.</source>
        <translation>The five workflows: start, pause, stop and run them, and watch them run.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Operator: %1 (administrator)</source>
        <translation>Operator: %1 (administrator)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Campagna %1&lt;/h3&gt;&lt;p&gt;The administration console of the five technical workflows of campaign processing: cost calculation, stock, deliveries, campaign jobs and service providers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Operator: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Campagna %1&lt;/h3&gt;&lt;p&gt;The administration console of the five technical workflows of campaign processing: cost calculation, stock, deliveries, campaign jobs and service providers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Operator: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Campagna</source>
        <translation>About Campagna</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>No workflow is running in this console; the scheduler runs started workflows when due.</source>
        <translation>No workflow is running in this console; the scheduler runs started workflows when due.</translation>
    </message>
    <message>
        <source>No workflow is running in this console.</source>
        <translation>No workflow is running in this console.</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) running</source>
        <translation>
            <numerusform>%n workflow running</numerusform>
            <numerusform>%n workflows running</numerusform>
        </translation>
    </message>
    <message>
        <source>Running in this console: %1</source>
        <translation>Running in this console: %1</translation>
    </message>
    <message>
        <source>Connection lost, retrying</source>
        <translation>Connection lost, retrying</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
</context>
<context>
    <name>campagna::ui::WorkflowTableModel</name>
    <message>
        <source>The scheduler runs it when it is due.</source>
        <translation>The scheduler runs it when it is due.</translation>
    </message>
    <message>
        <source>No new run starts; a running one finishes its current unit of work and stops.</source>
        <translation>No new run starts; a running one finishes its current unit of work and stops.</translation>
    </message>
    <message>
        <source>No run starts, and a running one is cancelled.</source>
        <translation>No run starts, and a running one is cancelled.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>A run failed and nobody has started the workflow since: %n consecutive failed run(s). Start clears the flag.</source>
        <translation>
            <numerusform>A run failed and nobody has started the workflow since: %n consecutive failed run. Start clears the flag.</numerusform>
            <numerusform>A run failed and nobody has started the workflow since: %n consecutive failed runs. Start clears the flag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Schedule: none (runs only when asked)</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Internal name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: the workflow&apos;s failed flag</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>Running since %1</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <comment>a running run: &apos;Running since ...&apos;, done, total</comment>
        <translation>%1: %L2 of %L3</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Never run</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>last run: status, start time, duration, items</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>This workflow has never run.</source>
        <translation>This workflow has never run.</translation>
    </message>
    <message>
        <source>run now</source>
        <translation>run now</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>scheduler</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>Run %1 (%2), requested by %3</source>
        <translation>Run %1 (%2), requested by %3</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>Run by: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the journal</source>
        <translation>
            <numerusform>%n warning in the journal</numerusform>
            <numerusform>%n warnings in the journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>Due since %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>campagna::ui::WorkflowsPage</name>
    <message>
        <source>The workflows could not be read from the database: %1</source>
        <translation>The workflows could not be read from the database: %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the selected workflow: the scheduler runs it when it is due. Also clears its failed flag.</source>
        <translation>Start the selected workflow: the scheduler runs it when it is due. Also clears its failed flag.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the selected workflow: no new run starts; a running one finishes its current unit of work.</source>
        <translation>Pause the selected workflow: no new run starts; a running one finishes its current unit of work.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop the selected workflow: no run starts, and a running one is cancelled.</source>
        <translation>Stop the selected workflow: no run starts, and a running one is cancelled.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Run now</translation>
    </message>
    <message>
        <source>Run the selected workflow once, now, whatever its state.</source>
        <translation>Run the selected workflow once, now, whatever its state.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>Cancel the run of the selected workflow in progress in this console.</source>
        <translation>Cancel the run of the selected workflow in progress in this console.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>Read the workflows from the database again.</source>
        <translation>Read the workflows from the database again.</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
    <message numerus="yes">
        <source>Campaign processing is halted: %1 not started. Nothing is targeted, approved, extracted, sent, costed or counted until all five workflows are started.</source>
        <translation>
            <numerusform>Campaign processing is halted: %1 not started. Nothing is targeted, approved, extracted, sent, costed or counted until all five workflows are started.</numerusform>
            <numerusform>Campaign processing is halted: %1 not started. Nothing is targeted, approved, extracted, sent, costed or counted until all five workflows are started.</numerusform>
        </translation>
    </message>
    <message>
        <source>No workflow selected</source>
        <translation>No workflow selected</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>workflow label, internal name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Schedule: none (runs only when asked)</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <source>Last run (%1): %2</source>
        <translation>Last run (%1): %2</translation>
    </message>
    <message>
        <source>Being run by %1 until %2</source>
        <translation>Being run by %1 until %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <comment>progress: done of total</comment>
        <translation>%L1 of %L2</translation>
    </message>
    <message>
        <source>Stop %1? Its run in progress is cancelled, no run starts until someone starts it again, and campaign processing stays halted meanwhile.</source>
        <translation>Stop %1? Its run in progress is cancelled, no run starts until someone starts it again, and campaign processing stays halted meanwhile.</translation>
    </message>
    <message>
        <source>Stop %1? No run starts until someone starts it again, and campaign processing stays halted meanwhile.</source>
        <translation>Stop %1? No run starts until someone starts it again, and campaign processing stays halted meanwhile.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>%1: run requested.</source>
        <translation>%1: run requested.</translation>
    </message>
    <message>
        <source>Cancelling the run of %1: it stops at its next checkpoint.</source>
        <translation>Cancelling the run of %1: it stops at its next checkpoint.</translation>
    </message>
    <message>
        <source>%1 started: the scheduler runs it when it is due.</source>
        <translation>%1 started: the scheduler runs it when it is due.</translation>
    </message>
    <message>
        <source>%1 paused.</source>
        <translation>%1 paused.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 stopped.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 could not be paused: %2</source>
        <translation>%1 could not be paused: %2</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 could not be stopped: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: run %2 succeeded (%3, %4).</source>
        <translation>%1: run %2 succeeded (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 succeeded with %n warning(s) (%3, %4); see the journal.</source>
        <translation>
            <numerusform>%1: run %2 succeeded with %n warning (%3, %4); see the journal.</numerusform>
            <numerusform>%1: run %2 succeeded with %n warnings (%3, %4); see the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: run %2 was cancelled.</source>
        <translation>%1: run %2 was cancelled.</translation>
    </message>
    <message>
        <source>%1: run %2 lost its lease and stopped without recording its end: %3</source>
        <translation>%1: run %2 lost its lease and stopped without recording its end: %3</translation>
    </message>
    <message>
        <source>%1: run %2 failed: %3</source>
        <translation>%1: run %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 was not run: it is being run by %2.</source>
        <translation>%1 was not run: it is being run by %2.</translation>
    </message>
    <message>
        <source>%1 was not run: %2</source>
        <translation>%1 was not run: %2</translation>
    </message>
</context>
</TS>
