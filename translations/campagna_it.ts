<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>campagna::Console</name>
    <message>
        <source>Campagna</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Loading the demo data into %1…</source>
        <translation>Caricamento dei dati dimostrativi in %1…</translation>
    </message>
    <message>
        <source>Campagna: the console of the five campaign-processing workflows.</source>
        <translation>Campagna: la console dei cinque flussi di lavoro di elaborazione delle campagne.</translation>
    </message>
    <message>
        <source>Open the demo database (created and filled with the demo data on first use).</source>
        <translation>Apre il database dimostrativo (creato e popolato con i dati dimostrativi al primo utilizzo).</translation>
    </message>
    <message>
        <source>Open this database: sqlite:/path/file.sqlite or postgresql://user@host:port/dbname.</source>
        <translation>Apre questo database: sqlite:/path/file.sqlite o postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Use either --demo or --db, not both.</source>
        <translation>Usare --demo oppure --db, non entrambi.</translation>
    </message>
    <message>
        <source>Start Campagna with --db URL to open another database.</source>
        <translation>Avviare Campagna con --db URL per aprire un altro database.</translation>
    </message>
    <message>
        <source>Campagna cannot open the database %1.

%2</source>
        <translation>Campagna non riesce ad aprire il database %1.

%2</translation>
    </message>
    <message>
        <source>The demo data could not be loaded into %1.

%2</source>
        <translation>Impossibile caricare i dati dimostrativi in %1.

%2</translation>
    </message>
    <message>
        <source>Campagna cannot tell which operator you are in %1.

%2</source>
        <translation>Campagna non riesce a determinare l&apos;operatore corrente in %1.

%2</translation>
    </message>
</context>
<context>
    <name>campagna::budget::BudgetWorkflow</name>
    <message>
        <source>Expense lines: %1 for %2 deliveries and %3 tasks; %4 added, %5 changed, %6 removed.</source>
        <translation>Righe di spesa: %1 per %2 consegne e %3 attività; %4 aggiunte, %5 modificate, %6 rimosse.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; has the per-message cost type &quot;%2&quot; (cost choice %3): a task sends no messages, so no expense line was made.</source>
        <translation>L&apos;attività &quot;%1&quot; ha il tipo di costo per messaggio &quot;%2&quot; (scelta di costo %3): un&apos;attività non invia messaggi, quindi non è stata creata alcuna riga di spesa.</translation>
    </message>
    <message>
        <source>Cost choice %1: its cost category &quot;%2&quot; is for the channel %3, but it is used on a %4; it was computed as given.</source>
        <translation>Scelta di costo %1: la sua categoria di costo &quot;%2&quot; è per il canale %3, ma è usata su %4; è stata calcolata così com&apos;è.</translation>
    </message>
    <message numerus="yes">
        <source>%n more cost choice(s) use a cost category of another channel.</source>
        <translation>
            <numerusform>%n altra scelta di costo usa una categoria di costo di un altro canale.</numerusform>
            <numerusform>Altre %n scelte di costo usano una categoria di costo di un altro canale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculated costs changed: %1 deliveries, %2 tasks, %3 campaigns, %4 programs, %5 plans.</source>
        <translation>Costi calcolati modificati: %1 consegne, %2 attività, %3 campagne, %4 programmi, %5 piani.</translation>
    </message>
    <message>
        <source>Cost lines: %1 for %2 consolidated campaigns; %3 added, %4 changed, %5 removed.</source>
        <translation>Righe di costo: %1 per %2 campagne consolidate; %3 aggiunte, %4 modificate, %5 rimosse.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is consolidated but has no budget (neither its own, nor its program&apos;s, nor its plan&apos;s): nothing was charged.</source>
        <translation>La campagna &quot;%1&quot; è consolidata ma non ha un budget (né proprio, né del suo programma, né del suo piano): non è stato addebitato nulla.</translation>
    </message>
    <message>
        <source>Budget &quot;%1&quot;: allocated %2, planned %3, reserved %4, committed %5, spent %6, invoiced %7, available %8.</source>
        <translation>Budget &quot;%1&quot;: stanziato %2, pianificato %3, riservato %4, impegnato %5, speso %6, fatturato %7, disponibile %8.</translation>
    </message>
    <message>
        <source>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated (by %7).</source>
        <translation>Il budget &quot;%1&quot; è superato: riservato %2 + impegnato %3 + speso %4 = %5, più dei %6 stanziati (di %7).</translation>
    </message>
    <message>
        <source>The expense categories of the budget &quot;%1&quot; add up to %2, not to its allocation of %3.</source>
        <translation>Le categorie di spesa del budget &quot;%1&quot; sommano a %2, non al suo stanziamento di %3.</translation>
    </message>
    <message>
        <source>Budgets: %1 of %2 changed.</source>
        <translation>Budget: %1 su %2 modificati.</translation>
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
        <translation>La riga di comando di Campagna: il motore, senza interfaccia grafica.</translation>
    </message>
    <message>
        <source>Database URL (default: $CAMPAGNA_DB, then the local SQLite file).</source>
        <translation>URL del database (predefinito: $CAMPAGNA_DB, poi il file SQLite locale).</translation>
    </message>
    <message>
        <source>Act as this operator.</source>
        <translation>Agisce come questo operatore.</translation>
    </message>
    <message>
        <source>Fix the clock (ISO 8601, e.g. 2027-01-15T09:00:00Z).</source>
        <translation>Fissa l&apos;orologio (ISO 8601, ad es. 2027-01-15T09:00:00Z).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Stampa un unico documento JSON.</translation>
    </message>
    <message>
        <source>Language of messages: it or en.</source>
        <translation>Lingua dei messaggi: it o en.</translation>
    </message>
    <message>
        <source>demo: multiply recipients and deliveries.</source>
        <translation>demo: moltiplica destinatari e consegne.</translation>
    </message>
    <message>
        <source>demo: random seed.</source>
        <translation>demo: seme casuale.</translation>
    </message>
    <message>
        <source>log: the lines of this run.</source>
        <translation>log: le righe di questa esecuzione.</translation>
    </message>
    <message>
        <source>log: at most this many lines.</source>
        <translation>log: al massimo questo numero di righe.</translation>
    </message>
    <message>
        <source>log: delete journal lines older than this date.</source>
        <translation>log: elimina le righe del registro anteriori a questa data.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Lingua sconosciuta &quot;%1&quot;: usare it o en.</translation>
    </message>
    <message>
        <source>Invalid --now &quot;%1&quot;: write an ISO 8601 time such as 2027-01-15T09:00:00Z.</source>
        <translation>--now non valido &quot;%1&quot;: indicare un orario ISO 8601, ad esempio 2027-01-15T09:00:00Z.</translation>
    </message>
    <message>
        <source>Usage: campagnactl init</source>
        <translation>Uso: campagnactl init</translation>
    </message>
    <message>
        <source>Usage: campagnactl demo [--scale N] [--seed S]</source>
        <translation>Uso: campagnactl demo [--scale N] [--seed S]</translation>
    </message>
    <message>
        <source>Usage: campagnactl status</source>
        <translation>Uso: campagnactl status</translation>
    </message>
    <message>
        <source>Usage: campagnactl %1 WORKFLOW</source>
        <translation>Uso: campagnactl %1 FLUSSO</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Flusso di lavoro sconosciuto &quot;%1&quot;. I flussi di lavoro sono: %2.</translation>
    </message>
    <message>
        <source>Usage: campagnactl serve</source>
        <translation>Uso: campagnactl serve</translation>
    </message>
    <message>
        <source>The database %1 is up to date (schema version %2).</source>
        <translation>Il database %1 è aggiornato (versione dello schema %2).</translation>
    </message>
    <message>
        <source>The database %1 now has schema version %2 (it had %3).</source>
        <translation>Il database %1 ha ora la versione dello schema %2 (prima era la %3).</translation>
    </message>
    <message>
        <source>Invalid --scale &quot;%1&quot;: give a whole number from 1 to 1000.</source>
        <translation>--scale non valido &quot;%1&quot;: indicare un numero intero da 1 a 1000.</translation>
    </message>
    <message>
        <source>Invalid --seed &quot;%1&quot;: give a whole number.</source>
        <translation>--seed non valido &quot;%1&quot;: indicare un numero intero.</translation>
    </message>
    <message>
        <source>Demo data loaded into %1: %2 rows (scale %3, seed %4).</source>
        <translation>Dati dimostrativi caricati in %1: %2 righe (scala %3, seme %4).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>state: %1   failed: %2   schedule: %3   next run: %4</source>
        <translation>stato: %1   in errore: %2   pianificazione: %3   prossima esecuzione: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message numerus="yes">
        <source>last run: #%1 %2, started %3, took %4 s, %n item(s)</source>
        <translation>
            <numerusform>ultima esecuzione: #%1 %2, avviata %3, durata %4 s, %n elemento</numerusform>
            <numerusform>ultima esecuzione: #%1 %2, avviata %3, durata %4 s, %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>last run: never</source>
        <translation>ultima esecuzione: mai</translation>
    </message>
    <message>
        <source>being run by %1 (lease until %2)</source>
        <translation>in esecuzione da parte di %1 (lease fino a %2)</translation>
    </message>
    <message>
        <source>Campaign processing is halted until all five workflows are started.</source>
        <translation>L&apos;elaborazione delle campagne è ferma finché tutti e cinque i flussi di lavoro non sono avviati.</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 succeeded in %3 ms: %n item(s)</source>
        <translation>
            <numerusform>%1: esecuzione %2 riuscita in %3 ms: %n elemento</numerusform>
            <numerusform>%1: esecuzione %2 riuscita in %3 ms: %n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avviso.</numerusform>
            <numerusform>%n avvisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>campagnactl: %1: run %2 %3: %4</source>
        <translation>campagnactl: %1: esecuzione %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 è ora %2.</translation>
    </message>
    <message>
        <source>Serving %1; the scheduler runs due workflows. Stop with Ctrl+C.</source>
        <translation>In servizio su %1; il pianificatore esegue i flussi di lavoro previsti. Interrompere con Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped cleanly.</source>
        <translation>Arresto completato correttamente.</translation>
    </message>
    <message>
        <source>Usage: campagnactl log --purge-before DATE</source>
        <translation>Uso: campagnactl log --purge-before DATA</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot;: write 2027-01-15 or 2027-01-15T09:00:00Z.</source>
        <translation>Data non valida &quot;%1&quot;: scrivere 2027-01-15 o 2027-01-15T09:00:00Z.</translation>
    </message>
    <message>
        <source>Purge the journal</source>
        <translation>Pulisci il registro</translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) deleted.</source>
        <translation>
            <numerusform>%n riga del registro eliminata.</numerusform>
            <numerusform>%n righe del registro eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: campagnactl log WORKFLOW [--run ID] [--limit N] or campagnactl log --purge-before DATE</source>
        <translation>Uso: campagnactl log FLUSSO [--run ID] [--limit N] oppure campagnactl log --purge-before DATA</translation>
    </message>
    <message>
        <source>Invalid --run &quot;%1&quot;: give a run number.</source>
        <translation>--run non valido &quot;%1&quot;: indicare un numero di esecuzione.</translation>
    </message>
    <message>
        <source>Invalid --limit &quot;%1&quot;: give a positive number.</source>
        <translation>--limit non valido &quot;%1&quot;: indicare un numero positivo.</translation>
    </message>
    <message>
        <source>There is no run %1 of %2.</source>
        <translation>L&apos;esecuzione %1 di %2 non esiste.</translation>
    </message>
    <message>
        <source>The journal of %1 is empty.</source>
        <translation>Il registro di %1 è vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 %3 (%4 ms, %n item(s)) %5</source>
        <translation>
            <numerusform>%1: esecuzione %2 %3 (%4 ms, %n elemento) %5</numerusform>
            <numerusform>%1: esecuzione %2 %3 (%4 ms, %n elementi) %5</numerusform>
        </translation>
    </message>
    <message>
        <source>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve | log WORKFLOW | delivery submit ID</source>
        <translation>init | demo | status | run FLUSSO | start FLUSSO | pause FLUSSO | stop FLUSSO | serve | log FLUSSO | delivery submit ID</translation>
    </message>
    <message>
        <source>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</source>
        <translation>Nessun comando indicato. Comandi: init, demo, status, run, start, pause, stop, serve, log, delivery.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, delivery.</source>
        <translation>Comando sconosciuto &quot;%1&quot;. Comandi: init, demo, status, run, start, pause, stop, serve, log, delivery.</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery submit ID</source>
        <translation>Uso: campagnactl delivery submit ID</translation>
    </message>
    <message>
        <source>Invalid delivery &quot;%1&quot;: give its number.</source>
        <translation>Consegna non valida &quot;%1&quot;: indicarne il numero.</translation>
    </message>
    <message>
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Consegna %1 inoltrata: il processo di targeting %2 è in coda per operationMgt.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Database</name>
    <message>
        <source>Cannot open the SQLite database %1: the folder %2 does not exist.</source>
        <translation>Impossibile aprire il database SQLite %1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: it is a folder.</source>
        <translation>Impossibile aprire il database SQLite %1: è una cartella.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Il driver Qt SQL per %1 non è installato.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Impossibile aprire il database SQLite %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for user &quot;%1&quot; on %2. Set PGPASSWORD or ~/.pgpass, or enter the password when asked. (%3)</source>
        <translation>PostgreSQL ha rifiutato la password dell&apos;utente &quot;%1&quot; su %2. Impostare PGPASSWORD o ~/.pgpass, oppure inserire la password quando viene richiesta. (%3)</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Impossibile connettersi al database PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Campagna database (not an SQLite file: %2).</source>
        <translation>%1 non è un database Campagna (non è un file SQLite: %2).</translation>
    </message>
    <message>
        <source>Cannot set up the session on %1: %2</source>
        <translation>Impossibile configurare la sessione su %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::db::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL del database è vuoto.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names a host (&quot;%2&quot;); SQLite files are local: use sqlite:/path/to/file.sqlite.</source>
        <translation>L&apos;URL SQLite &quot;%1&quot; indica un host (&quot;%2&quot;); i file SQLite sono locali: usare sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file: use sqlite:/path/to/file.sqlite.</source>
        <translation>L&apos;URL SQLite &quot;%1&quot; non indica alcun file: usare sqlite:/path/to/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; has parameters; SQLite URLs take a file path only.</source>
        <translation>L&apos;URL SQLite &quot;%1&quot; contiene parametri; gli URL SQLite accettano solo il percorso di un file.</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>URL del database non supportato &quot;%1&quot;: usare sqlite:/path/file.sqlite o postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is malformed (check the host, the port and the escaping of special characters).</source>
        <translation>L&apos;URL PostgreSQL &quot;%1&quot; non è valido (controllare l&apos;host, la porta e l&apos;escape dei caratteri speciali).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has a path &quot;%2&quot;; it should name one database.</source>
        <translation>L&apos;URL PostgreSQL &quot;%1&quot; ha un percorso &quot;%2&quot;; deve indicare un solo database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port &quot;%2&quot;.</source>
        <translation>L&apos;URL PostgreSQL &quot;%1&quot; ha una porta non valida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an unknown parameter &quot;%2&quot;.</source>
        <translation>L&apos;URL PostgreSQL &quot;%1&quot; ha un parametro sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid sslmode &quot;%1&quot;; expected one of %2.</source>
        <translation>L&apos;URL PostgreSQL ha un sslmode non valido &quot;%1&quot;; valori ammessi: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port.</source>
        <translation>L&apos;URL PostgreSQL &quot;%1&quot; ha una porta non valida.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Migrator</name>
    <message>
        <source>The program carries no schema migrations.</source>
        <translation>Il programma non contiene migrazioni dello schema.</translation>
    </message>
    <message>
        <source>The database schema is version %1, newer than this program understands (%2). Use a newer Campagna.</source>
        <translation>Lo schema del database è alla versione %1, più recente di quella gestita da questo programma (%2). Usare una versione più recente di Campagna.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migrazione %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>The database has no Campagna schema yet: run &quot;campagnactl init&quot; first.</source>
        <translation>Il database non ha ancora uno schema Campagna: eseguire prima &quot;campagnactl init&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::db::Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Errore del database: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>campagna::db::WriteTransaction</name>
    <message>
        <source>No transaction to commit.</source>
        <translation>Nessuna transazione di cui eseguire il commit.</translation>
    </message>
</context>
<context>
    <name>campagna::demo::DemoGenerator</name>
    <message>
        <source>The demo scale must be between 1 and %1, not %2.</source>
        <translation>La scala dei dati dimostrativi deve essere compresa tra 1 e %1, non %2.</translation>
    </message>
    <message>
        <source>The database is not empty: table &quot;%1&quot; already has rows. The demo data can only be loaded into an empty database.</source>
        <translation>Il database non è vuoto: la tabella &quot;%1&quot; contiene già delle righe. I dati dimostrativi possono essere caricati solo in un database vuoto.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::RunContext</name>
    <message>
        <source>Run %1 of %2 lost its lease (another runner took the workflow over); it stops without writing anything more.</source>
        <translation>L&apos;esecuzione %1 di %2 ha perso il lease (un altro esecutore ha preso in carico il flusso di lavoro); si interrompe senza scrivere altro.</translation>
    </message>
    <message>
        <source>Run %1 of %2 has lost its lease.</source>
        <translation>L&apos;esecuzione %1 di %2 ha perso il lease.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; failed: %2</source>
        <translation>Passaggio &quot;%1&quot; non riuscito: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;esecuzione è stata annullata.</translation>
    </message>
    <message>
        <source>The workflow was stopped while it ran.</source>
        <translation>Il flusso di lavoro è stato fermato durante l&apos;esecuzione.</translation>
    </message>
    <message>
        <source>The workflow was paused while it ran; it stopped after its current unit of work.</source>
        <translation>Il flusso di lavoro è stato sospeso durante l&apos;esecuzione; si è interrotto dopo l&apos;unità di lavoro in corso.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::Schedule</name>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the interval must be greater than zero.</source>
        <translation>Pianificazione &quot;%1&quot; non valida: l&apos;intervallo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the shortest interval is one minute.</source>
        <translation>Pianificazione &quot;%1&quot; non valida: l&apos;intervallo minimo è di un minuto.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: %2 is not a time of day.</source>
        <translation>Pianificazione &quot;%1&quot; non valida: %2 non è un orario del giorno.</translation>
    </message>
    <message>
        <source>Invalid schedule &quot;%1&quot;: write &quot;every 15m&quot; (s, m, h or d), &quot;daily 09:00&quot;, or &quot;manual&quot;.</source>
        <translation>Pianificazione &quot;%1&quot; non valida: scrivere &quot;every 15m&quot; (s, m, h o d), &quot;daily 09:00&quot; oppure &quot;manual&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::UnavailableWorkflow</name>
    <message>
        <source>The %1 workflow is not available yet in this version of Campagna: its processing has not been built, so nothing was done.</source>
        <translation>Il flusso di lavoro %1 non è ancora disponibile in questa versione di Campagna: la sua elaborazione non è stata implementata, quindi non è stato fatto nulla.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::WorkflowEngine</name>
    <message>
        <source>Start %1</source>
        <translation>Avvia %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Sospendi %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Ferma %1</translation>
    </message>
    <message>
        <source>Change the schedule of %1</source>
        <translation>Modifica la pianificazione di %1</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Flusso di lavoro sconosciuto &quot;%1&quot;. I flussi di lavoro sono: %2.</translation>
    </message>
    <message>
        <source>The engine is shutting down.</source>
        <translation>Il motore è in fase di arresto.</translation>
    </message>
    <message>
        <source>%1 is already running in this process.</source>
        <translation>%1 è già in esecuzione in questo processo.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Esegui %1</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;: the database has no row for it (run &quot;campagnactl init&quot;).</source>
        <translation>Flusso di lavoro sconosciuto &quot;%1&quot;: il database non contiene una riga corrispondente (eseguire &quot;campagnactl init&quot;).</translation>
    </message>
    <message>
        <source>The workflow row disappeared.</source>
        <translation>La riga del flusso di lavoro è scomparsa.</translation>
    </message>
    <message>
        <source>The run was lost: its runner stopped renewing the lease (crashed, killed or cut off).</source>
        <translation>L&apos;esecuzione è andata persa: il suo esecutore ha smesso di rinnovare il lease (arresto anomalo, processo terminato o connessione interrotta).</translation>
    </message>
    <message>
        <source>The run could not be recorded.</source>
        <translation>Impossibile registrare l&apos;esecuzione.</translation>
    </message>
    <message>
        <source>%1 is being run by %2; it was not started again.</source>
        <translation>%1 è in esecuzione da parte di %2; non è stato avviato di nuovo.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Errore interno: %1</translation>
    </message>
    <message>
        <source>Internal error (unknown exception).</source>
        <translation>Errore interno (eccezione sconosciuta).</translation>
    </message>
    <message>
        <source>The run lost its lease before it could record its end.</source>
        <translation>L&apos;esecuzione ha perso il lease prima di poterne registrare la fine.</translation>
    </message>
    <message>
        <source>%1 was paused after this failure (on_error = pause); start it again once the cause is fixed.</source>
        <translation>%1 è stato sospeso dopo questo errore (on_error = pause); avviarlo di nuovo dopo aver risolto la causa.</translation>
    </message>
    <message>
        <source>Campagna: the workflow %1 failed</source>
        <translation>Campagna: errore del flusso di lavoro %1</translation>
    </message>
    <message>
        <source>Run %1 of the workflow %2 failed at %3 (UTC).

Cause: %4

What to do: read the run&apos;s journal in the console (Workflows page) or with &quot;campagnactl log %2 --run %1&quot;, fix the cause, then start the workflow again.</source>
        <translation>L&apos;esecuzione %1 del flusso di lavoro %2 non è riuscita il %3 (UTC).

Causa: %4

Cosa fare: leggere il registro dell&apos;esecuzione nella console (pagina Flussi di lavoro) o con &quot;campagnactl log %2 --run %1&quot;, risolvere la causa, quindi avviare di nuovo il flusso di lavoro.</translation>
    </message>
    <message>
        <source>No supervisor was told of this failure: the operator group &quot;workflow-supervisors&quot; has no members.</source>
        <translation>Nessun supervisore è stato informato di questo errore: il gruppo di operatori &quot;workflow-supervisors&quot; non ha membri.</translation>
    </message>
</context>
<context>
    <name>campagna::engine::WorkflowStore</name>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Flusso di lavoro sconosciuto &quot;%1&quot;. I flussi di lavoro sono: %2.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::DeliverySubmission</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>La consegna %1 non esiste.</translation>
    </message>
    <message>
        <source>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Solo gli amministratori possono inoltrare la consegna %1 &quot;%2&quot; (la sua campagna non ha un responsabile); &quot;%3&quot; non lo è.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Solo il responsabile della campagna (%1) e gli amministratori possono inoltrare la consegna %2 &quot;%3&quot;; &quot;%4&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are submitted, not the template.</source>
        <translation>La consegna %1 &quot;%2&quot; è un modello di una campagna ricorrente: vengono inoltrate le sue copie, non il modello.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery being edited, or one waiting for validation with a rejected approval, can be submitted.</source>
        <translation>La consegna %1 &quot;%2&quot; è %3: si può inoltrare solo una consegna in modifica, oppure una in attesa di convalida con un&apos;approvazione rifiutata.</translation>
    </message>
    <message>
        <source>The targeting job could not be queued.</source>
        <translation>Impossibile mettere in coda il processo di targeting.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::ExtractionJob</name>
    <message>
        <source>The delivery %1 does not exist any more.</source>
        <translation>La consegna %1 non esiste più.</translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer extraction_pending: nothing was extracted.</source>
        <translation>La consegna %1 è %2, non più extraction_pending: non è stato estratto nulla.</translation>
    </message>
    <message>
        <source>The direct-mail delivery %1 has no service provider&apos;s service: its file has no name pattern and no provider to go to. Choose a service for the delivery.</source>
        <translation>La consegna postale %1 non ha un servizio di un fornitore di servizi: il suo file non ha né uno schema di nome né un fornitore a cui essere inviato. Scegliere un servizio per la consegna.</translation>
    </message>
    <message>
        <source>The extraction file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</source>
        <translation>Lo schema del file di estrazione &quot;%1&quot; produce &quot;%2&quot;, che non è un semplice nome di file. Correggere lo schema del servizio.</translation>
    </message>
    <message>
        <source>The file %1 is already the extraction file of the delivery %2: the service&apos;s pattern &quot;%3&quot; gives the same name to both. Add {delivery_id} to the pattern.</source>
        <translation>Il file %1 è già il file di estrazione della consegna %2: lo schema &quot;%3&quot; del servizio produce lo stesso nome per entrambe. Aggiungere {delivery_id} allo schema.</translation>
    </message>
    <message>
        <source>The file %1 is being written for another delivery by this run; the extraction is tried again on the next run.</source>
        <translation>Il file %1 è in fase di scrittura per un&apos;altra consegna in questa esecuzione; l&apos;estrazione verrà ritentata all&apos;esecuzione successiva.</translation>
    </message>
    <message>
        <source>Cannot create the extraction folder %1.</source>
        <translation>Impossibile creare la cartella di estrazione %1.</translation>
    </message>
    <message>
        <source>Cannot write the extraction file %1: %2</source>
        <translation>Impossibile scrivere il file di estrazione %1: %2</translation>
    </message>
    <message>
        <source>The extraction of the delivery %1 was cancelled.</source>
        <translation>L&apos;estrazione della consegna %1 è stata annullata.</translation>
    </message>
    <message numerus="yes">
        <source>File %1 extracted: %n record(s).</source>
        <translation>
            <numerusform>File %1 estratto: %n record.</numerusform>
            <numerusform>File %1 estratto: %n record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::operation::OperationWorkflow</name>
    <message numerus="yes">
        <source>%n extraction job(s) requested.</source>
        <translation>
            <numerusform>%n processo di estrazione richiesto.</numerusform>
            <numerusform>%n processi di estrazione richiesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting operation.max_concurrent_jobs is &quot;%1&quot;, not a whole number of 1 or more: %2 jobs at a time are run instead.</source>
        <translation>L&apos;impostazione operation.max_concurrent_jobs vale &quot;%1&quot;, che non è un numero intero pari o superiore a 1: vengono invece eseguiti %2 processi alla volta.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left running by an interrupted run are pending again.</source>
        <translation>
            <numerusform>%n processo rimasto in corso a causa di un&apos;esecuzione interrotta è di nuovo in attesa.</numerusform>
            <numerusform>%n processi rimasti in corso a causa di un&apos;esecuzione interrotta sono di nuovo in attesa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error in job %1: %2</source>
        <translation>Errore interno nel processo %1: %2</translation>
    </message>
    <message>
        <source>Internal error in job %1 (unknown exception).</source>
        <translation>Errore interno nel processo %1 (eccezione sconosciuta).</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;esecuzione è stata annullata.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run: %1 succeeded, %2 to be retried, %3 failed; %4 target(s) selected, %5 row(s) extracted.</source>
        <translation>
            <numerusform>%n processo eseguito: %1 riusciti, %2 da ritentare, %3 non riusciti; %4 destinatari selezionati, %5 righe estratte.</numerusform>
            <numerusform>%n processi eseguiti: %1 riusciti, %2 da ritentare, %3 non riusciti; %4 destinatari selezionati, %5 righe estratte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 targeted: %2 matching, %3 to send; now %4.</source>
        <translation>Targeting della consegna %1 eseguito: %2 corrispondenti, %3 da inviare; ora %4.</translation>
    </message>
    <message numerus="yes">
        <source>Delivery %1 extracted to %2: %n record(s); now %3.</source>
        <translation>
            <numerusform>Consegna %1 estratta in %2: %n record; ora %3.</numerusform>
            <numerusform>Consegna %1 estratta in %2: %n record; ora %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>Tipo di processo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed, attempt %4 of %5; it will be tried again on the next run: %6</source>
        <translation>Il processo %1 (%2) della consegna %3 non è riuscito, tentativo %4 di %5; verrà ritentato all&apos;esecuzione successiva: %6</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 was closed without effect: %4</source>
        <translation>Il processo %1 (%2) della consegna %3 è stato chiuso senza effetto: %4</translation>
    </message>
    <message>
        <source>Targeting failed: %1</source>
        <translation>Targeting non riuscito: %1</translation>
    </message>
    <message>
        <source>Extraction failed: %1</source>
        <translation>Estrazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed after %4 attempts: %5</source>
        <translation>Il processo %1 (%2) della consegna %3 non è riuscito dopo %4 tentativi: %5</translation>
    </message>
    <message>
        <source>Job %1 (%2) of the delivery %3 failed: %4</source>
        <translation>Il processo %1 (%2) della consegna %3 non è riuscito: %4</translation>
    </message>
</context>
<context>
    <name>campagna::operation::ScheduleInstantiator</name>
    <message>
        <source>No campaign was made for the schedule line %1 of the periodic campaign &quot;%2&quot;.</source>
        <translation>Nessuna campagna è stata creata per la riga di pianificazione %1 della campagna periodica &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The schedule line %1 of the periodic campaign &quot;%2&quot; already has its campaign (%3); nothing was created for it again.</source>
        <translation>La riga di pianificazione %1 della campagna periodica &quot;%2&quot; ha già la sua campagna (%3); non è stato ricreato nulla.</translation>
    </message>
    <message>
        <source>The periodic campaign &quot;%1&quot; has no start date, so no date can be shifted from it: in &quot;%2&quot;, %3 have no dates and %4 were not copied.</source>
        <translation>La campagna periodica &quot;%1&quot; non ha una data di inizio, quindi nessuna data può essere spostata a partire da essa: in &quot;%2&quot; mancano le date di %3 ed è stata omessa la copia di %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) and task(s)</source>
        <translation>
            <numerusform>%n consegna o attività</numerusform>
            <numerusform>%n consegne e attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absolute reminder rule(s)</source>
        <translation>
            <numerusform>%n regola di promemoria assoluta</numerusform>
            <numerusform>%n regole di promemoria assolute</numerusform>
        </translation>
    </message>
    <message>
        <source>The recurring campaign &quot;%1&quot; has no template delivery: its schedule line %2 (%3) created nothing.</source>
        <translation>La campagna ricorrente &quot;%1&quot; non ha una consegna modello: la sua riga di pianificazione %2 (%3) non ha creato nulla.</translation>
    </message>
    <message>
        <source>Periodic campaign &quot;%1&quot;, schedule line %2 (%3): created the campaign &quot;%4&quot; with %5, %6, %7, %8 and %9.</source>
        <translation>Campagna periodica &quot;%1&quot;, riga di pianificazione %2 (%3): creata la campagna &quot;%4&quot; con %5, %6, %7, %8 e %9.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n consegna</numerusform>
            <numerusform>%n consegne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n attività</numerusform>
            <numerusform>%n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost choice(s)</source>
        <translation>
            <numerusform>%n scelta di costo</numerusform>
            <numerusform>%n scelte di costo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required approval(s)</source>
        <translation>
            <numerusform>%n approvazione richiesta</numerusform>
            <numerusform>%n approvazioni richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder rule(s)</source>
        <translation>
            <numerusform>%n regola di promemoria</numerusform>
            <numerusform>%n regole di promemoria</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring campaign &quot;%1&quot;, schedule line %2 (%3): created %4 with %5.</source>
        <translation>Campagna ricorrente &quot;%1&quot;, riga di pianificazione %2 (%3): creazione di %4 con %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) submitted for targeting.</source>
        <translation>
            <numerusform>%n consegna inoltrata per il targeting.</numerusform>
            <numerusform>%n consegne inoltrate per il targeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring and periodic campaigns: %1 instantiated, %2 and %3 created, %4 submitted for targeting.</source>
        <translation>Campagne ricorrenti e periodiche: istanziazione di %1, creazione di %2 e %3, inoltro per il targeting di %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule line(s)</source>
        <translation>
            <numerusform>%n riga di pianificazione</numerusform>
            <numerusform>%n righe di pianificazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagna</numerusform>
            <numerusform>%n campagne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::operation::TargetExpression</name>
    <message>
        <source>%1: expected &quot;and&quot;, &quot;or&quot; or the end of the text, found %2.</source>
        <translation>%1: previsto &quot;and&quot;, &quot;or&quot; o la fine del testo, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Riga %1, colonna %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonna %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>la fine del testo</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the string that starts here is not closed: expected a closing quote (&apos;) before the end of the text.</source>
        <translation>%1: la stringa che inizia qui non è chiusa: previsto un apice di chiusura (&apos;) prima della fine del testo.</translation>
    </message>
    <message>
        <source>%1: a string cannot contain the character U+0000.</source>
        <translation>%1: una stringa non può contenere il carattere U+0000.</translation>
    </message>
    <message>
        <source>%1: invalid number &quot;%2&quot;.</source>
        <translation>%1: numero non valido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (%3 to %4).</source>
        <translation>%1: il numero %2 è fuori dall&apos;intervallo ammesso (da %3 a %4).</translation>
    </message>
    <message>
        <source>%1: unexpected character &quot;!&quot;: the operator is &quot;!=&quot;.</source>
        <translation>%1: carattere inatteso &quot;!&quot;: l&apos;operatore è &quot;!=&quot;.</translation>
    </message>
    <message>
        <source>%1: expected a digit after &quot;-&quot;, found %2.</source>
        <translation>%1: prevista una cifra dopo &quot;-&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: unexpected character %2.</source>
        <translation>%1: carattere inatteso %2.</translation>
    </message>
    <message>
        <source>%1: the expression is nested too deeply (at most %2 levels of parentheses and &quot;not&quot;).</source>
        <translation>%1: l&apos;espressione ha troppi livelli di annidamento (al massimo %2 livelli di parentesi e &quot;not&quot;).</translation>
    </message>
    <message>
        <source>%1: expected &quot;)&quot; to close the &quot;(&quot; of %2, found %3.</source>
        <translation>%1: previsto &quot;)&quot; per chiudere il &quot;(&quot; aperto alla %2, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: expected a field name, &quot;not&quot; or &quot;(&quot;, found %2.</source>
        <translation>%1: previsto un nome di campo, &quot;not&quot; o &quot;(&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: expected a field name, &quot;not&quot; or &quot;(&quot; after &quot;%2&quot;, found %3.</source>
        <translation>%1: previsto un nome di campo, &quot;not&quot; o &quot;(&quot; dopo &quot;%2&quot;, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (field names are lower case); the fields are: %3.</source>
        <translation>%1: campo sconosciuto &quot;%2&quot; (i nomi dei campi sono in minuscolo); i campi sono: %3.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are: %3.</source>
        <translation>%1: campo sconosciuto &quot;%2&quot;; i campi sono: %3.</translation>
    </message>
    <message>
        <source>%1: expected &quot;(&quot; after &quot;in&quot;, found %2.</source>
        <translation>%1: previsto &quot;(&quot; dopo &quot;in&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: the list after &quot;in&quot; is empty: expected at least one value.</source>
        <translation>%1: l&apos;elenco dopo &quot;in&quot; è vuoto: è richiesto almeno un valore.</translation>
    </message>
    <message>
        <source>%1: expected &quot;,&quot; or &quot;)&quot; in the list after &quot;in&quot;, found %2.</source>
        <translation>%1: previsto &quot;,&quot; o &quot;)&quot; nell&apos;elenco dopo &quot;in&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: &quot;like&quot; applies to text fields only, and &quot;%2&quot; is not one.</source>
        <translation>%1: &quot;like&quot; si applica solo ai campi di testo, e &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>%1: expected a pattern in single quotes after &quot;like&quot;, found %2.</source>
        <translation>%1: previsto uno schema tra apici singoli dopo &quot;like&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: expected &quot;null&quot; after &quot;is not&quot;, found %2.</source>
        <translation>%1: previsto &quot;null&quot; dopo &quot;is not&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: expected &quot;null&quot; or &quot;not null&quot; after &quot;is&quot;, found %2.</source>
        <translation>%1: previsto &quot;null&quot; o &quot;not null&quot; dopo &quot;is&quot;, ma c&apos;è %2.</translation>
    </message>
    <message>
        <source>%1: only flag fields (%2) may stand alone; &quot;%3&quot; needs an operator after it, found %4.</source>
        <translation>%1: solo i campi indicatore (%2) possono stare da soli; &quot;%3&quot; deve essere seguito da un operatore, ma c&apos;è %4.</translation>
    </message>
    <message>
        <source>%1: expected an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, is) after &quot;%2&quot;, found %3.</source>
        <translation>%1: previsto un operatore (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, is) dopo &quot;%2&quot;, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: compare with null using &quot;is null&quot; or &quot;is not null&quot;.</source>
        <translation>%1: per confrontare con null usare &quot;is null&quot; o &quot;is not null&quot;.</translation>
    </message>
    <message>
        <source>%1: expected a value after &quot;%2&quot;, found %3.</source>
        <translation>%1: previsto un valore dopo &quot;%2&quot;, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a text field: expected a text in single quotes, found %3.</source>
        <translation>%1: &quot;%2&quot; è un campo di testo: previsto un testo tra apici singoli, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an integer field: expected an integer, found %3.</source>
        <translation>%1: &quot;%2&quot; è un campo intero: previsto un numero intero, ma c&apos;è %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a flag: expected true, false, 0 or 1, found %3.</source>
        <translation>%1: &quot;%2&quot; è un indicatore: previsto true, false, 0 o 1, ma c&apos;è %3.</translation>
    </message>
</context>
<context>
    <name>campagna::operation::TargetingJob</name>
    <message>
        <source>The delivery %1 does not exist any more.</source>
        <translation>La consegna %1 non esiste più.</translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer targeting_pending: nothing was targeted.</source>
        <translation>La consegna %1 è %2, non più targeting_pending: il targeting non è stato eseguito.</translation>
    </message>
    <message>
        <source>The delivery %1 has an unknown channel &quot;%2&quot;.</source>
        <translation>La consegna %1 ha un canale sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Targeting done: %1 matching, %2 to send.</source>
        <translation>Targeting eseguito: %1 corrispondenti, %2 da inviare.</translation>
    </message>
</context>
<context>
    <name>campagna::people::ActorResolver</name>
    <message>
        <source>There is no operator named &quot;%1&quot;.</source>
        <translation>Non esiste alcun operatore di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot tell which database user this is.</source>
        <translation>Impossibile determinare di quale utente del database si tratta.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may act only as the operator &quot;%1&quot;, not as &quot;%2&quot;; only a superuser or the database owner may act as another operator.</source>
        <translation>L&apos;utente del database &quot;%1&quot; può agire solo come operatore &quot;%1&quot;, non come &quot;%2&quot;; solo un superutente o il proprietario del database può agire come un altro operatore.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; has no operator: ask an administrator to create the operator &quot;%1&quot;.</source>
        <translation>L&apos;utente del database &quot;%1&quot; non ha un operatore: chiedere a un amministratore di creare l&apos;operatore &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: only administrators may do this, and &quot;%2&quot; is not one.</source>
        <translation>%1: solo gli amministratori possono eseguire questa operazione, e &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>%1: only administrators may do this, and &quot;%2&quot; is not one. Ask one of: %3.</source>
        <translation>%1: solo gli amministratori possono eseguire questa operazione, e &quot;%2&quot; non lo è. Rivolgersi a uno di questi: %3.</translation>
    </message>
</context>
<context>
    <name>campagna::stock::StockWorkflow</name>
    <message numerus="yes">
        <source>%n stock order(s) due by now received.</source>
        <translation>
            <numerusform>%n ordine di stock in scadenza ricevuto.</numerusform>
            <numerusform>%n ordini di stock in scadenza ricevuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock consumption: %n row(s) inserted; rows updated: %1; rows deleted: %2.</source>
        <translation>
            <numerusform>Consumi di stock: %n riga inserita; righe aggiornate: %1; righe eliminate: %2.</numerusform>
            <numerusform>Consumi di stock: %n righe inserite; righe aggiornate: %1; righe eliminate: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock levels: %n line(s) recalculated; lines ok: %1, in alert: %2, insufficient: %3.</source>
        <translation>
            <numerusform>Livelli di stock: %n riga ricalcolata; righe ok: %1, in allerta: %2, insufficienti: %3.</numerusform>
            <numerusform>Livelli di stock: %n righe ricalcolate; righe ok: %1, in allerta: %2, insufficienti: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: in stock %3, forecast %4 (on order %5, planned %6).</source>
        <translation>La riga di stock &quot;%1&quot; di &quot;%2&quot; è insufficiente: in giacenza %3, previsione %4 (in ordine %5, pianificato %6).</translation>
    </message>
    <message numerus="yes">
        <source>%n more insufficient stock line(s), not listed one by one.</source>
        <translation>
            <numerusform>Un&apos;altra riga di stock insufficiente (%n), non elencata singolarmente.</numerusform>
            <numerusform>Altre %n righe di stock insufficienti, non elencate singolarmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock alerts: %n alert(s) raised; alerts cleared: %1.</source>
        <translation>
            <numerusform>Avvisi di stock: %n avviso aperto; avvisi chiusi: %1.</numerusform>
            <numerusform>Avvisi di stock: %n avvisi aperti; avvisi chiusi: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock alert notification(s) queued.</source>
        <translation>
            <numerusform>%n notifica di avviso stock in coda.</numerusform>
            <numerusform>%n notifiche di avviso stock in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock insufficient: %1 – %2</source>
        <translation>Stock insufficiente: %1 – %2</translation>
    </message>
    <message>
        <source>Stock alert: %1 – %2 at or below its alert level</source>
        <translation>Avviso stock: %1 – %2 al livello di allerta o sotto</translation>
    </message>
    <message>
        <source>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is insufficient: what is in stock and on order does not cover the deliveries that consume it or plan to.</source>
        <translation>La riga di stock &quot;%1&quot; dello stock &quot;%2&quot; è insufficiente: la giacenza e gli ordini in corso non coprono le consegne che la consumano o prevedono di consumarla.</translation>
    </message>
    <message>
        <source>The stock line &quot;%1&quot; of the stock &quot;%2&quot; is at or below its alert level.</source>
        <translation>La riga di stock &quot;%1&quot; dello stock &quot;%2&quot; è al livello di allerta o sotto.</translation>
    </message>
    <message>
        <source>In stock: %1
Forecast: %2
Alert level: %3</source>
        <translation>In giacenza: %1
Previsione: %2
Livello di allerta: %3</translation>
    </message>
    <message>
        <source>What to do: confirm the proposed reorder in the Stocks page of the console, or order more.</source>
        <translation>Cosa fare: confermare il riordino proposto nella pagina Stock della console, oppure ordinare altra merce.</translation>
    </message>
    <message numerus="yes">
        <source>Stock &quot;%1&quot; has %n open alert(s) but no alert group with members: nobody is told. Set its alert group.</source>
        <translation>
            <numerusform>Lo stock &quot;%1&quot; ha %n avviso aperto ma nessun gruppo di avviso con membri: nessuno viene informato. Impostare il gruppo di avviso.</numerusform>
            <numerusform>Lo stock &quot;%1&quot; ha %n avvisi aperti ma nessun gruppo di avviso con membri: nessuno viene informato. Impostare il gruppo di avviso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder proposal(s) created.</source>
        <translation>
            <numerusform>%n proposta di riordino creata.</numerusform>
            <numerusform>%n proposte di riordino create.</numerusform>
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
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Campagna</source>
        <translation>&amp;Informazioni su Campagna</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Flussi di lavoro</translation>
    </message>
    <message>
        <source>The five workflows: start, pause, stop and run them, and watch them run.</source>
        <translation>I cinque flussi di lavoro: avviarli, sospenderli, fermarli, eseguirli e seguirne l&apos;esecuzione.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Operator: %1 (administrator)</source>
        <translation>Operatore: %1 (amministratore)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Campagna %1&lt;/h3&gt;&lt;p&gt;The administration console of the five technical workflows of campaign processing: cost calculation, stock, deliveries, campaign jobs and service providers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Operator: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Campagna %1&lt;/h3&gt;&lt;p&gt;La console di amministrazione dei cinque flussi di lavoro tecnici dell&apos;elaborazione delle campagne: calcolo costi, stock, consegne, processi campagna e fornitori di servizi.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Operatore: %3&lt;/p&gt;&lt;p&gt;Compilato con Qt %4, in esecuzione su Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Campagna</source>
        <translation>Informazioni su Campagna</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>No workflow is running in this console; the scheduler runs started workflows when due.</source>
        <translation>Nessun flusso di lavoro in esecuzione in questa console; il pianificatore esegue i flussi di lavoro avviati all&apos;orario previsto.</translation>
    </message>
    <message>
        <source>No workflow is running in this console.</source>
        <translation>Nessun flusso di lavoro in esecuzione in questa console.</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) running</source>
        <translation>
            <numerusform>%n flusso di lavoro in esecuzione</numerusform>
            <numerusform>%n flussi di lavoro in esecuzione</numerusform>
        </translation>
    </message>
    <message>
        <source>Running in this console: %1</source>
        <translation>In esecuzione in questa console: %1</translation>
    </message>
    <message>
        <source>Connection lost, retrying</source>
        <translation>Connessione persa, nuovo tentativo in corso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
</context>
<context>
    <name>campagna::ui::WorkflowTableModel</name>
    <message>
        <source>The scheduler runs it when it is due.</source>
        <translation>Il pianificatore lo esegue all&apos;orario previsto.</translation>
    </message>
    <message>
        <source>No new run starts; a running one finishes its current unit of work and stops.</source>
        <translation>Nessuna nuova esecuzione viene avviata; quella in corso termina l&apos;unità di lavoro attuale e si ferma.</translation>
    </message>
    <message>
        <source>No run starts, and a running one is cancelled.</source>
        <translation>Nessuna esecuzione viene avviata e quella in corso viene annullata.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>A run failed and nobody has started the workflow since: %n consecutive failed run(s). Start clears the flag.</source>
        <translation>
            <numerusform>Un&apos;esecuzione non è riuscita e da allora nessuno ha avviato il flusso di lavoro: %n esecuzione consecutiva non riuscita. Avvia azzera l&apos;indicatore.</numerusform>
            <numerusform>Un&apos;esecuzione non è riuscita e da allora nessuno ha avviato il flusso di lavoro: %n esecuzioni consecutive non riuscite. Avvia azzera l&apos;indicatore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Pianificazione: nessuna (viene eseguito solo su richiesta)</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Pianificazione: %1</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flusso di lavoro</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: the workflow&apos;s failed flag</comment>
        <translation>In errore</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Ultima esecuzione</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prossima esecuzione</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>In esecuzione dal %1</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <comment>a running run: &apos;Running since ...&apos;, done, total</comment>
        <translation>%1: %L2 di %L3</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Mai eseguito</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>last run: status, start time, duration, items</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>This workflow has never run.</source>
        <translation>Questo flusso di lavoro non è mai stato eseguito.</translation>
    </message>
    <message>
        <source>run now</source>
        <translation>esegui ora</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>pianificatore</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>Run %1 (%2), requested by %3</source>
        <translation>Esecuzione %1 (%2), richiesta da %3</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>Eseguita da: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the journal</source>
        <translation>
            <numerusform>%n avviso nel registro</numerusform>
            <numerusform>%n avvisi nel registro</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non pianificato</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Da eseguire ora</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>Da eseguire dal %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscita</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run status</comment>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
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
        <translation>Impossibile leggere i flussi di lavoro dal database: %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Start the selected workflow: the scheduler runs it when it is due. Also clears its failed flag.</source>
        <translation>Avvia il flusso di lavoro selezionato: il pianificatore lo esegue all&apos;orario previsto. Azzera anche il suo indicatore di errore.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>Pause the selected workflow: no new run starts; a running one finishes its current unit of work.</source>
        <translation>Sospende il flusso di lavoro selezionato: nessuna nuova esecuzione viene avviata; quella in corso termina l&apos;unità di lavoro attuale.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Stop the selected workflow: no run starts, and a running one is cancelled.</source>
        <translation>Ferma il flusso di lavoro selezionato: nessuna esecuzione viene avviata e quella in corso viene annullata.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Esegui ora</translation>
    </message>
    <message>
        <source>Run the selected workflow once, now, whatever its state.</source>
        <translation>Esegue il flusso di lavoro selezionato una volta, subito, qualunque sia il suo stato.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>A&amp;nnulla esecuzione</translation>
    </message>
    <message>
        <source>Cancel the run of the selected workflow in progress in this console.</source>
        <translation>Annulla l&apos;esecuzione in corso del flusso di lavoro selezionato in questa console.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the workflows from the database again.</source>
        <translation>Rilegge i flussi di lavoro dal database.</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message numerus="yes">
        <source>Campaign processing is halted: %1 not started. Nothing is targeted, approved, extracted, sent, costed or counted until all five workflows are started.</source>
        <translation>
            <numerusform>L&apos;elaborazione delle campagne è ferma: %1 non avviato. Nessuna operazione di targeting, approvazione, estrazione, invio, calcolo dei costi o conteggio viene eseguita finché tutti e cinque i flussi di lavoro non sono avviati.</numerusform>
            <numerusform>L&apos;elaborazione delle campagne è ferma: %1 non avviati. Nessuna operazione di targeting, approvazione, estrazione, invio, calcolo dei costi o conteggio viene eseguita finché tutti e cinque i flussi di lavoro non sono avviati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No workflow selected</source>
        <translation>Nessun flusso di lavoro selezionato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>workflow label, internal name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Pianificazione: nessuna (viene eseguito solo su richiesta)</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Pianificazione: %1</translation>
    </message>
    <message>
        <source>Last run (%1): %2</source>
        <translation>Ultima esecuzione (%1): %2</translation>
    </message>
    <message>
        <source>Being run by %1 until %2</source>
        <translation>In esecuzione da parte di %1 fino a %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <comment>progress: done of total</comment>
        <translation>%L1 di %L2</translation>
    </message>
    <message>
        <source>Stop %1? Its run in progress is cancelled, no run starts until someone starts it again, and campaign processing stays halted meanwhile.</source>
        <translation>Fermare il flusso di lavoro %1? L&apos;esecuzione in corso viene annullata, nessuna esecuzione viene avviata finché qualcuno non lo riavvia e nel frattempo l&apos;elaborazione delle campagne resta ferma.</translation>
    </message>
    <message>
        <source>Stop %1? No run starts until someone starts it again, and campaign processing stays halted meanwhile.</source>
        <translation>Fermare il flusso di lavoro %1? Nessuna esecuzione viene avviata finché qualcuno non lo riavvia e nel frattempo l&apos;elaborazione delle campagne resta ferma.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Ferma %1</translation>
    </message>
    <message>
        <source>%1: run requested.</source>
        <translation>%1: esecuzione richiesta.</translation>
    </message>
    <message>
        <source>Cancelling the run of %1: it stops at its next checkpoint.</source>
        <translation>Annullamento dell&apos;esecuzione di %1: si interrompe al prossimo punto di controllo.</translation>
    </message>
    <message>
        <source>%1 started: the scheduler runs it when it is due.</source>
        <translation>%1: flusso di lavoro avviato; il pianificatore lo esegue all&apos;orario previsto.</translation>
    </message>
    <message>
        <source>%1 paused.</source>
        <translation>%1: flusso di lavoro sospeso.</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1: flusso di lavoro fermato.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be paused: %2</source>
        <translation>Impossibile sospendere %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>Impossibile fermare %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: run %2 succeeded (%3, %4).</source>
        <translation>%1: esecuzione %2 riuscita (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: run %2 succeeded with %n warning(s) (%3, %4); see the journal.</source>
        <translation>
            <numerusform>%1: esecuzione %2 riuscita con %n avviso (%3, %4); consultare il registro.</numerusform>
            <numerusform>%1: esecuzione %2 riuscita con %n avvisi (%3, %4); consultare il registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: run %2 was cancelled.</source>
        <translation>%1: esecuzione %2 annullata.</translation>
    </message>
    <message>
        <source>%1: run %2 lost its lease and stopped without recording its end: %3</source>
        <translation>%1: l&apos;esecuzione %2 ha perso il lease e si è interrotta senza registrarne la fine: %3</translation>
    </message>
    <message>
        <source>%1: run %2 failed: %3</source>
        <translation>%1: esecuzione %2 non riuscita: %3</translation>
    </message>
    <message>
        <source>%1 was not run: it is being run by %2.</source>
        <translation>Il flusso di lavoro %1 non è stato eseguito: è in esecuzione da parte di %2.</translation>
    </message>
    <message>
        <source>%1 was not run: %2</source>
        <translation>Il flusso di lavoro %1 non è stato eseguito: %2</translation>
    </message>
</context>
</TS>
