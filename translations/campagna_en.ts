<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PageToolbar</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>Export c&amp;hart…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
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
    <message>
        <source>campagna: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>campagna: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>campagna: warning: %1</source>
        <translation>campagna: warning: %1</translation>
    </message>
</context>
<context>
    <name>campagna::FilesRoot</name>
    <message>
        <source>the environment variable %1</source>
        <translation>the environment variable %1</translation>
    </message>
    <message>
        <source>the key %1 of %2</source>
        <translation>the key %1 of %2</translation>
    </message>
    <message>
        <source>the default (set %1 or the key %2 of the local settings to change it)</source>
        <translation>the default (set %1 or the key %2 of the local settings to change it)</translation>
    </message>
    <message>
        <source>Cannot create the files root %1 (from %2): %3</source>
        <translation>Cannot create the files root %1 (from %2): %3</translation>
    </message>
    <message>
        <source>The files root %1 (from %2) is not a folder.</source>
        <translation>The files root %1 (from %2) is not a folder.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; of %2 is outside the files root %3 (set by %4). Give a folder relative to the files root, or one inside it.</source>
        <translation>The folder &quot;%1&quot; of %2 is outside the files root %3 (set by %4). Give a folder relative to the files root, or one inside it.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 of %2: %3</source>
        <translation>Cannot create the folder %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 of %2: %3 is not a folder.</source>
        <translation>Cannot create the folder %1 of %2: %3 is not a folder.</translation>
    </message>
    <message>
        <source>the setting extraction.dir</source>
        <translation>the setting extraction.dir</translation>
    </message>
</context>
<context>
    <name>campagna::SecureFile</name>
    <message>
        <source>%1 is a symbolic link, not a regular file: it is not read.</source>
        <translation>%1 is a symbolic link, not a regular file: it is not read.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not read.</source>
        <translation>%1 is not a regular file: it is not read.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the limit of %3 bytes: it is not read.</source>
        <translation>%1 has %2 bytes, more than the limit of %3 bytes: it is not read.</translation>
    </message>
</context>
<context>
    <name>campagna::SecureSaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a folder has that name.</source>
        <translation>Cannot write %1: a folder has that name.</translation>
    </message>
</context>
<context>
    <name>campagna::audit::AuditQuery</name>
    <message>
        <source>Unknown action &quot;%1&quot;. The actions are: %2.</source>
        <translation>Unknown action &quot;%1&quot;. The actions are: %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Object kind</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>campagna::budget::BudgetQuery</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Charge date</source>
        <translation>Charge date</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Delivery or task</source>
        <translation>Delivery or task</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cost type</source>
        <translation>Cost type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>There is no budget %1.</source>
        <translation>There is no budget %1.</translation>
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
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</translation>
    </message>
    <message>
        <source>approval decide: the operator deciding (as --as).</source>
        <translation>approval decide: the operator deciding (as --as).</translation>
    </message>
    <message>
        <source>approval decide: a comment on the decision.</source>
        <translation>approval decide: a comment on the decision.</translation>
    </message>
    <message>
        <source>delivery finish: the number of messages sent.</source>
        <translation>delivery finish: the number of messages sent.</translation>
    </message>
    <message>
        <source>--as %1 and --by %2 name two operators; give one.</source>
        <translation>--as %1 and --by %2 name two operators; give one.</translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: give its number.</source>
        <translation>Invalid %1 &quot;%2&quot;: give its number.</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery submit ID | delivery confirm ID | delivery finish ID --sent N</source>
        <translation>Usage: campagnactl delivery submit ID | delivery confirm ID | delivery finish ID --sent N</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery finish ID --sent N (N: the number of messages sent).</source>
        <translation>Usage: campagnactl delivery finish ID --sent N (N: the number of messages sent).</translation>
    </message>
    <message>
        <source>Delivery %1: %2 → %3.</source>
        <translation>Delivery %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Usage: campagnactl approval decide ID approve|reject --by OPERATOR [--comment TEXT]</source>
        <translation>Usage: campagnactl approval decide ID approve|reject --by OPERATOR [--comment TEXT]</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 approved by %3.</source>
        <translation>Approval %1 of the delivery %2 approved by %3.</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 rejected by %3.</source>
        <translation>Approval %1 of the delivery %2 rejected by %3.</translation>
    </message>
    <message>
        <source>Usage: campagnactl diagnose DELIVERY_ID</source>
        <translation>Usage: campagnactl diagnose DELIVERY_ID</translation>
    </message>
    <message>
        <source>Delivery %1 (%2) is stalled.</source>
        <translation>Delivery %1 (%2) is stalled.</translation>
    </message>
    <message>
        <source>Delivery %1 (%2) is not stalled.</source>
        <translation>Delivery %1 (%2) is not stalled.</translation>
    </message>
    <message>
        <source>serve: one scheduler pass, then exit.</source>
        <translation>serve: one scheduler pass, then exit.</translation>
    </message>
    <message>
        <source>operator add|set: an administrator.</source>
        <translation>operator add|set: an administrator.</translation>
    </message>
    <message>
        <source>operator set: no longer an administrator.</source>
        <translation>operator set: no longer an administrator.</translation>
    </message>
    <message>
        <source>operator add|set: a group of the operator (repeat it).</source>
        <translation>operator add|set: a group of the operator (repeat it).</translation>
    </message>
    <message>
        <source>operator set: in no group.</source>
        <translation>operator set: in no group.</translation>
    </message>
    <message>
        <source>operator add|set: language of notifications, it or en.</source>
        <translation>operator add|set: language of notifications, it or en.</translation>
    </message>
    <message>
        <source>operator add|set: e-mail address (empty: none).</source>
        <translation>operator add|set: e-mail address (empty: none).</translation>
    </message>
    <message>
        <source>audit: actions from this date on.</source>
        <translation>audit: actions from this date on.</translation>
    </message>
    <message>
        <source>audit: actions of this operator.</source>
        <translation>audit: actions of this operator.</translation>
    </message>
    <message>
        <source>audit: actions of this kind (e.g. workflow.pause).</source>
        <translation>audit: actions of this kind (e.g. workflow.pause).</translation>
    </message>
    <message>
        <source>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve [--once] | log WORKFLOW | diagnose ID | delivery submit|confirm|finish ID | approval decide ID approve|reject | operator add|set|list|remove | audit</source>
        <translation>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve [--once] | log WORKFLOW | diagnose ID | delivery submit|confirm|finish ID | approval decide ID approve|reject | operator add|set|list|remove | audit</translation>
    </message>
    <message>
        <source>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</source>
        <translation>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</translation>
    </message>
    <message>
        <source>Usage: campagnactl serve [--once]</source>
        <translation>Usage: campagnactl serve [--once]</translation>
    </message>
    <message>
        <source>Usage: campagnactl audit [--since DATE] [--operator NAME] [--action ACTION] [--limit N]</source>
        <translation>Usage: campagnactl audit [--since DATE] [--operator NAME] [--action ACTION] [--limit N]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</source>
        <translation>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</translation>
    </message>
    <message>
        <source>--now: only administrators and the database&apos;s owner may fix the clock on PostgreSQL, and &quot;%1&quot; is neither.</source>
        <translation>--now: only administrators and the database&apos;s owner may fix the clock on PostgreSQL, and &quot;%1&quot; is neither.</translation>
    </message>
    <message>
        <source>Serve %1</source>
        <translation>Serve %1</translation>
    </message>
    <message numerus="yes">
        <source>One scheduler pass: %n due run(s)</source>
        <translation>
            <numerusform>One scheduler pass: %n due run(s)</numerusform>
            <numerusform>One scheduler pass: %n due run(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>--admin and --no-admin contradict each other; give one.</source>
        <translation>--admin and --no-admin contradict each other; give one.</translation>
    </message>
    <message>
        <source>--group and --no-groups contradict each other; give one.</source>
        <translation>--group and --no-groups contradict each other; give one.</translation>
    </message>
    <message>
        <source>--no-admin and --no-groups are for operator set.</source>
        <translation>--no-admin and --no-groups are for operator set.</translation>
    </message>
    <message>
        <source>Usage: campagnactl operator add NAME [--admin] [--group GROUP]... [--locale it|en] [--email E] | operator set NAME [--admin|--no-admin] [--group GROUP...|--no-groups] [--locale L] [--email E] | operator list | operator remove NAME</source>
        <translation>Usage: campagnactl operator add NAME [--admin] [--group GROUP]... [--locale it|en] [--email E] | operator set NAME [--admin|--no-admin] [--group GROUP...|--no-groups] [--locale L] [--email E] | operator list | operator remove NAME</translation>
    </message>
    <message>
        <source>operator set: say what to change (--admin, --no-admin, --group, --no-groups, --locale, --email).</source>
        <translation>operator set: say what to change (--admin, --no-admin, --group, --no-groups, --locale, --email).</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>Operator %1 added.</translation>
    </message>
    <message>
        <source>Operator %1 changed.</source>
        <translation>Operator %1 changed.</translation>
    </message>
    <message>
        <source>Operator %1 removed.</source>
        <translation>Operator %1 removed.</translation>
    </message>
    <message>
        <source>No audit event matches.</source>
        <translation>No audit event matches.</translation>
    </message>
    <message>
        <source>campagnactl: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>campagnactl: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>campagnactl: warning: %1</source>
        <translation>campagnactl: warning: %1</translation>
    </message>
    <message>
        <source>Campaign processing is halted until every workflow is started.</source>
        <translation>Campaign processing is halted until every workflow is started.</translation>
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
    <message>
        <source>the connection to the server was lost</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist; nothing was created. To create it, run: campagnactl --db &apos;%2&apos; init (or choose Create in the console&apos;s Open database dialog).</source>
        <translation>The SQLite database %1 does not exist; nothing was created. To create it, run: campagnactl --db &apos;%2&apos; init (or choose Create in the console&apos;s Open database dialog).</translation>
    </message>
    <message>
        <source>Cannot create the SQLite database %1: %2</source>
        <translation>Cannot create the SQLite database %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::db::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>The database URL has no scheme: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>The database URL has no scheme: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>Unsupported database URL scheme &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The SQLite URL names a host; SQLite files are local: use sqlite:/path/to/file.sqlite.</source>
        <translation>The SQLite URL names a host; SQLite files are local: use sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.sqlite.</source>
        <translation>The SQLite URL names no file: use sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL %1 has parameters; SQLite URLs take a file path only.</source>
        <translation>The SQLite URL %1 has parameters; SQLite URLs take a file path only.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an &quot;@&quot; or a &quot;#&quot; after its host: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23 (better, give the password in PGPASSWORD or ~/.pgpass).</source>
        <translation>The PostgreSQL URL has an &quot;@&quot; or a &quot;#&quot; after its host: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23 (better, give the password in PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed (check the host, the port and the escaping of special characters: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23).</source>
        <translation>The PostgreSQL URL is malformed (check the host, the port and the escaping of special characters: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has a path of several parts; it should name one database.</source>
        <translation>The PostgreSQL URL has a path of several parts; it should name one database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port parameter: give a number from 1 to 65535.</source>
        <translation>The PostgreSQL URL has an invalid port parameter: give a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s parameter &quot;%1&quot; has a value with a &apos;;&apos; or a control character, which cannot be passed to the server.</source>
        <translation>The PostgreSQL URL&apos;s parameter &quot;%1&quot; has a value with a &apos;;&apos; or a control character, which cannot be passed to the server.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid sslmode; expected one of %1.</source>
        <translation>The PostgreSQL URL has an invalid sslmode; expected one of %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s parameter &quot;%1&quot; is not accepted by Campagna; the accepted parameters are: %2.</source>
        <translation>The PostgreSQL URL&apos;s parameter &quot;%1&quot; is not accepted by Campagna; the accepted parameters are: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL spells the parameter &quot;%1&quot; otherwise (capitals, spaces): libpq reads only &quot;%1&quot;, exactly so.</source>
        <translation>The PostgreSQL URL spells the parameter &quot;%1&quot; otherwise (capitals, spaces): libpq reads only &quot;%1&quot;, exactly so.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unknown parameter (number %1 of its query); the accepted parameters are: %2.</source>
        <translation>The PostgreSQL URL has an unknown parameter (number %1 of its query); the accepted parameters are: %2.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored: it is not a plain file.</source>
        <translation>The password file %1 is ignored: it is not a plain file.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored: group or others may read or change it (as libpq, Campagna reads it only when it is private). Make it private with: chmod 0600 %1</source>
        <translation>The password file %1 is ignored: group or others may read or change it (as libpq, Campagna reads it only when it is private). Make it private with: chmod 0600 %1</translation>
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
    <message>
        <source>A figure is out of range: an amount or a quantity in the data is too large to compute with; correct it (%1, in: %2).</source>
        <translation>A figure is out of range: an amount or a quantity in the data is too large to compute with; correct it (%1, in: %2).</translation>
    </message>
    <message>
        <source>The database is busy: another connection has kept it locked for writing longer than the %1 s this program waits (%2, in: %3).</source>
        <translation>The database is busy: another connection has kept it locked for writing longer than the %1 s this program waits (%2, in: %3).</translation>
    </message>
    <message>
        <source>Refused by the database server: %1</source>
        <translation>Refused by the database server: %1</translation>
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
    <name>campagna::delivery::DeliveryActions</name>
    <message>
        <source>There is no approval %1.</source>
        <translation>There is no approval %1.</translation>
    </message>
    <message>
        <source>the campaign manager %1</source>
        <translation>the campaign manager %1</translation>
    </message>
    <message>
        <source>the members of the group &quot;%1&quot;</source>
        <translation>the members of the group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>there is none</translation>
    </message>
    <message>
        <source>Only administrators (%1) may decide the approval %2 (%3) of the delivery %4 &quot;%5&quot;: it has no reviewer; &quot;%6&quot; is not an administrator.</source>
        <translation>Only administrators (%1) may decide the approval %2 (%3) of the delivery %4 &quot;%5&quot;: it has no reviewer; &quot;%6&quot; is not an administrator.</translation>
    </message>
    <message>
        <source>Only the reviewers of the approval %1 (%2) of the delivery %3 &quot;%4&quot; (%5) and administrators (%6) may decide it; &quot;%7&quot; is neither.</source>
        <translation>Only the reviewers of the approval %1 (%2) of the delivery %3 &quot;%4&quot; (%5) and administrators (%6) may decide it; &quot;%7&quot; is neither.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>an administrator</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already approved by %5 at %6 (UTC): the first decision wins.</source>
        <translation>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already approved by %5 at %6 (UTC): the first decision wins.</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already rejected by %5 at %6 (UTC): the first decision wins.</source>
        <translation>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already rejected by %5 at %6 (UTC): the first decision wins.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) approved by %3.</source>
        <translation>Approval %1 (%2) approved by %3.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) rejected by %3.</source>
        <translation>Approval %1 (%2) rejected by %3.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) approved by %3: %4</source>
        <translation>Approval %1 (%2) approved by %3: %4</translation>
    </message>
    <message>
        <source>Approval %1 (%2) rejected by %3: %4</source>
        <translation>Approval %1 (%2) rejected by %3: %4</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may confirm the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Only the campaign&apos;s manager (%1) and administrators may confirm the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</translation>
    </message>
    <message>
        <source>Only administrators may confirm the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Only administrators may confirm the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are confirmed, not the template.</source>
        <translation>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are confirmed, not the template.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery waiting for confirmation (pending_confirmation) can be confirmed.</source>
        <translation>The delivery %1 &quot;%2&quot; is %3: only a delivery waiting for confirmation (pending_confirmation) can be confirmed.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; changed while it was being confirmed; try again.</source>
        <translation>The delivery %1 &quot;%2&quot; changed while it was being confirmed; try again.</translation>
    </message>
    <message>
        <source>Confirmed by %1.</source>
        <translation>Confirmed by %1.</translation>
    </message>
    <message>
        <source>The number of messages sent must be 0 or more, not %1.</source>
        <translation>The number of messages sent must be 0 or more, not %1.</translation>
    </message>
    <message>
        <source>%1 messages sent is not a plausible count.</source>
        <translation>%1 messages sent is not a plausible count.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may finish the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Only the campaign&apos;s manager (%1) and administrators may finish the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</translation>
    </message>
    <message>
        <source>Only administrators may finish the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Only administrators may finish the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are finished, not the template.</source>
        <translation>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are finished, not the template.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a direct-mail delivery: it is finished by its provider&apos;s post-processing (supplierMgt), not by hand.</source>
        <translation>The delivery %1 &quot;%2&quot; is a direct-mail delivery: it is finished by its provider&apos;s post-processing (supplierMgt), not by hand.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery in progress (in_progress) can be finished.</source>
        <translation>The delivery %1 &quot;%2&quot; is %3: only a delivery in progress (in_progress) can be finished.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery %1 &quot;%2&quot; had %n message(s) to send: %3 sent is more than that.</source>
        <translation>
            <numerusform>The delivery %1 &quot;%2&quot; had %n message to send: %3 sent is more than that.</numerusform>
            <numerusform>The delivery %1 &quot;%2&quot; had %n messages to send: %3 sent is more than that.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; changed while it was being finished; try again.</source>
        <translation>The delivery %1 &quot;%2&quot; changed while it was being finished; try again.</translation>
    </message>
    <message numerus="yes">
        <source>Finished by %1: %n message(s) sent.</source>
        <translation>
            <numerusform>Finished by %1: %n message sent.</numerusform>
            <numerusform>Finished by %1: %n messages sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DeliveryQuery</name>
    <message>
        <source>The search for stalled deliveries was cancelled.</source>
        <translation>The search for stalled deliveries was cancelled.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Contact date</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DeliverySubmission</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</translation>
    </message>
    <message>
        <source>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</translation>
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
    <name>campagna::delivery::DeliveryWorkflow</name>
    <message>
        <source>targeting</source>
        <translation>targeting</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>extraction</translation>
    </message>
    <message>
        <source>proof</source>
        <translation>proof</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>What to do: approve or reject it in the Deliveries page of the console, or with:
campagnactl approval decide %1 approve|reject --by %2</source>
        <translation>What to do: approve or reject it in the Deliveries page of the console, or with:
campagnactl approval decide %1 approve|reject --by %2</translation>
    </message>
    <message>
        <source>Approval requested (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</source>
        <translation>Approval requested (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; of the campaign &quot;%3&quot; is waiting for your approval (%4, approval %5).
Deadline: %6 (UTC).</source>
        <translation>The delivery %1 &quot;%2&quot; of the campaign &quot;%3&quot; is waiting for your approval (%4, approval %5).
Deadline: %6 (UTC).</translation>
    </message>
    <message>
        <source>Reminder: approval (%1) of the delivery &quot;%2&quot; due by %3</source>
        <translation>Reminder: approval (%1) of the delivery &quot;%2&quot; due by %3</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; is still waiting for your decision.
Deadline: %6 (UTC).</source>
        <translation>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; is still waiting for your decision.
Deadline: %6 (UTC).</translation>
    </message>
    <message>
        <source>Approval overdue (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</source>
        <translation>Approval overdue (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; passed its deadline, %6 (UTC), without a decision. Reviewers: %7.</source>
        <translation>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; passed its deadline, %6 (UTC), without a decision. Reviewers: %7.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>What to do: remind the reviewers, or have an administrator decide, in the Deliveries page of the console or with:
campagnactl approval decide %1 approve|reject --by NAME</source>
        <translation>What to do: remind the reviewers, or have an administrator decide, in the Deliveries page of the console or with:
campagnactl approval decide %1 approve|reject --by NAME</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; has nobody to ask: no reviewer operator, no reviewer group member who is not an administrator, and no campaign manager.</source>
        <translation>The approval %1 (%2) of the delivery %3 &quot;%4&quot; has nobody to ask: no reviewer operator, no reviewer group member who is not an administrator, and no campaign manager.</translation>
    </message>
    <message numerus="yes">
        <source>%n more approval(s) have nobody to ask.</source>
        <translation>
            <numerusform>%n more approval have nobody to ask.</numerusform>
            <numerusform>%n more approvals have nobody to ask.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval requested from the reviewers; approvals asked for: %1.</source>
        <translation>Approval requested from the reviewers; approvals asked for: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) requested; notifications queued: %1.</source>
        <translation>
            <numerusform>%n approval requested; notifications queued: %1.</numerusform>
            <numerusform>%n approvals requested; notifications queued: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued; approvals whose reminder count changed: %1.</source>
        <translation>
            <numerusform>%n reminder queued; approvals whose reminder count changed: %1.</numerusform>
            <numerusform>%n reminders queued; approvals whose reminder count changed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals past their deadline without a decision: %1.</source>
        <translation>Approvals past their deadline without a decision: %1.</translation>
    </message>
    <message>
        <source>The approval %1 of the delivery %2 &quot;%3&quot; is overdue and its campaign has no manager to tell.</source>
        <translation>The approval %1 of the delivery %2 &quot;%3&quot; is overdue and its campaign has no manager to tell.</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue approval(s) have no manager to tell.</source>
        <translation>
            <numerusform>%n more overdue approval have no manager to tell.</numerusform>
            <numerusform>%n more overdue approvals have no manager to tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue notice(s) queued; deliveries newly overdue: %1.</source>
        <translation>
            <numerusform>%n overdue notice queued; deliveries newly overdue: %1.</numerusform>
            <numerusform>%n overdue notices queued; deliveries newly overdue: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required approvals are granted; the delivery is now %1.</source>
        <translation>All required approvals are granted; the delivery is now %1.</translation>
    </message>
    <message>
        <source>The extraction file is approved; the delivery is now %1.</source>
        <translation>The extraction file is approved; the delivery is now %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) moved on after their approvals.</source>
        <translation>
            <numerusform>%n delivery moved on after their approvals.</numerusform>
            <numerusform>%n deliveries moved on after their approvals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: handed to its channel (%1).</source>
        <translation>Started: handed to its channel (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) started.</source>
        <translation>
            <numerusform>%n delivery started.</numerusform>
            <numerusform>%n deliveries started.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is handed to provider processing without a service: no supplier will receive its file.</source>
        <translation>The delivery %1 &quot;%2&quot; is handed to provider processing without a service: no supplier will receive its file.</translation>
    </message>
    <message numerus="yes">
        <source>%n more delivery(ies) handed over without a service.</source>
        <translation>
            <numerusform>%n more delivery handed over without a service.</numerusform>
            <numerusform>%n more deliveries handed over without a service.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed to provider processing: a provider job is pending.</source>
        <translation>Handed to provider processing: a provider job is pending.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider job(s) created.</source>
        <translation>
            <numerusform>%n provider job created.</numerusform>
            <numerusform>%n provider jobs created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::delivery::Diagnosis</name>
    <message>
        <source>The delivery is finished: nothing waits.</source>
        <translation>The delivery is finished: nothing waits.</translation>
    </message>
    <message>
        <source>The delivery is cancelled: nothing waits.</source>
        <translation>The delivery is cancelled: nothing waits.</translation>
    </message>
    <message>
        <source>The delivery is a template: the workflows process its copies, not the template itself.</source>
        <translation>The delivery is a template: the workflows process its copies, not the template itself.</translation>
    </message>
    <message>
        <source>The delivery has failed for good: only its last error applies.</source>
        <translation>The delivery has failed for good: only its last error applies.</translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DiagnosisChecks</name>
    <message>
        <source>No delivery %1.</source>
        <translation>No delivery %1.</translation>
    </message>
    <message>
        <source>No workflow moves a delivery in status %1 on.</source>
        <translation>No workflow moves a delivery in status %1 on.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, does not exist in this database (run campagnactl init).</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, does not exist in this database (run campagnactl init).</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is stopped: nothing moves the delivery on until an administrator starts it.</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, is stopped: nothing moves the delivery on until an administrator starts it.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, has failed: its run started at %3 failed with &quot;%4&quot;. It is %5 and stays failed until an administrator starts it again.</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, has failed: its run started at %3 failed with &quot;%4&quot;. It is %5 and stays failed until an administrator starts it again.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is marked failed. It is %3 and stays failed until an administrator starts it again.</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, is marked failed. It is %3 and stays failed until an administrator starts it again.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is paused: it starts no run until an administrator starts it.</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, is paused: it starts no run until an administrator starts it.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is started but has never run: no console or campagnactl serve runs its schedule.</source>
        <translation>The workflow %1, which moves deliveries in status %2 on, is started but has never run: no console or campagnactl serve runs its schedule.</translation>
    </message>
    <message>
        <source>The workflow %1 has an invalid schedule (%2); its last run started at %3.</source>
        <translation>The workflow %1 has an invalid schedule (%2); its last run started at %3.</translation>
    </message>
    <message>
        <source>The workflow %1 has no schedule: it runs only when someone runs it. Its last run started at %2.</source>
        <translation>The workflow %1 has no schedule: it runs only when someone runs it. Its last run started at %2.</translation>
    </message>
    <message>
        <source>The workflow %1 (schedule &quot;%2&quot;) last started a run at %3, two intervals or more before now (%4): no console or campagnactl serve seems to run its schedule.</source>
        <translation>The workflow %1 (schedule &quot;%2&quot;) last started a run at %3, two intervals or more before now (%4): no console or campagnactl serve seems to run its schedule.</translation>
    </message>
    <message>
        <source>The workflow %1 is started (schedule &quot;%2&quot;); its last run started at %3.</source>
        <translation>The workflow %1 is started (schedule &quot;%2&quot;); its last run started at %3.</translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no targeting or extraction job.</source>
        <translation>A delivery in status %1 waits for no targeting or extraction job.</translation>
    </message>
    <message>
        <source>Scheduled for later: the file is to be extracted at %1; operationMgt requests the extraction job then.</source>
        <translation>Scheduled for later: the file is to be extracted at %1; operationMgt requests the extraction job then.</translation>
    </message>
    <message>
        <source>The delivery waits for targeting but has no targeting job: submit it again.</source>
        <translation>The delivery waits for targeting but has no targeting job: submit it again.</translation>
    </message>
    <message>
        <source>No extraction job yet (the extraction was due at %1): operationMgt requests one at its next run.</source>
        <translation>No extraction job yet (the extraction was due at %1): operationMgt requests one at its next run.</translation>
    </message>
    <message>
        <source>No extraction job yet: operationMgt requests one at its next run.</source>
        <translation>No extraction job yet: operationMgt requests one at its next run.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2) failed at %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>Job %1 (%2) failed at %3 after %n attempt: %4</numerusform>
            <numerusform>Job %1 (%2) failed at %3 after %n attempts: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2) is running since %3 (attempt %4).</source>
        <translation>Job %1 (%2) is running since %3 (attempt %4).</translation>
    </message>
    <message>
        <source>Job %1 (%2) finished at %3, yet the delivery is still %4.</source>
        <translation>Job %1 (%2) finished at %3, yet the delivery is still %4.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, failed %n time(s) for a transient reason and is retried at the next run of operationMgt: %4</source>
        <translation>
            <numerusform>Job %1 (%2), requested at %3, failed %n time for a transient reason and is retried at the next run of operationMgt: %4</numerusform>
            <numerusform>Job %1 (%2), requested at %3, failed %n times for a transient reason and is retried at the next run of operationMgt: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, waits behind %n older job(s) pending or running: at most %4 run at a time (setting operation.max_concurrent_jobs).</source>
        <translation>
            <numerusform>Job %1 (%2), requested at %3, waits behind %n older job pending or running: at most %4 run at a time (setting operation.max_concurrent_jobs).</numerusform>
            <numerusform>Job %1 (%2), requested at %3, waits behind %n older jobs pending or running: at most %4 run at a time (setting operation.max_concurrent_jobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, is pending: operationMgt runs it at its next run (%n job(s) ahead of it, at most %4 at a time).</source>
        <translation>
            <numerusform>Job %1 (%2), requested at %3, is pending: operationMgt runs it at its next run (%n job ahead of it, at most %4 at a time).</numerusform>
            <numerusform>Job %1 (%2), requested at %3, is pending: operationMgt runs it at its next run (%n jobs ahead of it, at most %4 at a time).</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no approval.</source>
        <translation>A delivery in status %1 waits for no approval.</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>an unknown operator</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>The %1 approval %2 was rejected by %3 at %4: %5. The delivery waits until it is submitted again.</source>
        <translation>The %1 approval %2 was rejected by %3 at %4: %5. The delivery waits until it is submitted again.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>The %1 approval %2, submitted at %3, has no one to decide it: no reviewer operator, no member of its group who is not an administrator, and no campaign manager.</source>
        <translation>The %1 approval %2, submitted at %3, has no one to decide it: no reviewer operator, no member of its group who is not an administrator, and no campaign manager.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval %2 is overdue: submitted at %3 to %4, its deadline %5 has passed; %n reminder(s) sent.</source>
        <translation>
            <numerusform>The %1 approval %2 is overdue: submitted at %3 to %4, its deadline %5 has passed; %n reminder sent.</numerusform>
            <numerusform>The %1 approval %2 is overdue: submitted at %3 to %4, its deadline %5 has passed; %n reminders sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval %2, submitted at %3, waits for %4 until %5; %n reminder(s) sent.</source>
        <translation>
            <numerusform>The %1 approval %2, submitted at %3, waits for %4 until %5; %n reminder sent.</numerusform>
            <numerusform>The %1 approval %2, submitted at %3, waits for %4 until %5; %n reminders sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers have not been notified yet.</source>
        <translation>The reviewers have not been notified yet.</translation>
    </message>
    <message>
        <source>The campaign requires a %1 approval, but none was requested for this delivery: submit it again.</source>
        <translation>The campaign requires a %1 approval, but none was requested for this delivery: submit it again.</translation>
    </message>
    <message>
        <source>No approval is required: deliveryMgt moves the delivery on at its next run.</source>
        <translation>No approval is required: deliveryMgt moves the delivery on at its next run.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) approved: deliveryMgt moves the delivery on at its next run.</source>
        <translation>
            <numerusform>%n approval approved: deliveryMgt moves the delivery on at its next run.</numerusform>
            <numerusform>%n approvals approved: deliveryMgt moves the delivery on at its next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no confirmation.</source>
        <translation>A delivery in status %1 waits for no confirmation.</translation>
    </message>
    <message>
        <source>an administrator (the campaign has no manager)</source>
        <translation>an administrator (the campaign has no manager)</translation>
    </message>
    <message>
        <source>%1, the campaign&apos;s manager,</source>
        <translation>%1, the campaign&apos;s manager,</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it; its contact date %2 has passed.</source>
        <translation>The delivery waits for %1 to confirm it; its contact date %2 has passed.</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it before its contact date %2.</source>
        <translation>The delivery waits for %1 to confirm it before its contact date %2.</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it; it starts as soon as it is confirmed.</source>
        <translation>The delivery waits for %1 to confirm it; it starts as soon as it is confirmed.</translation>
    </message>
    <message>
        <source>A delivery in status %1 does not wait for its contact date.</source>
        <translation>A delivery in status %1 does not wait for its contact date.</translation>
    </message>
    <message>
        <source>Scheduled for later: the delivery starts at %1.</source>
        <translation>Scheduled for later: the delivery starts at %1.</translation>
    </message>
    <message>
        <source>The contact date %1 has come: deliveryMgt starts the delivery at its next run.</source>
        <translation>The contact date %1 has come: deliveryMgt starts the delivery at its next run.</translation>
    </message>
    <message>
        <source>No contact date: deliveryMgt starts the delivery at its next run.</source>
        <translation>No contact date: deliveryMgt starts the delivery at its next run.</translation>
    </message>
    <message>
        <source>A delivery in status %1 has already been handed over: its stock is used.</source>
        <translation>A delivery in status %1 has already been handed over: its stock is used.</translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: %3 in stock, %4 on order, %5 planned, forecast %6.</source>
        <translation>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: %3 in stock, %4 on order, %5 planned, forecast %6.</translation>
    </message>
    <message>
        <source>This delivery&apos;s quantity is not known yet.</source>
        <translation>This delivery&apos;s quantity is not known yet.</translation>
    </message>
    <message>
        <source>This delivery needs %1.</source>
        <translation>This delivery needs %1.</translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is at its alert level: %3 in stock, alert level %4, forecast %5.</source>
        <translation>Stock line &quot;%1&quot; of &quot;%2&quot; is at its alert level: %3 in stock, alert level %4, forecast %5.</translation>
    </message>
    <message>
        <source>The delivery&apos;s cost choices consume no stock.</source>
        <translation>The delivery&apos;s cost choices consume no stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n stock line(s) consumed, none insufficient.</source>
        <translation>
            <numerusform>%n stock line consumed, none insufficient.</numerusform>
            <numerusform>%n stock lines consumed, none insufficient.</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget of the campaign &quot;%1&quot; is still being edited (budget status being_edited).</source>
        <translation>The budget of the campaign &quot;%1&quot; is still being edited (budget status being_edited).</translation>
    </message>
    <message>
        <source>No budget is charged: neither the campaign &quot;%1&quot; nor its program or plan has one.</source>
        <translation>No budget is charged: neither the campaign &quot;%1&quot; nor its program or plan has one.</translation>
    </message>
    <message>
        <source>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated.</source>
        <translation>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated.</translation>
    </message>
    <message>
        <source>The campaign&apos;s budget is %1; the budget &quot;%2&quot; is within its allocation (%3 of %4 used).</source>
        <translation>The campaign&apos;s budget is %1; the budget &quot;%2&quot; is within its allocation (%3 of %4 used).</translation>
    </message>
    <message>
        <source>Only direct mail is handed to a service provider (channel %1).</source>
        <translation>Only direct mail is handed to a service provider (channel %1).</translation>
    </message>
    <message>
        <source>The direct-mail delivery has no service: it can be neither extracted nor handed to a provider.</source>
        <translation>The direct-mail delivery has no service: it can be neither extracted nor handed to a provider.</translation>
    </message>
    <message>
        <source>The delivery&apos;s service %1 does not exist.</source>
        <translation>The delivery&apos;s service %1 does not exist.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no email: the file cannot be announced to it.</source>
        <translation>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no email: the file cannot be announced to it.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no drop directory: the file cannot be handed over.</source>
        <translation>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no drop directory: the file cannot be handed over.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; of &quot;%2&quot; is set up: email %3, drop directory %4.</source>
        <translation>The service &quot;%1&quot; of &quot;%2&quot; is set up: email %3, drop directory %4.</translation>
    </message>
    <message>
        <source>A %1 delivery in status %2 has no provider job to watch.</source>
        <translation>A %1 delivery in status %2 has no provider job to watch.</translation>
    </message>
    <message>
        <source>No provider job yet: deliveryMgt creates one at its next run.</source>
        <translation>No provider job yet: deliveryMgt creates one at its next run.</translation>
    </message>
    <message>
        <source>The delivery is marked sent to its provider but has no provider job.</source>
        <translation>The delivery is marked sent to its provider but has no provider job.</translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 failed at %2 after %n attempt(s): %3</source>
        <translation>
            <numerusform>Provider job %1 failed at %2 after %n attempt: %3</numerusform>
            <numerusform>Provider job %1 failed at %2 after %n attempts: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>Provider job %1 failed after %n attempt: %2</numerusform>
            <numerusform>Provider job %1 failed after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 is pending after %n failed attempt(s): %2</source>
        <translation>
            <numerusform>Provider job %1 is pending after %n failed attempt: %2</numerusform>
            <numerusform>Provider job %1 is pending after %n failed attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider job %1 is pending: supplierMgt sends the file to %2 at its next run.</source>
        <translation>Provider job %1 is pending: supplierMgt sends the file to %2 at its next run.</translation>
    </message>
    <message>
        <source>Provider job %1 is done since %2, yet the delivery is still %3.</source>
        <translation>Provider job %1 is done since %2, yet the delivery is still %3.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; with no return file expected, supplierMgt finishes the delivery at its next run.</source>
        <translation>The file of provider job %1 was sent to %2 at %3; with no return file expected, supplierMgt finishes the delivery at its next run.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; its return file (%4) was due by %5 and has not come back.</source>
        <translation>The file of provider job %1 was sent to %2 at %3; its return file (%4) was due by %5 and has not come back.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; its return file (%4) is expected by %5.</source>
        <translation>The file of provider job %1 was sent to %2 at %3; its return file (%4) is expected by %5.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2; its return file (%3) is awaited.</source>
        <translation>The file of provider job %1 was sent to %2; its return file (%3) is awaited.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>The delivery has failed, with no error recorded.</source>
        <translation>The delivery has failed, with no error recorded.</translation>
    </message>
    <message>
        <source>No error recorded.</source>
        <translation>No error recorded.</translation>
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
    <name>campagna::engine::FailureNotifier</name>
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
    <name>campagna::engine::JournalPurge</name>
    <message>
        <source>Purge the journal</source>
        <translation>Purge the journal</translation>
    </message>
</context>
<context>
    <name>campagna::engine::LeaseStore</name>
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
        <source>The run lost its lease before it could record its end.</source>
        <translation>The run lost its lease before it could record its end.</translation>
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
    <message>
        <source>never (runs only when asked)</source>
        <translation>never (runs only when asked)</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1</source>
        <comment>a time of day</comment>
        <translation>daily at %1</translation>
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
</context>
<context>
    <name>campagna::engine::WorkflowStore</name>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Unknown workflow &quot;%1&quot;. The workflows are: %2.</translation>
    </message>
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
</context>
<context>
    <name>campagna::notify::AttachmentFile</name>
    <message>
        <source>The attachment %1 is refused: %2. Nothing was sent.</source>
        <translation>The attachment %1 is refused: %2. Nothing was sent.</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>it is not an absolute path</translation>
    </message>
    <message>
        <source>it does not resolve to an existing file inside the extraction folder %1</source>
        <translation>it does not resolve to an existing file inside the extraction folder %1</translation>
    </message>
    <message>
        <source>it changed while it was checked</source>
        <translation>it changed while it was checked</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Cannot read the attachment %1: %2</translation>
    </message>
    <message>
        <source>The attachment is refused: %1 Nothing was sent.</source>
        <translation>The attachment is refused: %1 Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>campagna::notify::OutboxSender</name>
    <message numerus="yes">
        <source>No SMTP server is set (setting smtp.url): nothing was sent; %n notification(s) stay queued.</source>
        <translation>
            <numerusform>No SMTP server is set (setting smtp.url): nothing was sent; %n notification stay queued.</numerusform>
            <numerusform>No SMTP server is set (setting smtp.url): nothing was sent; %n notifications stay queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting smtp.url is set but smtp.from is not: set the address that notifications are sent from.</source>
        <translation>The setting smtp.url is set but smtp.from is not: set the address that notifications are sent from.</translation>
    </message>
    <message>
        <source>The notification has no recipient e-mail address: it cannot be sent. Give the operator an e-mail address and queue it again.</source>
        <translation>The notification has no recipient e-mail address: it cannot be sent. Give the operator an e-mail address and queue it again.</translation>
    </message>
    <message>
        <source>Notifications by e-mail: %1 sent, %2 failed and queued for another attempt, %3 failed for good; %4 still queued.</source>
        <translation>Notifications by e-mail: %1 sent, %2 failed and queued for another attempt, %3 failed for good; %4 still queued.</translation>
    </message>
    <message>
        <source>The attachment %1 is refused: the extraction folder is not usable (%2). Nothing was sent.</source>
        <translation>The attachment %1 is refused: the extraction folder is not usable (%2). Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>campagna::notify::SmtpSender</name>
    <message>
        <source>The setting smtp.from (&quot;%1&quot;) is not an e-mail address.</source>
        <translation>The setting smtp.from (&quot;%1&quot;) is not an e-mail address.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>The recipient &quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>Cannot send from &quot;%1&quot; to &quot;%2&quot;: not an e-mail address.</source>
        <translation>Cannot send from &quot;%1&quot; to &quot;%2&quot;: not an e-mail address.</translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl could not be initialised.</translation>
    </message>
    <message>
        <source>Sending to %1 through %2 failed: %3 (server reply %4).</source>
        <translation>Sending to %1 through %2 failed: %3 (server reply %4).</translation>
    </message>
    <message>
        <source>Sending to %1 through %2 failed: %3.</source>
        <translation>Sending to %1 through %2 failed: %3.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: it does not start with smtp:// or smtps://, the only URLs that notifications are sent through.</source>
        <translation>The setting smtp.url is refused: it does not start with smtp:// or smtps://, the only URLs that notifications are sent through.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: its scheme is &quot;%1&quot;, and notifications are sent only through smtp:// or smtps:// URLs.</source>
        <translation>The setting smtp.url is refused: its scheme is &quot;%1&quot;, and notifications are sent only through smtp:// or smtps:// URLs.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: libcurl cannot read it as a URL (%1).</source>
        <translation>The setting smtp.url is refused: libcurl cannot read it as a URL (%1).</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: libcurl reads its scheme as &quot;%1&quot;, not smtp or smtps.</source>
        <translation>The setting smtp.url is refused: libcurl reads its scheme as &quot;%1&quot;, not smtp or smtps.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: it contains a user name or a password. Set the user name in the setting smtp.user and the password in the environment variable CAMPAGNA_SMTP_PASSWORD, never in the database.</source>
        <translation>The setting smtp.url is refused: it contains a user name or a password. Set the user name in the setting smtp.user and the password in the environment variable CAMPAGNA_SMTP_PASSWORD, never in the database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the left part of a Message-ID.</source>
        <translation>&quot;%1&quot; cannot be the left part of a Message-ID.</translation>
    </message>
    <message>
        <source>libcurl cannot be restricted to SMTP: nothing was sent.</source>
        <translation>libcurl cannot be restricted to SMTP: nothing was sent.</translation>
    </message>
    <message>
        <source>%1 (the setting smtp.user is set, and the password is never sent unencrypted: use an smtps:// URL or a server that offers STARTTLS)</source>
        <translation>%1 (the setting smtp.user is set, and the password is never sent unencrypted: use an smtps:// URL or a server that offers STARTTLS)</translation>
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
    <message numerus="yes">
        <source>%n half-written extraction file(s) left by an interrupted run removed.</source>
        <translation>
            <numerusform>%n half-written extraction file left by an interrupted run removed.</numerusform>
            <numerusform>%n half-written extraction files left by an interrupted run removed.</numerusform>
        </translation>
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
    <message>
        <source>Invalid expression.</source>
        <translation>Invalid expression.</translation>
    </message>
    <message>
        <source>%1: the expression is longer than %2 characters, the most it may have.</source>
        <translation>%1: the expression is longer than %2 characters, the most it may have.</translation>
    </message>
    <message>
        <source>%1: the expression has more than %2 conditions, the most it may have; put the values of one field into an &quot;in&quot; list.</source>
        <translation>%1: the expression has more than %2 conditions, the most it may have; put the values of one field into an &quot;in&quot; list.</translation>
    </message>
    <message>
        <source>%1: the expression has more than %2 values, the most it may have in its &quot;in&quot; lists and comparisons together.</source>
        <translation>%1: the expression has more than %2 values, the most it may have in its &quot;in&quot; lists and comparisons together.</translation>
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
    <message>
        <source>The database refused the targeting expression: %1</source>
        <translation>The database refused the targeting expression: %1</translation>
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
    <message>
        <source>%1: only administrators and members of the runner role %2 may run workflows, and &quot;%3&quot; is neither.</source>
        <translation>%1: only administrators and members of the runner role %2 may run workflows, and &quot;%3&quot; is neither.</translation>
    </message>
</context>
<context>
    <name>campagna::people::OperatorDirectory</name>
    <message>
        <source>Invalid operator name &quot;%1&quot;: give the database user&apos;s name (1 to 63 bytes, no spaces at either end, no control characters).</source>
        <translation>Invalid operator name &quot;%1&quot;: give the database user&apos;s name (1 to 63 bytes, no spaces at either end, no control characters).</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: use it or en.</source>
        <translation>Invalid language &quot;%1&quot;: use it or en.</translation>
    </message>
    <message>
        <source>Invalid e-mail address &quot;%1&quot;.</source>
        <translation>Invalid e-mail address &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid group name &quot;%1&quot;: no commas, no control characters, not empty.</source>
        <translation>Invalid group name &quot;%1&quot;: no commas, no control characters, not empty.</translation>
    </message>
    <message>
        <source>Add the operator %1</source>
        <translation>Add the operator %1</translation>
    </message>
    <message>
        <source>There is already an operator named &quot;%1&quot;.</source>
        <translation>There is already an operator named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The operator could not be added.</source>
        <translation>The operator could not be added.</translation>
    </message>
    <message>
        <source>Change the operator %1</source>
        <translation>Change the operator %1</translation>
    </message>
    <message>
        <source>There is no operator named &quot;%1&quot;.</source>
        <translation>There is no operator named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove the operator %1</source>
        <translation>Remove the operator %1</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; cannot remove themselves: ask another administrator.</source>
        <translation>The operator &quot;%1&quot; cannot remove themselves: ask another administrator.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; still manages campaigns, reviews or decided approvals, requested jobs or receives notifications: those records keep them, so the operator cannot be removed. Take away their rights with &quot;operator set&quot; instead.</source>
        <translation>The operator &quot;%1&quot; still manages campaigns, reviews or decided approvals, requested jobs or receives notifications: those records keep them, so the operator cannot be removed. Take away their rights with &quot;operator set&quot; instead.</translation>
    </message>
</context>
<context>
    <name>campagna::people::OperatorQuery</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>campagna::stock::StockOrders</name>
    <message>
        <source>There is no stock order %1.</source>
        <translation>There is no stock order %1.</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>there is none</translation>
    </message>
    <message>
        <source>Only administrators (%1) may confirm or cancel the reorder %2 of &quot;%3&quot; (stock &quot;%4&quot;, which has no alert group); &quot;%5&quot; is not an administrator.</source>
        <translation>Only administrators (%1) may confirm or cancel the reorder %2 of &quot;%3&quot; (stock &quot;%4&quot;, which has no alert group); &quot;%5&quot; is not an administrator.</translation>
    </message>
    <message>
        <source>Only administrators (%1) and the members of the group &quot;%2&quot; may confirm or cancel the reorder %3 of &quot;%4&quot; (stock &quot;%5&quot;); &quot;%6&quot; is neither.</source>
        <translation>Only administrators (%1) and the members of the group &quot;%2&quot; may confirm or cancel the reorder %3 of &quot;%4&quot; (stock &quot;%5&quot;); &quot;%6&quot; is neither.</translation>
    </message>
    <message>
        <source>The stock order %1 is no longer a proposal (it is %2): nothing to confirm or cancel.</source>
        <translation>The stock order %1 is no longer a proposal (it is %2): nothing to confirm or cancel.</translation>
    </message>
    <message>
        <source>The stock order %1 changed meanwhile: nothing to confirm or cancel.</source>
        <translation>The stock order %1 changed meanwhile: nothing to confirm or cancel.</translation>
    </message>
</context>
<context>
    <name>campagna::stock::StockQuery</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>On order</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Expected delivery</translation>
    </message>
    <message>
        <source>There is no stock line %1.</source>
        <translation>There is no stock line %1.</translation>
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
    <name>campagna::supplier::ReturnFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &quot;recipient_id,status&quot;.</source>
        <translation>the file is empty; expected the header &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>empty line; expected &quot;recipient_id,status&quot;.</source>
        <translation>empty line; expected &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>the recipient %1 is already on line %2.</source>
        <translation>the recipient %1 is already on line %2.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes.</source>
        <translation>the line is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>the first line is not the header &quot;recipient_id,status&quot;.</source>
        <translation>the first line is not the header &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>expected 2 fields (recipient_id,status), found %1.</source>
        <translation>expected 2 fields (recipient_id,status), found %1.</translation>
    </message>
    <message>
        <source>the recipient id is not a positive whole number.</source>
        <translation>the recipient id is not a positive whole number.</translation>
    </message>
    <message>
        <source>the status is neither &quot;sent&quot; nor &quot;undeliverable&quot;.</source>
        <translation>the status is neither &quot;sent&quot; nor &quot;undeliverable&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::supplier::SupplierWorkflow</name>
    <message numerus="yes">
        <source>%n provider file(s) sent; %1 job(s) to be tried again, %2 failed.</source>
        <translation>
            <numerusform>%n provider file sent; %1 job to be tried again, %2 failed.</numerusform>
            <numerusform>%n provider files sent; %1 jobs to be tried again, %2 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer provider_pending: no file was sent.</source>
        <translation>The delivery %1 is %2, no longer provider_pending: no file was sent.</translation>
    </message>
    <message>
        <source>The delivery %1 has no service provider&apos;s service: there is no supplier to send its file to. Choose a service for the delivery.</source>
        <translation>The delivery %1 has no service provider&apos;s service: there is no supplier to send its file to. Choose a service for the delivery.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has neither an e-mail address nor a drop folder: the file cannot be sent. Complete the supplier.</source>
        <translation>The supplier &quot;%1&quot; has neither an e-mail address nor a drop folder: the file cannot be sent. Complete the supplier.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has no e-mail address: the file cannot be announced to it. Complete the supplier.</source>
        <translation>The supplier &quot;%1&quot; has no e-mail address: the file cannot be announced to it. Complete the supplier.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has no drop folder (drop_dir): the file cannot be handed over. Complete the supplier.</source>
        <translation>The supplier &quot;%1&quot; has no drop folder (drop_dir): the file cannot be handed over. Complete the supplier.</translation>
    </message>
    <message>
        <source>The delivery %1 has no extraction file (or no checksum of it): extract it again.</source>
        <translation>The delivery %1 has no extraction file (or no checksum of it): extract it again.</translation>
    </message>
    <message>
        <source>The extraction file %1 was lost: it no longer exists. Extract the delivery again.</source>
        <translation>The extraction file %1 was lost: it no longer exists. Extract the delivery again.</translation>
    </message>
    <message>
        <source>Cannot read the extraction file %1: %2</source>
        <translation>Cannot read the extraction file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The extraction file %1 was changed since it was extracted: its SHA-256 is %2, not %3. Extract the delivery again.</source>
        <translation>The extraction file %1 was changed since it was extracted: its SHA-256 is %2, not %3. Extract the delivery again.</translation>
    </message>
    <message>
        <source>Direct-mail file %1 for the delivery &quot;%2&quot;</source>
        <translation>Direct-mail file %1 for the delivery &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Hello,

attached is the file %1 of the direct-mail delivery &quot;%2&quot; (number %3): %n record(s).
It is also in your drop folder: %4
SHA-256: %5

Please process it and send back the return file, if one is agreed, to the incoming folder.

Campagna</source>
        <translation>
            <numerusform>Hello,

attached is the file %1 of the direct-mail delivery &quot;%2&quot; (number %3): %n record.
It is also in your drop folder: %4
SHA-256: %5

Please process it and send back the return file, if one is agreed, to the incoming folder.

Campagna</numerusform>
            <numerusform>Hello,

attached is the file %1 of the direct-mail delivery &quot;%2&quot; (number %3): %n records.
It is also in your drop folder: %4
SHA-256: %5

Please process it and send back the return file, if one is agreed, to the incoming folder.

Campagna</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1 sent to the supplier &quot;%2&quot; (%3).</source>
        <translation>File %1 sent to the supplier &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Delivery %1: %2; now sent_to_provider.</source>
        <translation>Delivery %1: %2; now sent_to_provider.</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed, attempt %3 of %4; it will be tried again on the next run: %5</source>
        <translation>Provider job %1 of the delivery %2 failed, attempt %3 of %4; it will be tried again on the next run: %5</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 was closed without effect: %3</source>
        <translation>Provider job %1 of the delivery %2 was closed without effect: %3</translation>
    </message>
    <message>
        <source>Provider return failed: %1</source>
        <translation>Provider return failed: %1</translation>
    </message>
    <message>
        <source>Provider file failed: %1</source>
        <translation>Provider file failed: %1</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed after %3 attempts: %4</source>
        <translation>Provider job %1 of the delivery %2 failed after %3 attempts: %4</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed: %3</source>
        <translation>Provider job %1 of the delivery %2 failed: %3</translation>
    </message>
    <message>
        <source>The delivery no longer waits for its provider (it was cancelled or moved on by someone else): the job was closed without effect.</source>
        <translation>The delivery no longer waits for its provider (it was cancelled or moved on by someone else): the job was closed without effect.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider job(s) closed: their delivery was no longer sent_to_provider.</source>
        <translation>
            <numerusform>%n provider job closed: their delivery was no longer sent_to_provider.</numerusform>
            <numerusform>%n provider jobs closed: their delivery was no longer sent_to_provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>No return file is expected from the provider: the messages of the file count as sent (%1); the delivery is finished.</source>
        <translation>No return file is expected from the provider: the messages of the file count as sent (%1); the delivery is finished.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) finished without a return file; %1 return file(s) processed, %2 failed; %3 overdue, %4 still awaited; %5 job(s) closed.</source>
        <translation>
            <numerusform>%n delivery finished without a return file; %1 return file processed, %2 failed; %3 overdue, %4 still awaited; %5 job closed.</numerusform>
            <numerusform>%n deliveries finished without a return file; %1 return files processed, %2 failed; %3 overdue, %4 still awaited; %5 jobs closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The return file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</source>
        <translation>The return file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</translation>
    </message>
    <message>
        <source>The supplier has no drop folder (drop_dir) any more: the return file %1 cannot be looked for. Complete the supplier.</source>
        <translation>The supplier has no drop folder (drop_dir) any more: the return file %1 cannot be looked for. Complete the supplier.</translation>
    </message>
    <message>
        <source>No return file %1 in %2: the file was sent on %3, its return was expected by %4.</source>
        <translation>No return file %1 in %2: the file was sent on %3, its return was expected by %4.</translation>
    </message>
    <message>
        <source>Delivery %1: %2</source>
        <translation>Delivery %1: %2</translation>
    </message>
    <message>
        <source>The return file %1 is malformed at %2 It stays where it is, for inspection.</source>
        <translation>The return file %1 is malformed at %2 It stays where it is, for inspection.</translation>
    </message>
    <message>
        <source>Return file %1: %2 sent, %3 undeliverable; the delivery is finished.</source>
        <translation>Return file %1: %2 sent, %3 undeliverable; the delivery is finished.</translation>
    </message>
    <message numerus="yes">
        <source>The return file %1 of the delivery %2 names %n recipient(s) that are not targets of the delivery; they are not counted (%3%4).</source>
        <translation>
            <numerusform>The return file %1 of the delivery %2 names %n recipient that are not targets of the delivery; they are not counted (%3%4).</numerusform>
            <numerusform>The return file %1 of the delivery %2 names %n recipients that are not targets of the delivery; they are not counted (%3%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1, an earlier return file of the same name.</source>
        <translation>Cannot replace %1, an earlier return file of the same name.</translation>
    </message>
    <message>
        <source>Cannot move the return file %1 to %2: %3</source>
        <translation>Cannot move the return file %1 to %2: %3</translation>
    </message>
    <message>
        <source>Delivery %1: %2 The next run tries again.</source>
        <translation>Delivery %1: %2 The next run tries again.</translation>
    </message>
    <message>
        <source>The extraction file %1 is not inside the extraction folder %2: it is not sent. Extract the delivery again.</source>
        <translation>The extraction file %1 is not inside the extraction folder %2: it is not sent. Extract the delivery again.</translation>
    </message>
    <message>
        <source>the drop folder (drop_dir) of the supplier &quot;%1&quot;</source>
        <translation>the drop folder (drop_dir) of the supplier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a whole number of megabytes from 1 to 1048576: return files of up to %3 MB are read instead.</source>
        <translation>The setting %1 is &quot;%2&quot;, not a whole number of megabytes from 1 to 1048576: return files of up to %3 MB are read instead.</translation>
    </message>
    <message>
        <source>the drop folder (drop_dir) of the supplier of the delivery %1</source>
        <translation>the drop folder (drop_dir) of the supplier of the delivery %1</translation>
    </message>
    <message>
        <source>The return file %1 has %2 bytes, more than the limit of %3 MB (setting %4). It stays where it is, for inspection.</source>
        <translation>The return file %1 has %2 bytes, more than the limit of %3 MB (setting %4). It stays where it is, for inspection.</translation>
    </message>
    <message>
        <source>The return file is refused: %1 It stays where it is, for inspection.</source>
        <translation>The return file is refused: %1 It stays where it is, for inspection.</translation>
    </message>
    <message>
        <source>the folder for processed return files</source>
        <translation>the folder for processed return files</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ApprovalModel</name>
    <message>
        <source>An approval of an earlier round: a later one of the same kind replaced it.</source>
        <translation>An approval of an earlier round: a later one of the same kind replaced it.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Reminders sent</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>campagna::ui::AuditPage</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Any operator</translation>
    </message>
    <message>
        <source>Only the actions of the operator of exactly this name</source>
        <translation>Only the actions of the operator of exactly this name</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>Only actions taken on or after this day</source>
        <translation>Only actions taken on or after this day</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the audit trail again (F5)</source>
        <translation>Read the audit trail again (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save the actions shown as a CSV file</source>
        <translation>Save the actions shown as a CSV file</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>audit.csv</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Cannot read the audit trail</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s), %L1 loaded</source>
        <translation>
            <numerusform>%Ln action, %L1 loaded</numerusform>
            <numerusform>%Ln actions, %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::BudgetsPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Over-run: reserved, committed and spent exceed the allocation by %1.</source>
        <translation>Over-run: reserved, committed and spent exceed the allocation by %1.</translation>
    </message>
    <message>
        <source>Charge date</source>
        <translation>Charge date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Read the budgets again</source>
        <translation>Read the budgets again</translation>
    </message>
    <message>
        <source>Save the table clicked last (the budgets by default) as a CSV file</source>
        <translation>Save the table clicked last (the budgets by default) as a CSV file</translation>
    </message>
    <message>
        <source>Save the chart clicked last (the budgets chart by default) as PNG or PDF</source>
        <translation>Save the chart clicked last (the budgets chart by default) as PNG or PDF</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>Expense lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Consumed (reserved, committed, spent)</source>
        <translation>Consumed (reserved, committed, spent)</translation>
    </message>
    <message>
        <source>Amounts per budget</source>
        <translation>Amounts per budget</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Cumulative cost</translation>
    </message>
    <message>
        <source>By expense category</source>
        <translation>By expense category</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>Cumulative cost (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>cost-lines.csv</source>
        <comment>file name</comment>
        <translation>cost-lines.csv</translation>
    </message>
    <message>
        <source>expense-lines.csv</source>
        <comment>file name</comment>
        <translation>expense-lines.csv</translation>
    </message>
    <message>
        <source>budgets.csv</source>
        <comment>file name</comment>
        <translation>budgets.csv</translation>
    </message>
    <message>
        <source>Cannot read the budgets</source>
        <translation>Cannot read the budgets</translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget(s)</source>
        <translation>
            <numerusform>%Ln budget</numerusform>
            <numerusform>%Ln budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget &quot;%1&quot; (%2):</source>
        <translation>Budget &quot;%1&quot; (%2):</translation>
    </message>
    <message>
        <source>Select a budget to see its lines and charts.</source>
        <translation>Select a budget to see its lines and charts.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ChartSupport</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Could not write the chart to %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation>PNG images (*.png);;PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ConnectionDialog</name>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>&amp;SQLite file</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>host name, address or socket folder</source>
        <translation>host name, address or socket folder</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>default: PGUSER or your user name</source>
        <translation>default: PGUSER or your user name</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL &amp;mode:</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>default (prefer)</translation>
    </message>
    <message>
        <source>The database must already hold the Campagna schema (run &quot;campagnactl init&quot; once). A password is asked only when the server wants one that PGPASSWORD and ~/.pgpass do not give.</source>
        <translation>The database must already hold the Campagna schema (run &quot;campagnactl init&quot; once). A password is asked only when the server wants one that PGPASSWORD and ~/.pgpass do not give.</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>sqlite:/path/file.sqlite or postgresql://user@host:port/dbname?sslmode=require (parameters such as host=/socket/folder are read as libpq reads them).</source>
        <translation>sqlite:/path/file.sqlite or postgresql://user@host:port/dbname?sslmode=require (parameters such as host=/socket/folder are read as libpq reads them).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Choose the SQLite file to open, or type the name of a new one.</source>
        <translation>Choose the SQLite file to open, or type the name of a new one.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server: a host name, an address, or the folder of its Unix socket.</source>
        <translation>Enter the PostgreSQL server: a host name, an address, or the folder of its Unix socket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, an address or a socket folder.</source>
        <translation>&quot;%1&quot; is not a host name, an address or a socket folder.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>&quot;%1&quot; is not a database name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name.</source>
        <translation>&quot;%1&quot; is not a user name.</translation>
    </message>
    <message>
        <source>Enter a database URL.</source>
        <translation>Enter a database URL.</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connected to %1. Choose the operator you act as:</source>
        <translation>Connected to %1. Choose the operator you act as:</translation>
    </message>
    <message>
        <source>Whoever can write a SQLite file owns it: you may act as any operator.</source>
        <translation>Whoever can write a SQLite file owns it: you may act as any operator.</translation>
    </message>
    <message>
        <source>A database user acts as the operator of the same name; a superuser or the database owner may act as any operator.</source>
        <translation>A database user acts as the operator of the same name; a superuser or the database owner may act as any operator.</translation>
    </message>
    <message>
        <source>%1 (local administrator)</source>
        <translation>%1 (local administrator)</translation>
    </message>
    <message>
        <source>%1 (database administrator)</source>
        <translation>%1 (database administrator)</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrator)</translation>
    </message>
    <message>
        <source>%1 was new: it now holds an empty Campagna database.</source>
        <translation>%1 was new: it now holds an empty Campagna database.</translation>
    </message>
    <message>
        <source>Choose the operator you act as.</source>
        <translation>Choose the operator you act as.</translation>
    </message>
    <message>
        <source>Checking who you may act as…</source>
        <translation>Checking who you may act as…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>A file that does not exist is created only when you choose Create, with the Campagna schema, as &quot;campagnactl init&quot; would; an empty file receives the schema too. Any other file must already be a Campagna database.</source>
        <translation>A file that does not exist is created only when you choose Create, with the Campagna schema, as &quot;campagnactl init&quot; would; an empty file receives the schema too. Any other file must already be a Campagna database.</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist; nothing was created. Choose Create to make a new Campagna database there, or choose an existing file.</source>
        <translation>The SQLite file %1 does not exist; nothing was created. Choose Create to make a new Campagna database there, or choose an existing file.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::CsvExport</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Approve an approval of the delivery %1 &quot;%2&quot;.</source>
        <translation>Approve an approval of the delivery %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reject an approval of the delivery %1 &quot;%2&quot;.</source>
        <translation>Reject an approval of the delivery %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>A&amp;pproval:</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>no reviewer</translation>
    </message>
    <message>
        <source>%1 – %2 (reviewers: %3)</source>
        <translation>%1 – %2 (reviewers: %3)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Optional: why, for the record</source>
        <translation>Optional: why, for the record</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DeliveriesPage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Part of the label</source>
        <translation>Part of the label</translation>
    </message>
    <message>
        <source>Stalled &amp;only</source>
        <translation>Stalled &amp;only</translation>
    </message>
    <message>
        <source>Only the deliveries that the diagnosis finds stalled (a check failed), as campagnactl diagnose says</source>
        <translation>Only the deliveries that the diagnosis finds stalled (a check failed), as campagnactl diagnose says</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the deliveries again (F5)</source>
        <translation>Read the deliveries again (F5)</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Su&amp;bmit</translation>
    </message>
    <message>
        <source>Approve a pending approval of the selected delivery (%1)</source>
        <translation>Approve a pending approval of the selected delivery (%1)</translation>
    </message>
    <message>
        <source>Reject a pending approval of the selected delivery (%1)</source>
        <translation>Reject a pending approval of the selected delivery (%1)</translation>
    </message>
    <message>
        <source>Confirm the selected delivery, which waits for confirmation (%1)</source>
        <translation>Confirm the selected delivery, which waits for confirmation (%1)</translation>
    </message>
    <message>
        <source>Submit the selected delivery for targeting (%1)</source>
        <translation>Submit the selected delivery for targeting (%1)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Appro&amp;vals</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Provider job</source>
        <translation>&amp;Provider job</translation>
    </message>
    <message>
        <source>The delivery has no provider job.</source>
        <translation>The delivery has no provider job.</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Return file:</source>
        <translation>Return file:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Finished:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>The delivery&apos;s details could not be read: %1</source>
        <translation>The delivery&apos;s details could not be read: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service (supplier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a delivery to see its diagnosis, approvals, events and provider job.</source>
        <translation>Select a delivery to see its diagnosis, approvals, events and provider job.</translation>
    </message>
    <message>
        <source>Reading the delivery…</source>
        <translation>Reading the delivery…</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3, stalled</source>
        <translation>Delivery %1 &quot;%2&quot;: %3, stalled</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3</source>
        <translation>Delivery %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Cannot read the deliveries: %1</translation>
    </message>
    <message>
        <source>Diagnosing the deliveries to find the stalled ones…</source>
        <translation>Diagnosing the deliveries to find the stalled ones…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies), %L1 loaded</source>
        <translation>
            <numerusform>%Ln delivery, %L1 loaded</numerusform>
            <numerusform>%Ln deliveries, %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 approved by %3.</source>
        <translation>Approval %1 of the delivery %2 approved by %3.</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 rejected by %3.</source>
        <translation>Approval %1 of the delivery %2 rejected by %3.</translation>
    </message>
    <message>
        <source>Delivery %1 confirmed: %2 → %3.</source>
        <translation>Delivery %1 confirmed: %2 → %3.</translation>
    </message>
    <message>
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation>Export deliveries</translation>
    </message>
    <message>
        <source>deliveries.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>deliveries.csv</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save the deliveries shown as a CSV file</source>
        <translation>Save the deliveries shown as a CSV file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop looking for the stalled deliveries and show every delivery</source>
        <translation>Stop looking for the stalled deliveries and show every delivery</translation>
    </message>
    <message>
        <source>Diagnosing the deliveries to find the stalled ones: %L1 of %L2…</source>
        <translation>Diagnosing the deliveries to find the stalled ones: %L1 of %L2…</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (template)</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DeliveryTexts</name>
    <message>
        <source>Being edited</source>
        <translation>Being edited</translation>
    </message>
    <message>
        <source>Targeting pending</source>
        <translation>Targeting pending</translation>
    </message>
    <message>
        <source>To validate</source>
        <translation>To validate</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Pending confirmation</translation>
    </message>
    <message>
        <source>Start pending</source>
        <translation>Start pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Extraction pending</source>
        <translation>Extraction pending</translation>
    </message>
    <message>
        <source>File to approve</source>
        <translation>File to approve</translation>
    </message>
    <message>
        <source>Provider pending</source>
        <translation>Provider pending</translation>
    </message>
    <message>
        <source>Sent to provider</source>
        <translation>Sent to provider</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>delivery status</comment>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>delivery status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>delivery status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Direct mail</translation>
    </message>
    <message>
        <source>Targeting</source>
        <comment>approval kind</comment>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>Content</source>
        <comment>approval kind</comment>
        <translation>Content</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>approval kind</comment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Extraction</source>
        <comment>approval kind</comment>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Proof</source>
        <comment>approval kind</comment>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>approval status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>approval status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>approval status</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>provider job status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>File sent</source>
        <comment>provider job status</comment>
        <translation>File sent</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>provider job status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>provider job status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>diagnosis check</comment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>diagnosis check</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>diagnosis check</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>diagnosis check</comment>
        <translation>Skipped</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::DiagnosisModel</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>campagna::ui::EventModel</name>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (run %2)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>campagna::ui::Formats</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Real</source>
        <comment>cost basis</comment>
        <translation>Real</translation>
    </message>
    <message>
        <source>Calculated</source>
        <comment>cost basis</comment>
        <translation>Calculated</translation>
    </message>
    <message>
        <source>Estimated</source>
        <comment>cost basis</comment>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>stock status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>stock status</comment>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <comment>stock status</comment>
        <translation>Insufficient</translation>
    </message>
    <message>
        <source>Alert level reached</source>
        <translation>Alert level reached</translation>
    </message>
    <message>
        <source>Insufficient stock</source>
        <translation>Insufficient stock</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>stock order</comment>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>On order</source>
        <comment>stock order</comment>
        <translation>On order</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>stock order</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>stock order</comment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>campagna::ui::JournalPage</name>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Only runs started on or after this day</source>
        <translation>Only runs started on or after this day</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Only runs started on or before this day</source>
        <translation>Only runs started on or before this day</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the runs again (F5)</source>
        <translation>Read the runs again (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save the runs shown as a CSV file</source>
        <translation>Save the runs shown as a CSV file</translation>
    </message>
    <message>
        <source>&amp;Lines of the selected run:</source>
        <translation>&amp;Lines of the selected run:</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>All workflows</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>Export runs</translation>
    </message>
    <message>
        <source>journal.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>journal.csv</translation>
    </message>
    <message>
        <source>Cannot read the runs</source>
        <translation>Cannot read the runs</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), %L1 loaded</source>
        <translation>
            <numerusform>%Ln run, %L1 loaded</numerusform>
            <numerusform>%Ln runs, %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::LogModel</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>campagna::ui::LogTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>All runs of all workflows, filterable, with their journal lines.</source>
        <translation>All runs of all workflows, filterable, with their journal lines.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Deliveries: why they are stalled, their approvals, events and provider jobs; approve, reject, confirm, submit.</source>
        <translation>Deliveries: why they are stalled, their approvals, events and provider jobs; approve, reject, confirm, submit.</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <source>Save the current page&apos;s chart (the one clicked last) as PNG or PDF</source>
        <translation>Save the current page&apos;s chart (the one clicked last) as PNG or PDF</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Budgets: allocated, planned, reserved, committed, spent and available amounts, with their cost lines and charts.</source>
        <translation>Budgets: allocated, planned, reserved, committed, spent and available amounts, with their cost lines and charts.</translation>
    </message>
    <message>
        <source>Stocks</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Stock lines, their levels, alerts and reorder proposals.</source>
        <translation>Stock lines, their levels, alerts and reorder proposals.</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow run(s) in progress in this console (%1) will be cancelled if you switch to %2 now. Switch anyway?</source>
        <translation>
            <numerusform>%n workflow run in progress in this console (%1) will be cancelled if you switch to %2 now. Switch anyway?</numerusform>
            <numerusform>%n workflow runs in progress in this console (%1) will be cancelled if you switch to %2 now. Switch anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation>Opened %1 as %2.</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Loading the demo data into %1…</source>
        <translation>Loading the demo data into %1…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>The demo data could not be loaded into %1.

%2</source>
        <translation>The demo data could not be loaded into %1.

%2</translation>
    </message>
    <message>
        <source>%1 already holds data. The demo data loads only into an empty database: open a new SQLite file (File &gt; Open database…) and load it there.</source>
        <translation>%1 already holds data. The demo data loads only into an empty database: open a new SQLite file (File &gt; Open database…) and load it there.</translation>
    </message>
    <message>
        <source>The demo data is loaded into %1.</source>
        <translation>The demo data is loaded into %1.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open a SQLite file or a PostgreSQL database</source>
        <translation>Open a SQLite file or a PostgreSQL database</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting</source>
        <translation>Connection lost, reconnecting</translation>
    </message>
    <message>
        <source>Connection to %1 lost: reconnecting…</source>
        <translation>Connection to %1 lost: reconnecting…</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost: reconnecting in %n s…</source>
        <translation>
            <numerusform>Connection to %1 lost: reconnecting in %n s…</numerusform>
            <numerusform>Connection to %1 lost: reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 restored.</source>
        <translation>Connection to %1 restored.</translation>
    </message>
    <message>
        <source>No workflow is running in this console, and its scheduler is off: only administrators and the runner role run workflows, and &quot;%1&quot; is neither.</source>
        <translation>No workflow is running in this console, and its scheduler is off: only administrators and the runner role run workflows, and &quot;%1&quot; is neither.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>The operators, their rights, groups, language and e-mail address; administrators add, change and remove them.</source>
        <translation>The operators, their rights, groups, language and e-mail address; administrators add, change and remove them.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The audit trail: who did what and when, filterable by action, operator and day.</source>
        <translation>The audit trail: who did what and when, filterable by action, operator and day.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::OperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>Edit the operator %1</source>
        <translation>Edit the operator %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The database user&apos;s name (on PostgreSQL the role must exist already)</source>
        <translation>The database user&apos;s name (on PostgreSQL the role must exist already)</translation>
    </message>
    <message>
        <source>An operator&apos;s name cannot be changed</source>
        <translation>An operator&apos;s name cannot be changed</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <source>Administrators may manage operators, settings and workflows</source>
        <translation>Administrators may manage operators, settings and workflows</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. reviewers, stock</source>
        <translation>Comma-separated, e.g. reviewers, stock</translation>
    </message>
    <message>
        <source>The operator&apos;s groups, separated by commas; groups that do not exist yet are created</source>
        <translation>The operator&apos;s groups, separated by commas; groups that do not exist yet are created</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no language chosen for the operator</comment>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>campagna::ui::OperatorsPage</name>
    <message>
        <source>Nothing to change for the operator %1.</source>
        <translation>Nothing to change for the operator %1.</translation>
    </message>
    <message>
        <source>The operator %1 was added.</source>
        <translation>The operator %1 was added.</translation>
    </message>
    <message>
        <source>The operator %1 was changed.</source>
        <translation>The operator %1 was changed.</translation>
    </message>
    <message>
        <source>Remove operator</source>
        <translation>Remove operator</translation>
    </message>
    <message>
        <source>Remove the operator %1? They will no longer be able to use Campagna; the audit trail keeps their name.</source>
        <translation>Remove the operator %1? They will no longer be able to use Campagna; the audit trail keeps their name.</translation>
    </message>
    <message>
        <source>The operator %1 was removed.</source>
        <translation>The operator %1 was removed.</translation>
    </message>
    <message>
        <source>Only administrators may add, change or remove operators, and &quot;%1&quot; is not one.</source>
        <translation>Only administrators may add, change or remove operators, and &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an operator: a database user who may use Campagna</source>
        <translation>Add an operator: a database user who may use Campagna</translation>
    </message>
    <message>
        <source>Change the selected operator&apos;s rights, groups, language or e-mail address</source>
        <translation>Change the selected operator&apos;s rights, groups, language or e-mail address</translation>
    </message>
    <message>
        <source>Select an operator to edit</source>
        <translation>Select an operator to edit</translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation>Remove the selected operator</translation>
    </message>
    <message>
        <source>Select an operator to remove</source>
        <translation>Select an operator to remove</translation>
    </message>
    <message>
        <source>Read the operators again (%1)</source>
        <translation>Read the operators again (%1)</translation>
    </message>
    <message>
        <source>Cannot read the operators</source>
        <translation>Cannot read the operators</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>operators, administrators</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operator(s)</source>
        <translation>
            <numerusform>%Ln operator</numerusform>
            <numerusform>%Ln operators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln administrator(s)</source>
        <translation>
            <numerusform>%Ln administrator</numerusform>
            <numerusform>%Ln administrators</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
    <message>
        <source>You may read the operators; only administrators may add, change or remove them.</source>
        <translation>You may read the operators; only administrators may add, change or remove them.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>campagna::ui::PasswordDialog</name>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL password</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of the user &quot;%2&quot;.</source>
        <translation>The PostgreSQL server %1 asks for the password of the user &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>The server refused the password.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password is kept only while Campagna runs. To avoid this question, set PGPASSWORD or add a line to ~/.pgpass.</source>
        <translation>The password is kept only while Campagna runs. To avoid this question, set PGPASSWORD or add a line to ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunHistoryModel</name>
    <message>
        <source>Run %1: %2</source>
        <translation>Run %1: %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunTableModel</name>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Internal name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunTexts</name>
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
        <source>Run now</source>
        <comment>run trigger</comment>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <comment>run trigger</comment>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Command line</source>
        <comment>run trigger</comment>
        <translation>Command line</translation>
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
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Schedule: none (runs only when asked)</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)</source>
        <comment>the schedule in words, as stored</comment>
        <translation>Schedule: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ScheduleDialog</name>
    <message>
        <source>Schedule of %1</source>
        <translation>Schedule of %1</translation>
    </message>
    <message>
        <source>&amp;Schedule of %1:</source>
        <translation>&amp;Schedule of %1:</translation>
    </message>
    <message>
        <source>Syntax: &quot;every 15m&quot; (also s, h, d), &quot;daily 09:00&quot; or &quot;manual&quot; (runs only when asked).</source>
        <translation>Syntax: &quot;every 15m&quot; (also s, h, d), &quot;daily 09:00&quot; or &quot;manual&quot; (runs only when asked).</translation>
    </message>
</context>
<context>
    <name>campagna::ui::StocksPage</name>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Order %1: %2 units, %3, %4</source>
        <translation>Order %1: %2 units, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Confirm reorder</source>
        <translation>Confirm reorder</translation>
    </message>
    <message>
        <source>Cancel reorder</source>
        <translation>Cancel reorder</translation>
    </message>
    <message>
        <source>%1 units of &quot;%2&quot; (stock &quot;%3&quot;), expected on %4</source>
        <translation>%1 units of &quot;%2&quot; (stock &quot;%3&quot;), expected on %4</translation>
    </message>
    <message>
        <source>Confirm the reorder of %1? It becomes an order on its way.</source>
        <translation>Confirm the reorder of %1? It becomes an order on its way.</translation>
    </message>
    <message>
        <source>Cancel the proposed reorder of %1?</source>
        <translation>Cancel the proposed reorder of %1?</translation>
    </message>
    <message>
        <source>Read the stock lines again</source>
        <translation>Read the stock lines again</translation>
    </message>
    <message>
        <source>Save the table clicked last (the stock lines by default) as a CSV file</source>
        <translation>Save the table clicked last (the stock lines by default) as a CSV file</translation>
    </message>
    <message>
        <source>Save the stock level chart as PNG or PDF</source>
        <translation>Save the stock level chart as PNG or PDF</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Confirm the selected proposal: it becomes an order</source>
        <translation>Confirm the selected proposal: it becomes an order</translation>
    </message>
    <message>
        <source>C&amp;ancel proposal</source>
        <translation>C&amp;ancel proposal</translation>
    </message>
    <message>
        <source>Cancel the selected proposal</source>
        <translation>Cancel the selected proposal</translation>
    </message>
    <message>
        <source>Administrators and the members of the stock&apos;s alert group may confirm or cancel a proposal.</source>
        <translation>Administrators and the members of the stock&apos;s alert group may confirm or cancel a proposal.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Reorder proposals</source>
        <translation>Reorder proposals</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Level of the selected line</source>
        <translation>Level of the selected line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>stock.csv</source>
        <comment>file name</comment>
        <translation>stock.csv</translation>
    </message>
    <message>
        <source>Cannot read the stock</source>
        <translation>Cannot read the stock</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stock line(s)</source>
        <translation>
            <numerusform>%Ln stock line</numerusform>
            <numerusform>%Ln stock lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot;:</source>
        <translation>Stock line &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Select a stock line to see its level and consumption.</source>
        <translation>Select a stock line to see its level and consumption.</translation>
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
    <message>
        <source>Edit sc&amp;hedule…</source>
        <translation>Edit sc&amp;hedule…</translation>
    </message>
    <message>
        <source>Change when the scheduler runs the selected workflow.</source>
        <translation>Change when the scheduler runs the selected workflow.</translation>
    </message>
    <message>
        <source>Pur&amp;ge journal…</source>
        <translation>Pur&amp;ge journal…</translation>
    </message>
    <message>
        <source>Delete the journal lines older than a date (administrators only).</source>
        <translation>Delete the journal lines older than a date (administrators only).</translation>
    </message>
    <message>
        <source>Run history (latest %L1)</source>
        <translation>Run history (latest %L1)</translation>
    </message>
    <message>
        <source>Journal of the selected run</source>
        <translation>Journal of the selected run</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>The run history could not be read from the database: %1</source>
        <translation>The run history could not be read from the database: %1</translation>
    </message>
    <message>
        <source>The journal could not be read from the database: %1</source>
        <translation>The journal could not be read from the database: %1</translation>
    </message>
    <message>
        <source>%1: schedule set to &quot;%2&quot;.</source>
        <translation>%1: schedule set to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Purge the journal</source>
        <translation>Purge the journal</translation>
    </message>
    <message>
        <source>Journal lines older than the date below are deleted, for all workflows. Runs are kept.</source>
        <translation>Journal lines older than the date below are deleted, for all workflows. Runs are kept.</translation>
    </message>
    <message>
        <source>Delete lines &amp;older than:</source>
        <translation>Delete lines &amp;older than:</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Purge…</translation>
    </message>
    <message>
        <source>The journal could not be purged: %1</source>
        <translation>The journal could not be purged: %1</translation>
    </message>
    <message>
        <source>The journal has no line older than %1: nothing to purge.</source>
        <translation>The journal has no line older than %1: nothing to purge.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln journal line(s) older than %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln journal line older than %1? This cannot be undone.</numerusform>
            <numerusform>Delete the %Ln journal lines older than %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal line(s) older than %1 deleted.</source>
        <translation>
            <numerusform>%Ln journal line older than %1 deleted.</numerusform>
            <numerusform>%Ln journal lines older than %1 deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::workflows::WorkflowCatalog</name>
    <message>
        <source>Cost calculation</source>
        <translation>Cost calculation</translation>
    </message>
    <message>
        <source>Computes expense lines and cost lines, and the amounts of budgets, plans, programs, campaigns, deliveries and tasks.</source>
        <translation>Computes expense lines and cost lines, and the amounts of budgets, plans, programs, campaigns, deliveries and tasks.</translation>
    </message>
    <message>
        <source>Stock: Orders and alerts</source>
        <translation>Stock: Orders and alerts</translation>
    </message>
    <message>
        <source>Receives stock orders, computes stock consumption and levels, raises and clears alerts and proposes reorders.</source>
        <translation>Receives stock orders, computes stock consumption and levels, raises and clears alerts and proposes reorders.</translation>
    </message>
    <message>
        <source>Jobs on deliveries in campaigns</source>
        <translation>Jobs on deliveries in campaigns</translation>
    </message>
    <message>
        <source>Sends approval requests and reminders, moves approved deliveries on, starts them when due and hands external deliveries to their service provider.</source>
        <translation>Sends approval requests and reminders, moves approved deliveries on, starts them when due and hands external deliveries to their service provider.</translation>
    </message>
    <message>
        <source>Campaign jobs</source>
        <translation>Campaign jobs</translation>
    </message>
    <message>
        <source>Runs campaign jobs (targeting, file extraction) and creates the deliveries and campaigns of recurring and periodic campaigns.</source>
        <translation>Runs campaign jobs (targeting, file extraction) and creates the deliveries and campaigns of recurring and periodic campaigns.</translation>
    </message>
    <message>
        <source>Jobs on service providers</source>
        <translation>Jobs on service providers</translation>
    </message>
    <message>
        <source>Sends extraction files to service providers and processes the files they return.</source>
        <translation>Sends extraction files to service providers and processes the files they return.</translation>
    </message>
</context>
</TS>
