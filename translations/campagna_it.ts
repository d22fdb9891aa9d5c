<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>PageToolbar</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>Esporta &amp;grafico…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
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
    <message>
        <source>campagna: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>campagna: attenzione: una password in --db è visibile a tutti gli utenti di questa macchina (ps); indicarla invece in PGPASSWORD o in ~/.pgpass.</translation>
    </message>
    <message>
        <source>campagna: warning: %1</source>
        <translation>campagna: attenzione: %1</translation>
    </message>
</context>
<context>
    <name>campagna::FilesRoot</name>
    <message>
        <source>the environment variable %1</source>
        <translation>la variabile d&apos;ambiente %1</translation>
    </message>
    <message>
        <source>the key %1 of %2</source>
        <translation>la chiave %1 di %2</translation>
    </message>
    <message>
        <source>the default (set %1 or the key %2 of the local settings to change it)</source>
        <translation>il valore predefinito (per cambiarlo impostare %1 o la chiave %2 delle impostazioni locali)</translation>
    </message>
    <message>
        <source>Cannot create the files root %1 (from %2): %3</source>
        <translation>Impossibile creare la radice dei file %1 (da %2): %3</translation>
    </message>
    <message>
        <source>The files root %1 (from %2) is not a folder.</source>
        <translation>La radice dei file %1 (da %2) non è una cartella.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; of %2 is outside the files root %3 (set by %4). Give a folder relative to the files root, or one inside it.</source>
        <translation>La cartella &quot;%1&quot; di %2 è fuori dalla radice dei file %3 (impostata da %4). Indicare una cartella relativa alla radice dei file, o una al suo interno.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 of %2: %3</source>
        <translation>Impossibile creare la cartella %1 di %2: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 of %2: %3 is not a folder.</source>
        <translation>Impossibile creare la cartella %1 di %2: %3 non è una cartella.</translation>
    </message>
    <message>
        <source>the setting extraction.dir</source>
        <translation>l&apos;impostazione extraction.dir</translation>
    </message>
</context>
<context>
    <name>campagna::SecureFile</name>
    <message>
        <source>%1 is a symbolic link, not a regular file: it is not read.</source>
        <translation>%1 è un collegamento simbolico, non un file normale: non viene letto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not read.</source>
        <translation>%1 non è un file normale: non viene letto.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the limit of %3 bytes: it is not read.</source>
        <translation>%1 ha %2 byte, più del limite di %3 byte: non viene letto.</translation>
    </message>
</context>
<context>
    <name>campagna::SecureSaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a folder has that name.</source>
        <translation>Impossibile scrivere %1: una cartella ha quel nome.</translation>
    </message>
</context>
<context>
    <name>campagna::audit::AuditQuery</name>
    <message>
        <source>Unknown action &quot;%1&quot;. The actions are: %2.</source>
        <translation>Azione sconosciuta &quot;%1&quot;. Le azioni sono: %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Tipo di oggetto</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Stanziato</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizzato</translation>
    </message>
    <message>
        <source>Charge date</source>
        <translation>Data di addebito</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Delivery or task</source>
        <translation>Consegna o attività</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Cost type</source>
        <translation>Tipo di costo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>There is no budget %1.</source>
        <translation>Non esiste alcun budget %1.</translation>
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
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Consegna %1 inoltrata: il processo di targeting %2 è in coda per operationMgt.</translation>
    </message>
    <message>
        <source>approval decide: the operator deciding (as --as).</source>
        <translation>approval decide: l&apos;operatore che decide (come --as).</translation>
    </message>
    <message>
        <source>approval decide: a comment on the decision.</source>
        <translation>approval decide: un commento sulla decisione.</translation>
    </message>
    <message>
        <source>delivery finish: the number of messages sent.</source>
        <translation>delivery finish: il numero di messaggi inviati.</translation>
    </message>
    <message>
        <source>--as %1 and --by %2 name two operators; give one.</source>
        <translation>--as %1 e --by %2 indicano due operatori diversi; indicarne uno solo.</translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: give its number.</source>
        <translation>%1 non valido &quot;%2&quot;: indicarne il numero.</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery submit ID | delivery confirm ID | delivery finish ID --sent N</source>
        <translation>Uso: campagnactl delivery submit ID | delivery confirm ID | delivery finish ID --sent N</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <source>Usage: campagnactl delivery finish ID --sent N (N: the number of messages sent).</source>
        <translation>Uso: campagnactl delivery finish ID --sent N (N: il numero di messaggi inviati).</translation>
    </message>
    <message>
        <source>Delivery %1: %2 → %3.</source>
        <translation>Consegna %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Usage: campagnactl approval decide ID approve|reject --by OPERATOR [--comment TEXT]</source>
        <translation>Uso: campagnactl approval decide ID approve|reject --by OPERATORE [--comment TESTO]</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 approved by %3.</source>
        <translation>Approvazione %1 della consegna %2 approvata da %3.</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 rejected by %3.</source>
        <translation>Approvazione %1 della consegna %2 rifiutata da %3.</translation>
    </message>
    <message>
        <source>Usage: campagnactl diagnose DELIVERY_ID</source>
        <translation>Uso: campagnactl diagnose ID_CONSEGNA</translation>
    </message>
    <message>
        <source>Delivery %1 (%2) is stalled.</source>
        <translation>La consegna %1 (%2) è bloccata.</translation>
    </message>
    <message>
        <source>Delivery %1 (%2) is not stalled.</source>
        <translation>La consegna %1 (%2) non è bloccata.</translation>
    </message>
    <message>
        <source>serve: one scheduler pass, then exit.</source>
        <translation>serve: un solo passaggio del pianificatore, poi esce.</translation>
    </message>
    <message>
        <source>operator add|set: an administrator.</source>
        <translation>operator add|set: un amministratore.</translation>
    </message>
    <message>
        <source>operator set: no longer an administrator.</source>
        <translation>operator set: non più amministratore.</translation>
    </message>
    <message>
        <source>operator add|set: a group of the operator (repeat it).</source>
        <translation>operator add|set: un gruppo dell&apos;operatore (ripeterlo per più gruppi).</translation>
    </message>
    <message>
        <source>operator set: in no group.</source>
        <translation>operator set: in nessun gruppo.</translation>
    </message>
    <message>
        <source>operator add|set: language of notifications, it or en.</source>
        <translation>operator add|set: lingua delle notifiche, it o en.</translation>
    </message>
    <message>
        <source>operator add|set: e-mail address (empty: none).</source>
        <translation>operator add|set: indirizzo e-mail (vuoto: nessuno).</translation>
    </message>
    <message>
        <source>audit: actions from this date on.</source>
        <translation>audit: azioni da questa data in poi.</translation>
    </message>
    <message>
        <source>audit: actions of this operator.</source>
        <translation>audit: azioni di questo operatore.</translation>
    </message>
    <message>
        <source>audit: actions of this kind (e.g. workflow.pause).</source>
        <translation>audit: azioni di questo tipo (ad es. workflow.pause).</translation>
    </message>
    <message>
        <source>init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | stop WORKFLOW | serve [--once] | log WORKFLOW | diagnose ID | delivery submit|confirm|finish ID | approval decide ID approve|reject | operator add|set|list|remove | audit</source>
        <translation>init | demo | status | run FLUSSO | start FLUSSO | pause FLUSSO | stop FLUSSO | serve [--once] | log FLUSSO | diagnose ID | delivery submit|confirm|finish ID | approval decide ID approve|reject | operator add|set|list|remove | audit</translation>
    </message>
    <message>
        <source>No command given. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</source>
        <translation>Nessun comando indicato. Comandi: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</translation>
    </message>
    <message>
        <source>Usage: campagnactl serve [--once]</source>
        <translation>Uso: campagnactl serve [--once]</translation>
    </message>
    <message>
        <source>Usage: campagnactl audit [--since DATE] [--operator NAME] [--action ACTION] [--limit N]</source>
        <translation>Uso: campagnactl audit [--since DATA] [--operator NOME] [--action AZIONE] [--limit N]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</source>
        <translation>Comando sconosciuto &quot;%1&quot;. Comandi: init, demo, status, run, start, pause, stop, serve, log, diagnose, delivery, approval, operator, audit.</translation>
    </message>
    <message>
        <source>--now: only administrators and the database&apos;s owner may fix the clock on PostgreSQL, and &quot;%1&quot; is neither.</source>
        <translation>--now: su PostgreSQL solo gli amministratori e il proprietario del database possono fissare l&apos;orologio, e &quot;%1&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>Serve %1</source>
        <translation>Servire %1</translation>
    </message>
    <message numerus="yes">
        <source>One scheduler pass: %n due run(s)</source>
        <translation>
            <numerusform>Un passaggio del pianificatore: %n esecuzione prevista</numerusform>
            <numerusform>Un passaggio del pianificatore: %n esecuzioni previste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n non riuscita.</numerusform>
            <numerusform>%n non riuscite.</numerusform>
        </translation>
    </message>
    <message>
        <source>--admin and --no-admin contradict each other; give one.</source>
        <translation>--admin e --no-admin si contraddicono; indicarne uno solo.</translation>
    </message>
    <message>
        <source>--group and --no-groups contradict each other; give one.</source>
        <translation>--group e --no-groups si contraddicono; indicarne uno solo.</translation>
    </message>
    <message>
        <source>--no-admin and --no-groups are for operator set.</source>
        <translation>--no-admin e --no-groups valgono solo per operator set.</translation>
    </message>
    <message>
        <source>Usage: campagnactl operator add NAME [--admin] [--group GROUP]... [--locale it|en] [--email E] | operator set NAME [--admin|--no-admin] [--group GROUP...|--no-groups] [--locale L] [--email E] | operator list | operator remove NAME</source>
        <translation>Uso: campagnactl operator add NOME [--admin] [--group GRUPPO]... [--locale it|en] [--email E] | operator set NOME [--admin|--no-admin] [--group GRUPPO...|--no-groups] [--locale L] [--email E] | operator list | operator remove NOME</translation>
    </message>
    <message>
        <source>operator set: say what to change (--admin, --no-admin, --group, --no-groups, --locale, --email).</source>
        <translation>operator set: indicare che cosa cambiare (--admin, --no-admin, --group, --no-groups, --locale, --email).</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>Operatore %1 aggiunto.</translation>
    </message>
    <message>
        <source>Operator %1 changed.</source>
        <translation>Operatore %1 modificato.</translation>
    </message>
    <message>
        <source>Operator %1 removed.</source>
        <translation>Operatore %1 rimosso.</translation>
    </message>
    <message>
        <source>No audit event matches.</source>
        <translation>Nessun evento di audit corrisponde.</translation>
    </message>
    <message>
        <source>campagnactl: warning: a password in --db is visible to every user of this machine (ps); give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>campagnactl: attenzione: una password in --db è visibile a tutti gli utenti di questa macchina (ps); indicarla invece in PGPASSWORD o in ~/.pgpass.</translation>
    </message>
    <message>
        <source>campagnactl: warning: %1</source>
        <translation>campagnactl: attenzione: %1</translation>
    </message>
    <message>
        <source>Campaign processing is halted until every workflow is started.</source>
        <translation>L&apos;elaborazione delle campagne è ferma finché ogni flusso di lavoro non è avviato.</translation>
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
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connessione al server si è interrotta</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist; nothing was created. To create it, run: campagnactl --db &apos;%2&apos; init (or choose Create in the console&apos;s Open database dialog).</source>
        <translation>Il database SQLite %1 non esiste; non è stato creato nulla. Per crearlo eseguire: campagnactl --db &apos;%2&apos; init (oppure scegliere Crea nella finestra Apri database della console).</translation>
    </message>
    <message>
        <source>Cannot create the SQLite database %1: %2</source>
        <translation>Impossibile creare il database SQLite %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::db::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL del database è vuoto.</translation>
    </message>
    <message>
        <source>The database URL has no scheme: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>L&apos;URL del database non ha uno schema: usare sqlite:/percorso/file.sqlite o postgresql://utente@host:porta/database.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot;: use sqlite:/path/file.sqlite or postgresql://user@host:port/database.</source>
        <translation>Schema di URL del database non supportato &quot;%1&quot;: usare sqlite:/percorso/file.sqlite o postgresql://utente@host:porta/database.</translation>
    </message>
    <message>
        <source>The SQLite URL names a host; SQLite files are local: use sqlite:/path/to/file.sqlite.</source>
        <translation>L&apos;URL SQLite indica un host; i file SQLite sono locali: usare sqlite:/percorso/del/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.sqlite.</source>
        <translation>L&apos;URL SQLite non indica alcun file: usare sqlite:/percorso/del/file.sqlite.</translation>
    </message>
    <message>
        <source>The SQLite URL %1 has parameters; SQLite URLs take a file path only.</source>
        <translation>L&apos;URL SQLite %1 ha dei parametri; gli URL SQLite accettano solo il percorso di un file.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an &quot;@&quot; or a &quot;#&quot; after its host: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23 (better, give the password in PGPASSWORD or ~/.pgpass).</source>
        <translation>L&apos;URL PostgreSQL ha una &quot;@&quot; o un &quot;#&quot; dopo l&apos;host: in un nome utente o in una password scrivere / come %2F, ? come %3F, @ come %40 e # come %23 (meglio: indicare la password in PGPASSWORD o in ~/.pgpass).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed (check the host, the port and the escaping of special characters: in a user name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23).</source>
        <translation>L&apos;URL PostgreSQL non è valido (controllare l&apos;host, la porta e l&apos;escape dei caratteri speciali: in un nome utente o in una password scrivere / come %2F, ? come %3F, @ come %40 e # come %23).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has a path of several parts; it should name one database.</source>
        <translation>L&apos;URL PostgreSQL ha un percorso di più parti; deve indicare un solo database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port parameter: give a number from 1 to 65535.</source>
        <translation>L&apos;URL PostgreSQL ha un parametro port non valido: indicare un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s parameter &quot;%1&quot; has a value with a &apos;;&apos; or a control character, which cannot be passed to the server.</source>
        <translation>Il parametro &quot;%1&quot; dell&apos;URL PostgreSQL ha un valore con un &apos;;&apos; o un carattere di controllo, che non può essere passato al server.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid sslmode; expected one of %1.</source>
        <translation>L&apos;URL PostgreSQL ha un sslmode non valido; era atteso uno tra %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s parameter &quot;%1&quot; is not accepted by Campagna; the accepted parameters are: %2.</source>
        <translation>Il parametro &quot;%1&quot; dell&apos;URL PostgreSQL non è accettato da Campagna; i parametri accettati sono: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL spells the parameter &quot;%1&quot; otherwise (capitals, spaces): libpq reads only &quot;%1&quot;, exactly so.</source>
        <translation>L&apos;URL PostgreSQL scrive il parametro &quot;%1&quot; in un altro modo (maiuscole, spazi): libpq legge solo &quot;%1&quot;, scritto esattamente così.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unknown parameter (number %1 of its query); the accepted parameters are: %2.</source>
        <translation>L&apos;URL PostgreSQL ha un parametro sconosciuto (il numero %1 della sua query); i parametri accettati sono: %2.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored: it is not a plain file.</source>
        <translation>Il file delle password %1 viene ignorato: non è un file normale.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored: group or others may read or change it (as libpq, Campagna reads it only when it is private). Make it private with: chmod 0600 %1</source>
        <translation>Il file delle password %1 viene ignorato: il gruppo o gli altri utenti possono leggerlo o modificarlo (come libpq, Campagna lo legge solo se è privato). Renderlo privato con: chmod 0600 %1</translation>
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
    <message>
        <source>A figure is out of range: an amount or a quantity in the data is too large to compute with; correct it (%1, in: %2).</source>
        <translation>Un valore è fuori intervallo: un importo o una quantità nei dati è troppo grande per essere calcolato; correggilo (%1, in: %2).</translation>
    </message>
    <message>
        <source>The database is busy: another connection has kept it locked for writing longer than the %1 s this program waits (%2, in: %3).</source>
        <translation>Il database è occupato: un&apos;altra connessione lo tiene bloccato in scrittura più a lungo dei %1 s che questo programma attende (%2, in: %3).</translation>
    </message>
    <message>
        <source>Refused by the database server: %1</source>
        <translation>Rifiutato dal server del database: %1</translation>
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
    <name>campagna::delivery::DeliveryActions</name>
    <message>
        <source>There is no approval %1.</source>
        <translation>L&apos;approvazione %1 non esiste.</translation>
    </message>
    <message>
        <source>the campaign manager %1</source>
        <translation>il responsabile della campagna %1</translation>
    </message>
    <message>
        <source>the members of the group &quot;%1&quot;</source>
        <translation>i membri del gruppo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>non ce n&apos;è nessuno</translation>
    </message>
    <message>
        <source>Only administrators (%1) may decide the approval %2 (%3) of the delivery %4 &quot;%5&quot;: it has no reviewer; &quot;%6&quot; is not an administrator.</source>
        <translation>Solo gli amministratori (%1) possono decidere l&apos;approvazione %2 (%3) della consegna %4 &quot;%5&quot;: non ha revisori; &quot;%6&quot; non è un amministratore.</translation>
    </message>
    <message>
        <source>Only the reviewers of the approval %1 (%2) of the delivery %3 &quot;%4&quot; (%5) and administrators (%6) may decide it; &quot;%7&quot; is neither.</source>
        <translation>Solo i revisori dell&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; (%5) e gli amministratori (%6) possono deciderla; &quot;%7&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un amministratore</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un orario sconosciuto</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already approved by %5 at %6 (UTC): the first decision wins.</source>
        <translation>L&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; è già stata approvata da %5 il %6 (UTC): prevale la prima decisione.</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; was already rejected by %5 at %6 (UTC): the first decision wins.</source>
        <translation>L&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; è già stata rifiutata da %5 il %6 (UTC): prevale la prima decisione.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) approved by %3.</source>
        <translation>Approvazione %1 (%2) approvata da %3.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) rejected by %3.</source>
        <translation>Approvazione %1 (%2) rifiutata da %3.</translation>
    </message>
    <message>
        <source>Approval %1 (%2) approved by %3: %4</source>
        <translation>Approvazione %1 (%2) approvata da %3: %4</translation>
    </message>
    <message>
        <source>Approval %1 (%2) rejected by %3: %4</source>
        <translation>Approvazione %1 (%2) rifiutata da %3: %4</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>La consegna %1 non esiste.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may confirm the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Solo il responsabile della campagna (%1) e gli amministratori possono confermare la consegna %2 &quot;%3&quot;; &quot;%4&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>Only administrators may confirm the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Solo gli amministratori possono confermare la consegna %1 &quot;%2&quot; (la sua campagna non ha un responsabile); &quot;%3&quot; non lo è.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are confirmed, not the template.</source>
        <translation>La consegna %1 &quot;%2&quot; è un modello di una campagna ricorrente: vengono confermate le sue copie, non il modello.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery waiting for confirmation (pending_confirmation) can be confirmed.</source>
        <translation>La consegna %1 &quot;%2&quot; è %3: si può confermare solo una consegna in attesa di conferma (pending_confirmation).</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; changed while it was being confirmed; try again.</source>
        <translation>La consegna %1 &quot;%2&quot; è stata modificata durante la conferma; riprovare.</translation>
    </message>
    <message>
        <source>Confirmed by %1.</source>
        <translation>Confermata da %1.</translation>
    </message>
    <message>
        <source>The number of messages sent must be 0 or more, not %1.</source>
        <translation>Il numero di messaggi inviati deve essere 0 o più, non %1.</translation>
    </message>
    <message>
        <source>%1 messages sent is not a plausible count.</source>
        <translation>%1 messaggi inviati non è un conteggio plausibile.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may finish the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Solo il responsabile della campagna (%1) e gli amministratori possono terminare la consegna %2 &quot;%3&quot;; &quot;%4&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>Only administrators may finish the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Solo gli amministratori possono terminare la consegna %1 &quot;%2&quot; (la sua campagna non ha un responsabile); &quot;%3&quot; non lo è.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a template of a recurring campaign: its copies are finished, not the template.</source>
        <translation>La consegna %1 &quot;%2&quot; è un modello di una campagna ricorrente: vengono terminate le sue copie, non il modello.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is a direct-mail delivery: it is finished by its provider&apos;s post-processing (supplierMgt), not by hand.</source>
        <translation>La consegna %1 &quot;%2&quot; è una consegna postale: viene terminata dal post-trattamento del suo fornitore (supplierMgt), non manualmente.</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is %3: only a delivery in progress (in_progress) can be finished.</source>
        <translation>La consegna %1 &quot;%2&quot; è %3: si può terminare solo una consegna in corso (in_progress).</translation>
    </message>
    <message numerus="yes">
        <source>The delivery %1 &quot;%2&quot; had %n message(s) to send: %3 sent is more than that.</source>
        <translation>
            <numerusform>La consegna %1 &quot;%2&quot; aveva %n messaggio da inviare: %3 inviati sono più di quanto previsto.</numerusform>
            <numerusform>La consegna %1 &quot;%2&quot; aveva %n messaggi da inviare: %3 inviati sono più di quanto previsto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; changed while it was being finished; try again.</source>
        <translation>La consegna %1 &quot;%2&quot; è stata modificata durante la chiusura; riprovare.</translation>
    </message>
    <message numerus="yes">
        <source>Finished by %1: %n message(s) sent.</source>
        <translation>
            <numerusform>Terminata da %1: %n messaggio inviato.</numerusform>
            <numerusform>Terminata da %1: %n messaggi inviati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DeliveryQuery</name>
    <message>
        <source>The search for stalled deliveries was cancelled.</source>
        <translation>La ricerca delle consegne bloccate è stata annullata.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Data di contatto</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloccata</translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DeliverySubmission</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>La consegna %1 non esiste.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s manager (%1) and administrators may submit the delivery %2 &quot;%3&quot;; &quot;%4&quot; is neither.</source>
        <translation>Solo il responsabile della campagna (%1) e gli amministratori possono inoltrare la consegna %2 &quot;%3&quot;; &quot;%4&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>Only administrators may submit the delivery %1 &quot;%2&quot; (its campaign has no manager); &quot;%3&quot; is not one.</source>
        <translation>Solo gli amministratori possono inoltrare la consegna %1 &quot;%2&quot; (la sua campagna non ha un responsabile); &quot;%3&quot; non lo è.</translation>
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
    <name>campagna::delivery::DeliveryWorkflow</name>
    <message>
        <source>targeting</source>
        <translation>targeting</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenuto</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>estrazione</translation>
    </message>
    <message>
        <source>proof</source>
        <translation>prova</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>What to do: approve or reject it in the Deliveries page of the console, or with:
campagnactl approval decide %1 approve|reject --by %2</source>
        <translation>Cosa fare: approvarla o rifiutarla nella pagina Consegne della console, oppure con:
campagnactl approval decide %1 approve|reject --by %2</translation>
    </message>
    <message>
        <source>Approval requested (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</source>
        <translation>Richiesta di approvazione (%1): consegna &quot;%2&quot;, campagna &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; of the campaign &quot;%3&quot; is waiting for your approval (%4, approval %5).
Deadline: %6 (UTC).</source>
        <translation>La consegna %1 &quot;%2&quot; della campagna &quot;%3&quot; è in attesa della sua approvazione (%4, approvazione %5).
Scadenza: %6 (UTC).</translation>
    </message>
    <message>
        <source>Reminder: approval (%1) of the delivery &quot;%2&quot; due by %3</source>
        <translation>Promemoria: approvazione (%1) della consegna &quot;%2&quot; entro %3</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; is still waiting for your decision.
Deadline: %6 (UTC).</source>
        <translation>L&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; della campagna &quot;%5&quot; è ancora in attesa della sua decisione.
Scadenza: %6 (UTC).</translation>
    </message>
    <message>
        <source>Approval overdue (%1): delivery &quot;%2&quot;, campaign &quot;%3&quot;</source>
        <translation>Approvazione scaduta (%1): consegna &quot;%2&quot;, campagna &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; of the campaign &quot;%5&quot; passed its deadline, %6 (UTC), without a decision. Reviewers: %7.</source>
        <translation>L&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; della campagna &quot;%5&quot; ha superato la scadenza, %6 (UTC), senza una decisione. Revisori: %7.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>What to do: remind the reviewers, or have an administrator decide, in the Deliveries page of the console or with:
campagnactl approval decide %1 approve|reject --by NAME</source>
        <translation>Cosa fare: sollecitare i revisori, oppure far decidere un amministratore, nella pagina Consegne della console o con:
campagnactl approval decide %1 approve|reject --by NOME</translation>
    </message>
    <message>
        <source>The approval %1 (%2) of the delivery %3 &quot;%4&quot; has nobody to ask: no reviewer operator, no reviewer group member who is not an administrator, and no campaign manager.</source>
        <translation>L&apos;approvazione %1 (%2) della consegna %3 &quot;%4&quot; non ha nessuno a cui chiedere: nessun operatore revisore, nessun membro del gruppo di revisori che non sia amministratore e nessun responsabile della campagna.</translation>
    </message>
    <message numerus="yes">
        <source>%n more approval(s) have nobody to ask.</source>
        <translation>
            <numerusform>Un&apos;altra approvazione (%n) non ha nessuno a cui chiedere.</numerusform>
            <numerusform>Altre %n approvazioni non hanno nessuno a cui chiedere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval requested from the reviewers; approvals asked for: %1.</source>
        <translation>Approvazione richiesta ai revisori; approvazioni richieste: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) requested; notifications queued: %1.</source>
        <translation>
            <numerusform>%n approvazione richiesta; notifiche in coda: %1.</numerusform>
            <numerusform>%n approvazioni richieste; notifiche in coda: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued; approvals whose reminder count changed: %1.</source>
        <translation>
            <numerusform>%n promemoria in coda; approvazioni con numero di promemoria modificato: %1.</numerusform>
            <numerusform>%n promemoria in coda; approvazioni con numero di promemoria modificato: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals past their deadline without a decision: %1.</source>
        <translation>Approvazioni oltre la scadenza senza decisione: %1.</translation>
    </message>
    <message>
        <source>The approval %1 of the delivery %2 &quot;%3&quot; is overdue and its campaign has no manager to tell.</source>
        <translation>L&apos;approvazione %1 della consegna %2 &quot;%3&quot; è scaduta e la sua campagna non ha un responsabile da informare.</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue approval(s) have no manager to tell.</source>
        <translation>
            <numerusform>Un&apos;altra approvazione scaduta (%n) non ha un responsabile da informare.</numerusform>
            <numerusform>Altre %n approvazioni scadute non hanno un responsabile da informare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue notice(s) queued; deliveries newly overdue: %1.</source>
        <translation>
            <numerusform>%n avviso di scadenza in coda; consegne appena scadute: %1.</numerusform>
            <numerusform>%n avvisi di scadenza in coda; consegne appena scadute: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required approvals are granted; the delivery is now %1.</source>
        <translation>Tutte le approvazioni richieste sono state concesse; la consegna è ora %1.</translation>
    </message>
    <message>
        <source>The extraction file is approved; the delivery is now %1.</source>
        <translation>Il file di estrazione è approvato; la consegna è ora %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) moved on after their approvals.</source>
        <translation>
            <numerusform>%n consegna è avanzata dopo le sue approvazioni.</numerusform>
            <numerusform>%n consegne sono avanzate dopo le loro approvazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: handed to its channel (%1).</source>
        <translation>Avviata: affidata al suo canale (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) started.</source>
        <translation>
            <numerusform>%n consegna avviata.</numerusform>
            <numerusform>%n consegne avviate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 &quot;%2&quot; is handed to provider processing without a service: no supplier will receive its file.</source>
        <translation>La consegna %1 &quot;%2&quot; è affidata all&apos;elaborazione del fornitore senza un servizio: nessun fornitore riceverà il suo file.</translation>
    </message>
    <message numerus="yes">
        <source>%n more delivery(ies) handed over without a service.</source>
        <translation>
            <numerusform>Un&apos;altra consegna (%n) affidata senza un servizio.</numerusform>
            <numerusform>Altre %n consegne affidate senza un servizio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed to provider processing: a provider job is pending.</source>
        <translation>Affidata all&apos;elaborazione del fornitore: un processo del fornitore è in attesa.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider job(s) created.</source>
        <translation>
            <numerusform>%n processo del fornitore creato.</numerusform>
            <numerusform>%n processi del fornitore creati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::delivery::Diagnosis</name>
    <message>
        <source>The delivery is finished: nothing waits.</source>
        <translation>La consegna è terminata: non c&apos;è nulla in attesa.</translation>
    </message>
    <message>
        <source>The delivery is cancelled: nothing waits.</source>
        <translation>La consegna è annullata: non c&apos;è nulla in attesa.</translation>
    </message>
    <message>
        <source>The delivery is a template: the workflows process its copies, not the template itself.</source>
        <translation>La consegna è un modello: i flussi di lavoro elaborano le sue copie, non il modello stesso.</translation>
    </message>
    <message>
        <source>The delivery has failed for good: only its last error applies.</source>
        <translation>La consegna non è riuscita definitivamente: vale solo il suo ultimo errore.</translation>
    </message>
</context>
<context>
    <name>campagna::delivery::DiagnosisChecks</name>
    <message>
        <source>No delivery %1.</source>
        <translation>Nessuna consegna %1.</translation>
    </message>
    <message>
        <source>No workflow moves a delivery in status %1 on.</source>
        <translation>Nessun flusso di lavoro fa avanzare una consegna nello stato %1.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, does not exist in this database (run campagnactl init).</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, non esiste in questo database (eseguire campagnactl init).</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is stopped: nothing moves the delivery on until an administrator starts it.</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, è fermo: nulla fa avanzare la consegna finché un amministratore non lo avvia.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, has failed: its run started at %3 failed with &quot;%4&quot;. It is %5 and stays failed until an administrator starts it again.</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, non è riuscito: la sua esecuzione avviata il %3 non è riuscita con &quot;%4&quot;. È %5 e resta in errore finché un amministratore non lo avvia di nuovo.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is marked failed. It is %3 and stays failed until an administrator starts it again.</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, è contrassegnato come in errore. È %3 e resta in errore finché un amministratore non lo avvia di nuovo.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is paused: it starts no run until an administrator starts it.</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, è sospeso: non avvia alcuna esecuzione finché un amministratore non lo avvia.</translation>
    </message>
    <message>
        <source>The workflow %1, which moves deliveries in status %2 on, is started but has never run: no console or campagnactl serve runs its schedule.</source>
        <translation>Il flusso di lavoro %1, che fa avanzare le consegne nello stato %2, è avviato ma non è mai stato eseguito: nessuna console né campagnactl serve esegue la sua pianificazione.</translation>
    </message>
    <message>
        <source>The workflow %1 has an invalid schedule (%2); its last run started at %3.</source>
        <translation>Il flusso di lavoro %1 ha una pianificazione non valida (%2); la sua ultima esecuzione è stata avviata il %3.</translation>
    </message>
    <message>
        <source>The workflow %1 has no schedule: it runs only when someone runs it. Its last run started at %2.</source>
        <translation>Il flusso di lavoro %1 non ha una pianificazione: viene eseguito solo quando qualcuno lo esegue. La sua ultima esecuzione è stata avviata il %2.</translation>
    </message>
    <message>
        <source>The workflow %1 (schedule &quot;%2&quot;) last started a run at %3, two intervals or more before now (%4): no console or campagnactl serve seems to run its schedule.</source>
        <translation>Il flusso di lavoro %1 (pianificazione &quot;%2&quot;) ha avviato l&apos;ultima esecuzione il %3, due o più intervalli prima di adesso (%4): nessuna console né campagnactl serve sembra eseguire la sua pianificazione.</translation>
    </message>
    <message>
        <source>The workflow %1 is started (schedule &quot;%2&quot;); its last run started at %3.</source>
        <translation>Il flusso di lavoro %1 è avviato (pianificazione &quot;%2&quot;); la sua ultima esecuzione è stata avviata il %3.</translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no targeting or extraction job.</source>
        <translation>Una consegna nello stato %1 non attende alcun processo di targeting o di estrazione.</translation>
    </message>
    <message>
        <source>Scheduled for later: the file is to be extracted at %1; operationMgt requests the extraction job then.</source>
        <translation>Pianificata per più tardi: il file deve essere estratto il %1; operationMgt richiederà allora il processo di estrazione.</translation>
    </message>
    <message>
        <source>The delivery waits for targeting but has no targeting job: submit it again.</source>
        <translation>La consegna attende il targeting ma non ha alcun processo di targeting: inoltrarla di nuovo.</translation>
    </message>
    <message>
        <source>No extraction job yet (the extraction was due at %1): operationMgt requests one at its next run.</source>
        <translation>Ancora nessun processo di estrazione (l&apos;estrazione era prevista il %1): operationMgt ne richiederà uno alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>No extraction job yet: operationMgt requests one at its next run.</source>
        <translation>Ancora nessun processo di estrazione: operationMgt ne richiederà uno alla sua prossima esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2) failed at %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>Il processo %1 (%2) non è riuscito il %3 dopo %n tentativo: %4</numerusform>
            <numerusform>Il processo %1 (%2) non è riuscito il %3 dopo %n tentativi: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2) is running since %3 (attempt %4).</source>
        <translation>Il processo %1 (%2) è in esecuzione dal %3 (tentativo %4).</translation>
    </message>
    <message>
        <source>Job %1 (%2) finished at %3, yet the delivery is still %4.</source>
        <translation>Il processo %1 (%2) è terminato il %3, ma la consegna è ancora %4.</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, failed %n time(s) for a transient reason and is retried at the next run of operationMgt: %4</source>
        <translation>
            <numerusform>Il processo %1 (%2), richiesto il %3, non è riuscito %n volta per un motivo temporaneo e verrà ritentato alla prossima esecuzione di operationMgt: %4</numerusform>
            <numerusform>Il processo %1 (%2), richiesto il %3, non è riuscito %n volte per un motivo temporaneo e verrà ritentato alla prossima esecuzione di operationMgt: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, waits behind %n older job(s) pending or running: at most %4 run at a time (setting operation.max_concurrent_jobs).</source>
        <translation>
            <numerusform>Il processo %1 (%2), richiesto il %3, attende dietro %n processo più vecchio in attesa o in esecuzione: al massimo %4 vengono eseguiti alla volta (impostazione operation.max_concurrent_jobs).</numerusform>
            <numerusform>Il processo %1 (%2), richiesto il %3, attende dietro %n processi più vecchi in attesa o in esecuzione: al massimo %4 vengono eseguiti alla volta (impostazione operation.max_concurrent_jobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2), requested at %3, is pending: operationMgt runs it at its next run (%n job(s) ahead of it, at most %4 at a time).</source>
        <translation>
            <numerusform>Il processo %1 (%2), richiesto il %3, è in attesa: operationMgt lo eseguirà alla sua prossima esecuzione (%n processo prima di esso, al massimo %4 alla volta).</numerusform>
            <numerusform>Il processo %1 (%2), richiesto il %3, è in attesa: operationMgt lo eseguirà alla sua prossima esecuzione (%n processi prima di esso, al massimo %4 alla volta).</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no approval.</source>
        <translation>Una consegna nello stato %1 non attende alcuna approvazione.</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>un operatore sconosciuto</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(nessun commento)</translation>
    </message>
    <message>
        <source>The %1 approval %2 was rejected by %3 at %4: %5. The delivery waits until it is submitted again.</source>
        <translation>L&apos;approvazione %2 (%1) è stata rifiutata da %3 il %4: %5. La consegna resta in attesa finché non viene inoltrata di nuovo.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un orario sconosciuto</translation>
    </message>
    <message>
        <source>The %1 approval %2, submitted at %3, has no one to decide it: no reviewer operator, no member of its group who is not an administrator, and no campaign manager.</source>
        <translation>L&apos;approvazione %2 (%1), inoltrata il %3, non ha nessuno che possa deciderla: nessun operatore revisore, nessun membro del suo gruppo che non sia amministratore e nessun responsabile della campagna.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval %2 is overdue: submitted at %3 to %4, its deadline %5 has passed; %n reminder(s) sent.</source>
        <translation>
            <numerusform>L&apos;approvazione %2 (%1) è scaduta: inoltrata il %3 a %4, la sua scadenza %5 è passata; %n promemoria inviato.</numerusform>
            <numerusform>L&apos;approvazione %2 (%1) è scaduta: inoltrata il %3 a %4, la sua scadenza %5 è passata; %n promemoria inviati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval %2, submitted at %3, waits for %4 until %5; %n reminder(s) sent.</source>
        <translation>
            <numerusform>L&apos;approvazione %2 (%1), inoltrata il %3, attende %4 fino al %5; %n promemoria inviato.</numerusform>
            <numerusform>L&apos;approvazione %2 (%1), inoltrata il %3, attende %4 fino al %5; %n promemoria inviati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers have not been notified yet.</source>
        <translation>I revisori non sono ancora stati informati.</translation>
    </message>
    <message>
        <source>The campaign requires a %1 approval, but none was requested for this delivery: submit it again.</source>
        <translation>La campagna richiede un&apos;approvazione di tipo %1, ma non ne è stata richiesta nessuna per questa consegna: inoltrarla di nuovo.</translation>
    </message>
    <message>
        <source>No approval is required: deliveryMgt moves the delivery on at its next run.</source>
        <translation>Non è richiesta alcuna approvazione: deliveryMgt farà avanzare la consegna alla sua prossima esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) approved: deliveryMgt moves the delivery on at its next run.</source>
        <translation>
            <numerusform>%n approvazione approvata: deliveryMgt farà avanzare la consegna alla sua prossima esecuzione.</numerusform>
            <numerusform>%n approvazioni approvate: deliveryMgt farà avanzare la consegna alla sua prossima esecuzione.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery in status %1 waits for no confirmation.</source>
        <translation>Una consegna nello stato %1 non attende alcuna conferma.</translation>
    </message>
    <message>
        <source>an administrator (the campaign has no manager)</source>
        <translation>un amministratore (la campagna non ha un responsabile)</translation>
    </message>
    <message>
        <source>%1, the campaign&apos;s manager,</source>
        <translation>%1, il responsabile della campagna,</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it; its contact date %2 has passed.</source>
        <translation>La consegna attende che %1 la confermi; la sua data di contatto %2 è passata.</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it before its contact date %2.</source>
        <translation>La consegna attende che %1 la confermi prima della sua data di contatto %2.</translation>
    </message>
    <message>
        <source>The delivery waits for %1 to confirm it; it starts as soon as it is confirmed.</source>
        <translation>La consegna attende che %1 la confermi; verrà avviata non appena confermata.</translation>
    </message>
    <message>
        <source>A delivery in status %1 does not wait for its contact date.</source>
        <translation>Una consegna nello stato %1 non attende la sua data di contatto.</translation>
    </message>
    <message>
        <source>Scheduled for later: the delivery starts at %1.</source>
        <translation>Pianificata per più tardi: la consegna verrà avviata il %1.</translation>
    </message>
    <message>
        <source>The contact date %1 has come: deliveryMgt starts the delivery at its next run.</source>
        <translation>La data di contatto %1 è arrivata: deliveryMgt avvierà la consegna alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>No contact date: deliveryMgt starts the delivery at its next run.</source>
        <translation>Nessuna data di contatto: deliveryMgt avvierà la consegna alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>A delivery in status %1 has already been handed over: its stock is used.</source>
        <translation>Una consegna nello stato %1 è già stata affidata: il suo stock è utilizzato.</translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is insufficient: %3 in stock, %4 on order, %5 planned, forecast %6.</source>
        <translation>La riga di stock &quot;%1&quot; di &quot;%2&quot; è insufficiente: %3 in giacenza, %4 in ordine, %5 pianificati, previsione %6.</translation>
    </message>
    <message>
        <source>This delivery&apos;s quantity is not known yet.</source>
        <translation>La quantità di questa consegna non è ancora nota.</translation>
    </message>
    <message>
        <source>This delivery needs %1.</source>
        <translation>Questa consegna richiede %1.</translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot; of &quot;%2&quot; is at its alert level: %3 in stock, alert level %4, forecast %5.</source>
        <translation>La riga di stock &quot;%1&quot; di &quot;%2&quot; è al livello di allerta: %3 in giacenza, livello di allerta %4, previsione %5.</translation>
    </message>
    <message>
        <source>The delivery&apos;s cost choices consume no stock.</source>
        <translation>Le scelte di costo della consegna non consumano stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n stock line(s) consumed, none insufficient.</source>
        <translation>
            <numerusform>%n riga di stock consumata, nessuna insufficiente.</numerusform>
            <numerusform>%n righe di stock consumate, nessuna insufficiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget of the campaign &quot;%1&quot; is still being edited (budget status being_edited).</source>
        <translation>Il budget della campagna &quot;%1&quot; è ancora in modifica (stato del budget being_edited).</translation>
    </message>
    <message>
        <source>No budget is charged: neither the campaign &quot;%1&quot; nor its program or plan has one.</source>
        <translation>Nessun budget viene addebitato: né la campagna &quot;%1&quot; né il suo programma o piano ne hanno uno.</translation>
    </message>
    <message>
        <source>The budget &quot;%1&quot; is over-run: reserved %2 + committed %3 + spent %4 = %5, more than the %6 allocated.</source>
        <translation>Il budget &quot;%1&quot; è superato: riservato %2 + impegnato %3 + speso %4 = %5, più dei %6 stanziati.</translation>
    </message>
    <message>
        <source>The campaign&apos;s budget is %1; the budget &quot;%2&quot; is within its allocation (%3 of %4 used).</source>
        <translation>Il budget della campagna è %1; il budget &quot;%2&quot; rientra nel suo stanziamento (%3 su %4 utilizzati).</translation>
    </message>
    <message>
        <source>Only direct mail is handed to a service provider (channel %1).</source>
        <translation>Solo le consegne postali vengono affidate a un fornitore di servizi (canale %1).</translation>
    </message>
    <message>
        <source>The direct-mail delivery has no service: it can be neither extracted nor handed to a provider.</source>
        <translation>La consegna postale non ha un servizio: non può essere né estratta né affidata a un fornitore.</translation>
    </message>
    <message>
        <source>The delivery&apos;s service %1 does not exist.</source>
        <translation>Il servizio %1 della consegna non esiste.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no email: the file cannot be announced to it.</source>
        <translation>Il fornitore &quot;%1&quot; del servizio &quot;%2&quot; non ha un indirizzo e-mail: non è possibile annunciargli il file.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; of the service &quot;%2&quot; has no drop directory: the file cannot be handed over.</source>
        <translation>Il fornitore &quot;%1&quot; del servizio &quot;%2&quot; non ha una cartella di deposito: il file non può essere consegnato.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; of &quot;%2&quot; is set up: email %3, drop directory %4.</source>
        <translation>Il servizio &quot;%1&quot; di &quot;%2&quot; è configurato: e-mail %3, cartella di deposito %4.</translation>
    </message>
    <message>
        <source>A %1 delivery in status %2 has no provider job to watch.</source>
        <translation>Una consegna %1 nello stato %2 non ha alcun processo del fornitore da monitorare.</translation>
    </message>
    <message>
        <source>No provider job yet: deliveryMgt creates one at its next run.</source>
        <translation>Ancora nessun processo del fornitore: deliveryMgt ne creerà uno alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>The delivery is marked sent to its provider but has no provider job.</source>
        <translation>La consegna è contrassegnata come inviata al fornitore ma non ha alcun processo del fornitore.</translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 failed at %2 after %n attempt(s): %3</source>
        <translation>
            <numerusform>Il processo del fornitore %1 non è riuscito il %2 dopo %n tentativo: %3</numerusform>
            <numerusform>Il processo del fornitore %1 non è riuscito il %2 dopo %n tentativi: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>Il processo del fornitore %1 non è riuscito dopo %n tentativo: %2</numerusform>
            <numerusform>Il processo del fornitore %1 non è riuscito dopo %n tentativi: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provider job %1 is pending after %n failed attempt(s): %2</source>
        <translation>
            <numerusform>Il processo del fornitore %1 è in attesa dopo %n tentativo non riuscito: %2</numerusform>
            <numerusform>Il processo del fornitore %1 è in attesa dopo %n tentativi non riusciti: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider job %1 is pending: supplierMgt sends the file to %2 at its next run.</source>
        <translation>Il processo del fornitore %1 è in attesa: supplierMgt invierà il file a %2 alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>Provider job %1 is done since %2, yet the delivery is still %3.</source>
        <translation>Il processo del fornitore %1 è completato dal %2, ma la consegna è ancora %3.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; with no return file expected, supplierMgt finishes the delivery at its next run.</source>
        <translation>Il file del processo del fornitore %1 è stato inviato a %2 il %3; poiché non è previsto alcun file di ritorno, supplierMgt terminerà la consegna alla sua prossima esecuzione.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; its return file (%4) was due by %5 and has not come back.</source>
        <translation>Il file del processo del fornitore %1 è stato inviato a %2 il %3; il suo file di ritorno (%4) era previsto entro il %5 e non è arrivato.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2 at %3; its return file (%4) is expected by %5.</source>
        <translation>Il file del processo del fornitore %1 è stato inviato a %2 il %3; il suo file di ritorno (%4) è previsto entro il %5.</translation>
    </message>
    <message>
        <source>The file of provider job %1 was sent to %2; its return file (%3) is awaited.</source>
        <translation>Il file del processo del fornitore %1 è stato inviato a %2; il suo file di ritorno (%3) è atteso.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <source>The delivery has failed, with no error recorded.</source>
        <translation>La consegna non è riuscita, senza alcun errore registrato.</translation>
    </message>
    <message>
        <source>No error recorded.</source>
        <translation>Nessun errore registrato.</translation>
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
    <name>campagna::engine::FailureNotifier</name>
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
    <name>campagna::engine::JournalPurge</name>
    <message>
        <source>Purge the journal</source>
        <translation>Pulisci il registro</translation>
    </message>
</context>
<context>
    <name>campagna::engine::LeaseStore</name>
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
        <source>The run lost its lease before it could record its end.</source>
        <translation>L&apos;esecuzione ha perso il lease prima di poterne registrare la fine.</translation>
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
    <message>
        <source>never (runs only when asked)</source>
        <translation>mai (solo quando richiesto)</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>ogni %n ora</numerusform>
            <numerusform>ogni %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>ogni %n minuto</numerusform>
            <numerusform>ogni %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>ogni %n secondo</numerusform>
            <numerusform>ogni %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1</source>
        <comment>a time of day</comment>
        <translation>ogni giorno alle %1</translation>
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
</context>
<context>
    <name>campagna::engine::WorkflowStore</name>
    <message>
        <source>Unknown workflow &quot;%1&quot;. The workflows are: %2.</source>
        <translation>Flusso di lavoro sconosciuto &quot;%1&quot;. I flussi di lavoro sono: %2.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Avviare %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Sospendere %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Fermare %1</translation>
    </message>
    <message>
        <source>Change the schedule of %1</source>
        <translation>Modificare la pianificazione di %1</translation>
    </message>
</context>
<context>
    <name>campagna::notify::AttachmentFile</name>
    <message>
        <source>The attachment %1 is refused: %2. Nothing was sent.</source>
        <translation>L&apos;allegato %1 è rifiutato: %2. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>non è un percorso assoluto</translation>
    </message>
    <message>
        <source>it does not resolve to an existing file inside the extraction folder %1</source>
        <translation>non corrisponde a un file esistente nella cartella di estrazione %1</translation>
    </message>
    <message>
        <source>it changed while it was checked</source>
        <translation>è cambiato durante la verifica</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Impossibile leggere l&apos;allegato %1: %2</translation>
    </message>
    <message>
        <source>The attachment is refused: %1 Nothing was sent.</source>
        <translation>L&apos;allegato è rifiutato: %1 Non è stato inviato nulla.</translation>
    </message>
</context>
<context>
    <name>campagna::notify::OutboxSender</name>
    <message numerus="yes">
        <source>No SMTP server is set (setting smtp.url): nothing was sent; %n notification(s) stay queued.</source>
        <translation>
            <numerusform>Nessun server SMTP impostato (impostazione smtp.url): non è stato inviato nulla; %n notifica resta in coda.</numerusform>
            <numerusform>Nessun server SMTP impostato (impostazione smtp.url): non è stato inviato nulla; %n notifiche restano in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting smtp.url is set but smtp.from is not: set the address that notifications are sent from.</source>
        <translation>L&apos;impostazione smtp.url è definita ma smtp.from no: impostare l&apos;indirizzo da cui vengono inviate le notifiche.</translation>
    </message>
    <message>
        <source>The notification has no recipient e-mail address: it cannot be sent. Give the operator an e-mail address and queue it again.</source>
        <translation>La notifica non ha un indirizzo e-mail del destinatario: non può essere inviata. Assegnare un indirizzo e-mail all&apos;operatore e rimetterla in coda.</translation>
    </message>
    <message>
        <source>Notifications by e-mail: %1 sent, %2 failed and queued for another attempt, %3 failed for good; %4 still queued.</source>
        <translation>Notifiche via e-mail: %1 inviate, %2 non riuscite e rimesse in coda per un altro tentativo, %3 non riuscite definitivamente; %4 ancora in coda.</translation>
    </message>
    <message>
        <source>The attachment %1 is refused: the extraction folder is not usable (%2). Nothing was sent.</source>
        <translation>L&apos;allegato %1 è rifiutato: la cartella di estrazione non è utilizzabile (%2). Non è stato inviato nulla.</translation>
    </message>
</context>
<context>
    <name>campagna::notify::SmtpSender</name>
    <message>
        <source>The setting smtp.from (&quot;%1&quot;) is not an e-mail address.</source>
        <translation>L&apos;impostazione smtp.from (&quot;%1&quot;) non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>Il destinatario &quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Cannot send from &quot;%1&quot; to &quot;%2&quot;: not an e-mail address.</source>
        <translation>Impossibile inviare da &quot;%1&quot; a &quot;%2&quot;: non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>Impossibile inizializzare libcurl.</translation>
    </message>
    <message>
        <source>Sending to %1 through %2 failed: %3 (server reply %4).</source>
        <translation>Invio a %1 tramite %2 non riuscito: %3 (risposta del server %4).</translation>
    </message>
    <message>
        <source>Sending to %1 through %2 failed: %3.</source>
        <translation>Invio a %1 tramite %2 non riuscito: %3.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: it does not start with smtp:// or smtps://, the only URLs that notifications are sent through.</source>
        <translation>L&apos;impostazione smtp.url è rifiutata: non inizia con smtp:// o smtps://, gli unici URL attraverso cui si inviano le notifiche.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: its scheme is &quot;%1&quot;, and notifications are sent only through smtp:// or smtps:// URLs.</source>
        <translation>L&apos;impostazione smtp.url è rifiutata: il suo schema è &quot;%1&quot;, e le notifiche si inviano solo attraverso URL smtp:// o smtps://.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: libcurl cannot read it as a URL (%1).</source>
        <translation>L&apos;impostazione smtp.url è rifiutata: libcurl non riesce a leggerla come URL (%1).</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: libcurl reads its scheme as &quot;%1&quot;, not smtp or smtps.</source>
        <translation>L&apos;impostazione smtp.url è rifiutata: libcurl ne legge lo schema come &quot;%1&quot;, non smtp o smtps.</translation>
    </message>
    <message>
        <source>The setting smtp.url is refused: it contains a user name or a password. Set the user name in the setting smtp.user and the password in the environment variable CAMPAGNA_SMTP_PASSWORD, never in the database.</source>
        <translation>L&apos;impostazione smtp.url è rifiutata: contiene un nome utente o una password. Indicare il nome utente nell&apos;impostazione smtp.user e la password nella variabile d&apos;ambiente CAMPAGNA_SMTP_PASSWORD, mai nel database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the left part of a Message-ID.</source>
        <translation>&quot;%1&quot; non può essere la parte sinistra di un Message-ID.</translation>
    </message>
    <message>
        <source>libcurl cannot be restricted to SMTP: nothing was sent.</source>
        <translation>libcurl non può essere limitato a SMTP: non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1 (the setting smtp.user is set, and the password is never sent unencrypted: use an smtps:// URL or a server that offers STARTTLS)</source>
        <translation>%1 (l&apos;impostazione smtp.user è impostata e la password non viene mai inviata in chiaro: usare un URL smtps:// o un server che offra STARTTLS)</translation>
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
    <message numerus="yes">
        <source>%n half-written extraction file(s) left by an interrupted run removed.</source>
        <translation>
            <numerusform>%n file di estrazione scritto a metà da un&apos;esecuzione interrotta rimosso.</numerusform>
            <numerusform>%n file di estrazione scritti a metà da un&apos;esecuzione interrotta rimossi.</numerusform>
        </translation>
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
    <message>
        <source>Invalid expression.</source>
        <translation>Espressione non valida.</translation>
    </message>
    <message>
        <source>%1: the expression is longer than %2 characters, the most it may have.</source>
        <translation>%1: l&apos;espressione è più lunga di %2 caratteri, il massimo consentito.</translation>
    </message>
    <message>
        <source>%1: the expression has more than %2 conditions, the most it may have; put the values of one field into an &quot;in&quot; list.</source>
        <translation>%1: l&apos;espressione ha più di %2 condizioni, il massimo consentito; mettere i valori di un campo in un elenco &quot;in&quot;.</translation>
    </message>
    <message>
        <source>%1: the expression has more than %2 values, the most it may have in its &quot;in&quot; lists and comparisons together.</source>
        <translation>%1: l&apos;espressione ha più di %2 valori, il massimo consentito nei suoi elenchi &quot;in&quot; e confronti insieme.</translation>
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
    <message>
        <source>The database refused the targeting expression: %1</source>
        <translation>Il database ha rifiutato l&apos;espressione di selezione: %1</translation>
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
    <message>
        <source>%1: only administrators and members of the runner role %2 may run workflows, and &quot;%3&quot; is neither.</source>
        <translation>%1: solo gli amministratori e i membri del ruolo runner %2 possono eseguire i flussi di lavoro, e &quot;%3&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
</context>
<context>
    <name>campagna::people::OperatorDirectory</name>
    <message>
        <source>Invalid operator name &quot;%1&quot;: give the database user&apos;s name (1 to 63 bytes, no spaces at either end, no control characters).</source>
        <translation>Nome di operatore non valido &quot;%1&quot;: indicare il nome dell&apos;utente del database (da 1 a 63 byte, senza spazi alle estremità, senza caratteri di controllo).</translation>
    </message>
    <message>
        <source>Invalid language &quot;%1&quot;: use it or en.</source>
        <translation>Lingua non valida &quot;%1&quot;: usare it o en.</translation>
    </message>
    <message>
        <source>Invalid e-mail address &quot;%1&quot;.</source>
        <translation>Indirizzo e-mail non valido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid group name &quot;%1&quot;: no commas, no control characters, not empty.</source>
        <translation>Nome di gruppo non valido &quot;%1&quot;: niente virgole, niente caratteri di controllo, non vuoto.</translation>
    </message>
    <message>
        <source>Add the operator %1</source>
        <translation>Aggiungere l&apos;operatore %1</translation>
    </message>
    <message>
        <source>There is already an operator named &quot;%1&quot;.</source>
        <translation>Esiste già un operatore di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The operator could not be added.</source>
        <translation>Impossibile aggiungere l&apos;operatore.</translation>
    </message>
    <message>
        <source>Change the operator %1</source>
        <translation>Modificare l&apos;operatore %1</translation>
    </message>
    <message>
        <source>There is no operator named &quot;%1&quot;.</source>
        <translation>Non esiste alcun operatore di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove the operator %1</source>
        <translation>Rimuovere l&apos;operatore %1</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; cannot remove themselves: ask another administrator.</source>
        <translation>L&apos;operatore &quot;%1&quot; non può rimuovere se stesso: chiedere a un altro amministratore.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; still manages campaigns, reviews or decided approvals, requested jobs or receives notifications: those records keep them, so the operator cannot be removed. Take away their rights with &quot;operator set&quot; instead.</source>
        <translation>L&apos;operatore &quot;%1&quot; gestisce ancora campagne, rivede o ha deciso approvazioni, ha richiesto processi o riceve notifiche: quei record lo citano, quindi l&apos;operatore non può essere rimosso. Togliergli i diritti con &quot;operator set&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::people::OperatorQuery</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
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
        <translation>Non esiste alcun ordine di stock %1.</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>non ce n&apos;è nessuno</translation>
    </message>
    <message>
        <source>Only administrators (%1) may confirm or cancel the reorder %2 of &quot;%3&quot; (stock &quot;%4&quot;, which has no alert group); &quot;%5&quot; is not an administrator.</source>
        <translation>Solo gli amministratori (%1) possono confermare o annullare il riordino %2 di &quot;%3&quot; (stock &quot;%4&quot;, che non ha un gruppo di allerta); &quot;%5&quot; non è un amministratore.</translation>
    </message>
    <message>
        <source>Only administrators (%1) and the members of the group &quot;%2&quot; may confirm or cancel the reorder %3 of &quot;%4&quot; (stock &quot;%5&quot;); &quot;%6&quot; is neither.</source>
        <translation>Solo gli amministratori (%1) e i membri del gruppo &quot;%2&quot; possono confermare o annullare il riordino %3 di &quot;%4&quot; (stock &quot;%5&quot;); &quot;%6&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>The stock order %1 is no longer a proposal (it is %2): nothing to confirm or cancel.</source>
        <translation>L&apos;ordine di stock %1 non è più una proposta (è %2): niente da confermare o annullare.</translation>
    </message>
    <message>
        <source>The stock order %1 changed meanwhile: nothing to confirm or cancel.</source>
        <translation>L&apos;ordine di stock %1 è stato modificato nel frattempo: niente da confermare o annullare.</translation>
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
        <translation>Riga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consumato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>In ordine</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Allerta</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Sollevata</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Consegna prevista</translation>
    </message>
    <message>
        <source>There is no stock line %1.</source>
        <translation>Non esiste alcuna riga di stock %1.</translation>
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
    <name>campagna::supplier::ReturnFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &quot;recipient_id,status&quot;.</source>
        <translation>il file è vuoto; era prevista l&apos;intestazione &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>empty line; expected &quot;recipient_id,status&quot;.</source>
        <translation>riga vuota; era previsto &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>the recipient %1 is already on line %2.</source>
        <translation>il destinatario %1 è già alla riga %2.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes.</source>
        <translation>la riga è più lunga di %1 byte.</translation>
    </message>
    <message>
        <source>the first line is not the header &quot;recipient_id,status&quot;.</source>
        <translation>la prima riga non è l&apos;intestazione &quot;recipient_id,status&quot;.</translation>
    </message>
    <message>
        <source>expected 2 fields (recipient_id,status), found %1.</source>
        <translation>attesi 2 campi (recipient_id,status), trovati %1.</translation>
    </message>
    <message>
        <source>the recipient id is not a positive whole number.</source>
        <translation>l&apos;id del destinatario non è un numero intero positivo.</translation>
    </message>
    <message>
        <source>the status is neither &quot;sent&quot; nor &quot;undeliverable&quot;.</source>
        <translation>lo stato non è né &quot;sent&quot; né &quot;undeliverable&quot;.</translation>
    </message>
</context>
<context>
    <name>campagna::supplier::SupplierWorkflow</name>
    <message numerus="yes">
        <source>%n provider file(s) sent; %1 job(s) to be tried again, %2 failed.</source>
        <translation>
            <numerusform>%n file del fornitore inviato; %1 processi da ritentare, %2 non riusciti.</numerusform>
            <numerusform>%n file del fornitore inviati; %1 processi da ritentare, %2 non riusciti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery %1 is %2, no longer provider_pending: no file was sent.</source>
        <translation>La consegna %1 è %2, non più provider_pending: non è stato inviato alcun file.</translation>
    </message>
    <message>
        <source>The delivery %1 has no service provider&apos;s service: there is no supplier to send its file to. Choose a service for the delivery.</source>
        <translation>La consegna %1 non ha un servizio di un fornitore di servizi: non c&apos;è alcun fornitore a cui inviare il suo file. Scegliere un servizio per la consegna.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has neither an e-mail address nor a drop folder: the file cannot be sent. Complete the supplier.</source>
        <translation>Il fornitore &quot;%1&quot; non ha né un indirizzo e-mail né una cartella di deposito: il file non può essere inviato. Completare il fornitore.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has no e-mail address: the file cannot be announced to it. Complete the supplier.</source>
        <translation>Il fornitore &quot;%1&quot; non ha un indirizzo e-mail: non è possibile annunciargli il file. Completare il fornitore.</translation>
    </message>
    <message>
        <source>The supplier &quot;%1&quot; has no drop folder (drop_dir): the file cannot be handed over. Complete the supplier.</source>
        <translation>Il fornitore &quot;%1&quot; non ha una cartella di deposito (drop_dir): il file non può essere consegnato. Completare il fornitore.</translation>
    </message>
    <message>
        <source>The delivery %1 has no extraction file (or no checksum of it): extract it again.</source>
        <translation>La consegna %1 non ha un file di estrazione (o il suo checksum): estrarla di nuovo.</translation>
    </message>
    <message>
        <source>The extraction file %1 was lost: it no longer exists. Extract the delivery again.</source>
        <translation>Il file di estrazione %1 è andato perso: non esiste più. Estrarre di nuovo la consegna.</translation>
    </message>
    <message>
        <source>Cannot read the extraction file %1: %2</source>
        <translation>Impossibile leggere il file di estrazione %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The extraction file %1 was changed since it was extracted: its SHA-256 is %2, not %3. Extract the delivery again.</source>
        <translation>Il file di estrazione %1 è stato modificato dopo l&apos;estrazione: il suo SHA-256 è %2, non %3. Estrarre di nuovo la consegna.</translation>
    </message>
    <message>
        <source>Direct-mail file %1 for the delivery &quot;%2&quot;</source>
        <translation>File postale %1 per la consegna &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Hello,

attached is the file %1 of the direct-mail delivery &quot;%2&quot; (number %3): %n record(s).
It is also in your drop folder: %4
SHA-256: %5

Please process it and send back the return file, if one is agreed, to the incoming folder.

Campagna</source>
        <translation>
            <numerusform>Buongiorno,

in allegato il file %1 della consegna postale &quot;%2&quot; (numero %3): %n record.
Si trova anche nella vostra cartella di deposito: %4
SHA-256: %5

Vi preghiamo di elaborarlo e di restituire il file di ritorno, se concordato, nella cartella incoming.

Campagna</numerusform>
            <numerusform>Buongiorno,

in allegato il file %1 della consegna postale &quot;%2&quot; (numero %3): %n record.
Si trova anche nella vostra cartella di deposito: %4
SHA-256: %5

Vi preghiamo di elaborarlo e di restituire il file di ritorno, se concordato, nella cartella incoming.

Campagna</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1 sent to the supplier &quot;%2&quot; (%3).</source>
        <translation>File %1 inviato al fornitore &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Delivery %1: %2; now sent_to_provider.</source>
        <translation>Consegna %1: %2; ora sent_to_provider.</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed, attempt %3 of %4; it will be tried again on the next run: %5</source>
        <translation>Il processo del fornitore %1 della consegna %2 non è riuscito, tentativo %3 di %4; verrà ritentato all&apos;esecuzione successiva: %5</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 was closed without effect: %3</source>
        <translation>Il processo del fornitore %1 della consegna %2 è stato chiuso senza effetto: %3</translation>
    </message>
    <message>
        <source>Provider return failed: %1</source>
        <translation>Ritorno del fornitore non riuscito: %1</translation>
    </message>
    <message>
        <source>Provider file failed: %1</source>
        <translation>File del fornitore non riuscito: %1</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed after %3 attempts: %4</source>
        <translation>Il processo del fornitore %1 della consegna %2 non è riuscito dopo %3 tentativi: %4</translation>
    </message>
    <message>
        <source>Provider job %1 of the delivery %2 failed: %3</source>
        <translation>Il processo del fornitore %1 della consegna %2 non è riuscito: %3</translation>
    </message>
    <message>
        <source>The delivery no longer waits for its provider (it was cancelled or moved on by someone else): the job was closed without effect.</source>
        <translation>La consegna non attende più il suo fornitore (è stata annullata o fatta avanzare da qualcun altro): il processo è stato chiuso senza effetto.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider job(s) closed: their delivery was no longer sent_to_provider.</source>
        <translation>
            <numerusform>%n processo del fornitore chiuso: la sua consegna non era più sent_to_provider.</numerusform>
            <numerusform>%n processi del fornitore chiusi: la loro consegna non era più sent_to_provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>No return file is expected from the provider: the messages of the file count as sent (%1); the delivery is finished.</source>
        <translation>Non è previsto alcun file di ritorno dal fornitore: i messaggi del file sono considerati inviati (%1); la consegna è terminata.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) finished without a return file; %1 return file(s) processed, %2 failed; %3 overdue, %4 still awaited; %5 job(s) closed.</source>
        <translation>
            <numerusform>%n consegna terminata senza file di ritorno; %1 file di ritorno elaborati, %2 non riusciti; %3 in ritardo, %4 ancora attesi; %5 processi chiusi.</numerusform>
            <numerusform>%n consegne terminate senza file di ritorno; %1 file di ritorno elaborati, %2 non riusciti; %3 in ritardo, %4 ancora attesi; %5 processi chiusi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The return file pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a plain file name. Correct the service&apos;s pattern.</source>
        <translation>Lo schema del file di ritorno &quot;%1&quot; produce &quot;%2&quot;, che non è un semplice nome di file. Correggere lo schema del servizio.</translation>
    </message>
    <message>
        <source>The supplier has no drop folder (drop_dir) any more: the return file %1 cannot be looked for. Complete the supplier.</source>
        <translation>Il fornitore non ha più una cartella di deposito (drop_dir): non è possibile cercare il file di ritorno %1. Completare il fornitore.</translation>
    </message>
    <message>
        <source>No return file %1 in %2: the file was sent on %3, its return was expected by %4.</source>
        <translation>Nessun file di ritorno %1 in %2: il file è stato inviato il %3, il suo ritorno era previsto entro il %4.</translation>
    </message>
    <message>
        <source>Delivery %1: %2</source>
        <translation>Consegna %1: %2</translation>
    </message>
    <message>
        <source>The return file %1 is malformed at %2 It stays where it is, for inspection.</source>
        <translation>Il file di ritorno %1 non è valido alla %2 Resta dov&apos;è, per essere esaminato.</translation>
    </message>
    <message>
        <source>Return file %1: %2 sent, %3 undeliverable; the delivery is finished.</source>
        <translation>File di ritorno %1: %2 inviati, %3 non recapitabili; la consegna è terminata.</translation>
    </message>
    <message numerus="yes">
        <source>The return file %1 of the delivery %2 names %n recipient(s) that are not targets of the delivery; they are not counted (%3%4).</source>
        <translation>
            <numerusform>Il file di ritorno %1 della consegna %2 indica %n destinatario che non è tra i destinatari della consegna; non viene conteggiato (%3%4).</numerusform>
            <numerusform>Il file di ritorno %1 della consegna %2 indica %n destinatari che non sono tra i destinatari della consegna; non vengono conteggiati (%3%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1, an earlier return file of the same name.</source>
        <translation>Impossibile sostituire %1, un file di ritorno precedente con lo stesso nome.</translation>
    </message>
    <message>
        <source>Cannot move the return file %1 to %2: %3</source>
        <translation>Impossibile spostare il file di ritorno %1 in %2: %3</translation>
    </message>
    <message>
        <source>Delivery %1: %2 The next run tries again.</source>
        <translation>Consegna %1: %2 L&apos;esecuzione successiva riproverà.</translation>
    </message>
    <message>
        <source>The extraction file %1 is not inside the extraction folder %2: it is not sent. Extract the delivery again.</source>
        <translation>Il file di estrazione %1 non è nella cartella di estrazione %2: non viene inviato. Estrarre di nuovo la consegna.</translation>
    </message>
    <message>
        <source>the drop folder (drop_dir) of the supplier &quot;%1&quot;</source>
        <translation>la cartella di scambio (drop_dir) del fornitore &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a whole number of megabytes from 1 to 1048576: return files of up to %3 MB are read instead.</source>
        <translation>L&apos;impostazione %1 è &quot;%2&quot;, non un numero intero di megabyte da 1 a 1048576: si leggono invece file di ritorno fino a %3 MB.</translation>
    </message>
    <message>
        <source>the drop folder (drop_dir) of the supplier of the delivery %1</source>
        <translation>la cartella di scambio (drop_dir) del fornitore della consegna %1</translation>
    </message>
    <message>
        <source>The return file %1 has %2 bytes, more than the limit of %3 MB (setting %4). It stays where it is, for inspection.</source>
        <translation>Il file di ritorno %1 ha %2 byte, più del limite di %3 MB (impostazione %4). Resta dove si trova, per l&apos;ispezione.</translation>
    </message>
    <message>
        <source>The return file is refused: %1 It stays where it is, for inspection.</source>
        <translation>Il file di ritorno è rifiutato: %1 Resta dove si trova, per l&apos;ispezione.</translation>
    </message>
    <message>
        <source>the folder for processed return files</source>
        <translation>la cartella dei file di ritorno elaborati</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ApprovalModel</name>
    <message>
        <source>An approval of an earlier round: a later one of the same kind replaced it.</source>
        <translation>Un&apos;approvazione di un giro precedente: una successiva dello stesso tipo l&apos;ha sostituita.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisori</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Solleciti inviati</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decisa</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decisa da</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
</context>
<context>
    <name>campagna::ui::AuditPage</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;peratore:</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Qualsiasi operatore</translation>
    </message>
    <message>
        <source>Only the actions of the operator of exactly this name</source>
        <translation>Solo le azioni dell&apos;operatore con esattamente questo nome</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>Only actions taken on or after this day</source>
        <translation>Solo le azioni compiute in questo giorno o dopo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the audit trail again (F5)</source>
        <translation>Rileggere la traccia di audit (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the actions shown as a CSV file</source>
        <translation>Salvare le azioni visualizzate in un file CSV</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Esporta la traccia di audit</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>audit.csv</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Impossibile leggere la traccia di audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s), %L1 loaded</source>
        <translation>
            <numerusform>%Ln azione, %L1 caricate</numerusform>
            <numerusform>%Ln azioni, %L1 caricate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln azione</numerusform>
            <numerusform>%Ln azioni</numerusform>
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
        <translation>Stanziato</translation>
    </message>
    <message>
        <source>Over-run: reserved, committed and spent exceed the allocation by %1.</source>
        <translation>Sforamento: riservato, impegnato e speso superano lo stanziamento di %1.</translation>
    </message>
    <message>
        <source>Charge date</source>
        <translation>Data di addebito</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
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
        <translation>Senza categoria</translation>
    </message>
    <message>
        <source>Read the budgets again</source>
        <translation>Rileggi i budget</translation>
    </message>
    <message>
        <source>Save the table clicked last (the budgets by default) as a CSV file</source>
        <translation>Salva come file CSV l&apos;ultima tabella cliccata (per impostazione predefinita i budget)</translation>
    </message>
    <message>
        <source>Save the chart clicked last (the budgets chart by default) as PNG or PDF</source>
        <translation>Salva come PNG o PDF l&apos;ultimo grafico cliccato (per impostazione predefinita quello dei budget)</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Righe di costo</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>Righe di spesa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Consumed (reserved, committed, spent)</source>
        <translation>Consumato (riservato, impegnato, speso)</translation>
    </message>
    <message>
        <source>Amounts per budget</source>
        <translation>Importi per budget</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Costo cumulato</translation>
    </message>
    <message>
        <source>By expense category</source>
        <translation>Per categoria di spesa</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Categoria di spesa</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>Costo cumulato (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importo (%1)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Esporta tabella</translation>
    </message>
    <message>
        <source>cost-lines.csv</source>
        <comment>file name</comment>
        <translation>righe-di-costo.csv</translation>
    </message>
    <message>
        <source>expense-lines.csv</source>
        <comment>file name</comment>
        <translation>righe-di-spesa.csv</translation>
    </message>
    <message>
        <source>budgets.csv</source>
        <comment>file name</comment>
        <translation>budget.csv</translation>
    </message>
    <message>
        <source>Cannot read the budgets</source>
        <translation>Impossibile leggere i budget</translation>
    </message>
    <message numerus="yes">
        <source>%Ln budget(s)</source>
        <translation>
            <numerusform>%Ln budget</numerusform>
            <numerusform>%Ln budget</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget &quot;%1&quot; (%2):</source>
        <translation>Budget &quot;%1&quot; (%2):</translation>
    </message>
    <message>
        <source>Select a budget to see its lines and charts.</source>
        <translation>Seleziona un budget per vederne le righe e i grafici.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ChartSupport</name>
    <message>
        <source>Export chart…</source>
        <translation>Esporta grafico…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ripristina vista</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Impossibile scrivere il grafico in %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation>Immagini PNG (*.png);;Documenti PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ConnectionDialog</name>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>File &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Server &amp;PostgreSQL</translation>
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
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>host name, address or socket folder</source>
        <translation>nome host, indirizzo o cartella del socket</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tente:</translation>
    </message>
    <message>
        <source>default: PGUSER or your user name</source>
        <translation>predefinito: PGUSER o il tuo nome utente</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modalità SSL:</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>predefinita (prefer)</translation>
    </message>
    <message>
        <source>The database must already hold the Campagna schema (run &quot;campagnactl init&quot; once). A password is asked only when the server wants one that PGPASSWORD and ~/.pgpass do not give.</source>
        <translation>Il database deve contenere già lo schema di Campagna (eseguire una volta &quot;campagnactl init&quot;). La password viene chiesta solo quando il server ne vuole una che PGPASSWORD e ~/.pgpass non forniscono.</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>sqlite:/path/file.sqlite or postgresql://user@host:port/dbname?sslmode=require (parameters such as host=/socket/folder are read as libpq reads them).</source>
        <translation>sqlite:/percorso/file.sqlite oppure postgresql://utente@host:porta/nomedb?sslmode=require (parametri come host=/cartella/socket sono letti come li legge libpq).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annullato: nulla è stato modificato.</translation>
    </message>
    <message>
        <source>Choose the SQLite file to open, or type the name of a new one.</source>
        <translation>Scegliere il file SQLite da aprire, o scrivere il nome di uno nuovo.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server: a host name, an address, or the folder of its Unix socket.</source>
        <translation>Indicare il server PostgreSQL: un nome host, un indirizzo o la cartella del suo socket Unix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, an address or a socket folder.</source>
        <translation>&quot;%1&quot; non è un nome host, un indirizzo o una cartella di socket.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Indicare il nome del database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>&quot;%1&quot; non è un nome di database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name.</source>
        <translation>&quot;%1&quot; non è un nome utente.</translation>
    </message>
    <message>
        <source>Enter a database URL.</source>
        <translation>Indicare un URL di database.</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Database SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Database SQLite (*.sqlite *.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connected to %1. Choose the operator you act as:</source>
        <translation>Connesso a %1. Scegliere l&apos;operatore con cui agire:</translation>
    </message>
    <message>
        <source>Whoever can write a SQLite file owns it: you may act as any operator.</source>
        <translation>Chi può scrivere un file SQLite ne è il proprietario: si può agire come qualsiasi operatore.</translation>
    </message>
    <message>
        <source>A database user acts as the operator of the same name; a superuser or the database owner may act as any operator.</source>
        <translation>Un utente del database agisce come l&apos;operatore con lo stesso nome; un superutente o il proprietario del database può agire come qualsiasi operatore.</translation>
    </message>
    <message>
        <source>%1 (local administrator)</source>
        <translation>%1 (amministratore locale)</translation>
    </message>
    <message>
        <source>%1 (database administrator)</source>
        <translation>%1 (amministratore del database)</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (amministratore)</translation>
    </message>
    <message>
        <source>%1 was new: it now holds an empty Campagna database.</source>
        <translation>%1 era nuovo: ora contiene un database Campagna vuoto.</translation>
    </message>
    <message>
        <source>Choose the operator you act as.</source>
        <translation>Scegliere l&apos;operatore con cui agire.</translation>
    </message>
    <message>
        <source>Checking who you may act as…</source>
        <translation>Verifica degli operatori consentiti…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>A file that does not exist is created only when you choose Create, with the Campagna schema, as &quot;campagnactl init&quot; would; an empty file receives the schema too. Any other file must already be a Campagna database.</source>
        <translation>Un file che non esiste viene creato solo scegliendo Crea, con lo schema di Campagna, come farebbe &quot;campagnactl init&quot;; anche un file vuoto riceve lo schema. Ogni altro file deve essere già un database Campagna.</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;ea</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist; nothing was created. Choose Create to make a new Campagna database there, or choose an existing file.</source>
        <translation>Il file SQLite %1 non esiste; non è stato creato nulla. Scegliere Crea per creare lì un nuovo database Campagna, oppure scegliere un file esistente.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::CsvExport</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Approve an approval of the delivery %1 &quot;%2&quot;.</source>
        <translation>Approva un&apos;approvazione della consegna %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reject an approval of the delivery %1 &quot;%2&quot;.</source>
        <translation>Respingi un&apos;approvazione della consegna %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>A&amp;pprovazione:</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>nessun revisore</translation>
    </message>
    <message>
        <source>%1 – %2 (reviewers: %3)</source>
        <translation>%1 – %2 (revisori: %3)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commento:</translation>
    </message>
    <message>
        <source>Optional: why, for the record</source>
        <translation>Facoltativo: il perché, da conservare</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Respingi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DeliveriesPage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;le:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagna:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Part of the label</source>
        <translation>Parte dell&apos;etichetta</translation>
    </message>
    <message>
        <source>Stalled &amp;only</source>
        <translation>S&amp;olo bloccate</translation>
    </message>
    <message>
        <source>Only the deliveries that the diagnosis finds stalled (a check failed), as campagnactl diagnose says</source>
        <translation>Solo le consegne che la diagnosi trova bloccate (un controllo è fallito), come dice campagnactl diagnose</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the deliveries again (F5)</source>
        <translation>Rileggi le consegne (F5)</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approva…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Res&amp;pingi…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Co&amp;nferma</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>In&amp;via</translation>
    </message>
    <message>
        <source>Approve a pending approval of the selected delivery (%1)</source>
        <translation>Approva un&apos;approvazione in attesa della consegna selezionata (%1)</translation>
    </message>
    <message>
        <source>Reject a pending approval of the selected delivery (%1)</source>
        <translation>Respingi un&apos;approvazione in attesa della consegna selezionata (%1)</translation>
    </message>
    <message>
        <source>Confirm the selected delivery, which waits for confirmation (%1)</source>
        <translation>Conferma la consegna selezionata, che attende la conferma (%1)</translation>
    </message>
    <message>
        <source>Submit the selected delivery for targeting (%1)</source>
        <translation>Invia la consegna selezionata al targeting (%1)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosi</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Approva&amp;zioni</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventi</translation>
    </message>
    <message>
        <source>&amp;Provider job</source>
        <translation>Lavoro del &amp;fornitore</translation>
    </message>
    <message>
        <source>The delivery has no provider job.</source>
        <translation>La consegna non ha alcun lavoro presso un fornitore.</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Lavoro:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servizio:</translation>
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
        <translation>Inviato:</translation>
    </message>
    <message>
        <source>Return file:</source>
        <translation>File di ritorno:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Terminato:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentativi:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Errore:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Tutte le campagne</translation>
    </message>
    <message>
        <source>The delivery&apos;s details could not be read: %1</source>
        <translation>Non è stato possibile leggere i dettagli della consegna: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service (supplier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a delivery to see its diagnosis, approvals, events and provider job.</source>
        <translation>Seleziona una consegna per vederne la diagnosi, le approvazioni, gli eventi e il lavoro del fornitore.</translation>
    </message>
    <message>
        <source>Reading the delivery…</source>
        <translation>Lettura della consegna…</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3, stalled</source>
        <translation>Consegna %1 &quot;%2&quot;: %3, bloccata</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3</source>
        <translation>Consegna %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Impossibile leggere le consegne: %1</translation>
    </message>
    <message>
        <source>Diagnosing the deliveries to find the stalled ones…</source>
        <translation>Diagnosi delle consegne per trovare quelle bloccate…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies), %L1 loaded</source>
        <translation>
            <numerusform>%Ln consegna, %L1 caricate</numerusform>
            <numerusform>%Ln consegne, %L1 caricate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies)</source>
        <translation>
            <numerusform>%Ln consegna</numerusform>
            <numerusform>%Ln consegne</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 approved by %3.</source>
        <translation>Approvazione %1 della consegna %2 approvata da %3.</translation>
    </message>
    <message>
        <source>Approval %1 of the delivery %2 rejected by %3.</source>
        <translation>Approvazione %1 della consegna %2 respinta da %3.</translation>
    </message>
    <message>
        <source>Delivery %1 confirmed: %2 → %3.</source>
        <translation>Consegna %1 confermata: %2 → %3.</translation>
    </message>
    <message>
        <source>Delivery %1 submitted: targeting job %2 is queued for operationMgt.</source>
        <translation>Consegna %1 inviata: il lavoro di targeting %2 è in coda per operationMgt.</translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation>Esporta le consegne</translation>
    </message>
    <message>
        <source>deliveries.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>consegne.csv</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;sporta CSV…</translation>
    </message>
    <message>
        <source>Save the deliveries shown as a CSV file</source>
        <translation>Salva le consegne mostrate in un file CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop looking for the stalled deliveries and show every delivery</source>
        <translation>Smetti di cercare le consegne bloccate e mostra tutte le consegne</translation>
    </message>
    <message>
        <source>Diagnosing the deliveries to find the stalled ones: %L1 of %L2…</source>
        <translation>Diagnosi delle consegne per trovare quelle bloccate: %L1 di %L2…</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modello)</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloccata</translation>
    </message>
</context>
<context>
    <name>campagna::ui::DeliveryTexts</name>
    <message>
        <source>Being edited</source>
        <translation>In modifica</translation>
    </message>
    <message>
        <source>Targeting pending</source>
        <translation>Targeting in attesa</translation>
    </message>
    <message>
        <source>To validate</source>
        <translation>Da validare</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>In attesa di conferma</translation>
    </message>
    <message>
        <source>Start pending</source>
        <translation>Avvio in attesa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Extraction pending</source>
        <translation>Estrazione in attesa</translation>
    </message>
    <message>
        <source>File to approve</source>
        <translation>File da approvare</translation>
    </message>
    <message>
        <source>Provider pending</source>
        <translation>In attesa del fornitore</translation>
    </message>
    <message>
        <source>Sent to provider</source>
        <translation>Inviata al fornitore</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>delivery status</comment>
        <translation>Terminata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>delivery status</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>delivery status</comment>
        <translation>Fallita</translation>
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
        <translation>Posta diretta</translation>
    </message>
    <message>
        <source>Targeting</source>
        <comment>approval kind</comment>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>Content</source>
        <comment>approval kind</comment>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>approval kind</comment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Extraction</source>
        <comment>approval kind</comment>
        <translation>Estrazione</translation>
    </message>
    <message>
        <source>Proof</source>
        <comment>approval kind</comment>
        <translation>Bozza di stampa</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>approval status</comment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>approval status</comment>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>approval status</comment>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>provider job status</comment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>File sent</source>
        <comment>provider job status</comment>
        <translation>File inviato</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>provider job status</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>provider job status</comment>
        <translation>Fallito</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>diagnosis check</comment>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>diagnosis check</comment>
        <translation>Fallito</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>diagnosis check</comment>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>diagnosis check</comment>
        <translation>Saltato</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n approvata</numerusform>
            <numerusform>%n approvate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <comment>approvals</comment>
        <translation>
            <numerusform>%n respinta</numerusform>
            <numerusform>%n respinte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::DiagnosisModel</name>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>campagna::ui::EventModel</name>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (esecuzione %2)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima volta</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
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
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Real</source>
        <comment>cost basis</comment>
        <translation>Reale</translation>
    </message>
    <message>
        <source>Calculated</source>
        <comment>cost basis</comment>
        <translation>Calcolato</translation>
    </message>
    <message>
        <source>Estimated</source>
        <comment>cost basis</comment>
        <translation>Stimato</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>stock status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>stock status</comment>
        <translation>Allerta</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <comment>stock status</comment>
        <translation>Insufficiente</translation>
    </message>
    <message>
        <source>Alert level reached</source>
        <translation>Livello di allerta raggiunto</translation>
    </message>
    <message>
        <source>Insufficient stock</source>
        <translation>Stock insufficiente</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>stock order</comment>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>On order</source>
        <comment>stock order</comment>
        <translation>In ordine</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>stock order</comment>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>stock order</comment>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>campagna::ui::JournalPage</name>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Flusso di lavoro:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>Only runs started on or after this day</source>
        <translation>Solo le esecuzioni avviate in questo giorno o successivamente</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Only runs started on or before this day</source>
        <translation>Solo le esecuzioni avviate in questo giorno o precedentemente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the runs again (F5)</source>
        <translation>Rileggere le esecuzioni (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the runs shown as a CSV file</source>
        <translation>Salvare le esecuzioni visualizzate in un file CSV</translation>
    </message>
    <message>
        <source>&amp;Lines of the selected run:</source>
        <translation>&amp;Righe dell&apos;esecuzione selezionata:</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Tutti i flussi di lavoro</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>Esporta esecuzioni</translation>
    </message>
    <message>
        <source>journal.csv</source>
        <comment>default file name of the CSV export</comment>
        <translation>registro.csv</translation>
    </message>
    <message>
        <source>Cannot read the runs</source>
        <translation>Impossibile leggere le esecuzioni</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), %L1 loaded</source>
        <translation>
            <numerusform>%Ln esecuzione, %L1 caricate</numerusform>
            <numerusform>%Ln esecuzioni, %L1 caricate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln esecuzione</numerusform>
            <numerusform>%Ln esecuzioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::ui::LogModel</name>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>campagna::ui::LogTableModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
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
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>All runs of all workflows, filterable, with their journal lines.</source>
        <translation>Tutte le esecuzioni di tutti i flussi di lavoro, filtrabili, con le relative righe del registro.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Deliveries: why they are stalled, their approvals, events and provider jobs; approve, reject, confirm, submit.</source>
        <translation>Consegne: perché sono bloccate, le loro approvazioni, gli eventi e i lavori dei fornitori; approva, respingi, conferma, invia.</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Esporta grafico…</translation>
    </message>
    <message>
        <source>Save the current page&apos;s chart (the one clicked last) as PNG or PDF</source>
        <translation>Salva come PNG o PDF il grafico della pagina corrente (l&apos;ultimo cliccato)</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budgets: allocated, planned, reserved, committed, spent and available amounts, with their cost lines and charts.</source>
        <translation>Budget: importi stanziati, pianificati, riservati, impegnati, spesi e disponibili, con le righe di costo e i grafici.</translation>
    </message>
    <message>
        <source>Stocks</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock lines, their levels, alerts and reorder proposals.</source>
        <translation>Righe di stock, livelli, allerte e proposte di riordino.</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow run(s) in progress in this console (%1) will be cancelled if you switch to %2 now. Switch anyway?</source>
        <translation>
            <numerusform>%n esecuzione in corso in questa console (%1) sarà annullata se si passa ora a %2. Passare comunque?</numerusform>
            <numerusform>%n esecuzioni in corso in questa console (%1) saranno annullate se si passa ora a %2. Passare comunque?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation>Aperto %1 come %2.</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Svuota l&apos;elenco</translation>
    </message>
    <message>
        <source>Loading the demo data into %1…</source>
        <translation>Caricamento dei dati dimostrativi in %1…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati dimostrativi</translation>
    </message>
    <message>
        <source>The demo data could not be loaded into %1.

%2</source>
        <translation>Impossibile caricare i dati dimostrativi in %1.

%2</translation>
    </message>
    <message>
        <source>%1 already holds data. The demo data loads only into an empty database: open a new SQLite file (File &gt; Open database…) and load it there.</source>
        <translation>%1 contiene già dati. I dati dimostrativi si caricano solo in un database vuoto: aprire un nuovo file SQLite (File &gt; Apri database…) e caricarli lì.</translation>
    </message>
    <message>
        <source>The demo data is loaded into %1.</source>
        <translation>I dati dimostrativi sono stati caricati in %1.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open a SQLite file or a PostgreSQL database</source>
        <translation>Apre un file SQLite o un database PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Database &amp;recenti</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Carica &amp;dati dimostrativi</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>F&amp;lussi di lavoro</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Vai a</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Riprova ora</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting</source>
        <translation>Connessione persa, riconnessione in corso</translation>
    </message>
    <message>
        <source>Connection to %1 lost: reconnecting…</source>
        <translation>Connessione a %1 persa: riconnessione…</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost: reconnecting in %n s…</source>
        <translation>
            <numerusform>Connessione a %1 persa: riconnessione tra %n s…</numerusform>
            <numerusform>Connessione a %1 persa: riconnessione tra %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 restored.</source>
        <translation>Connessione a %1 ripristinata.</translation>
    </message>
    <message>
        <source>No workflow is running in this console, and its scheduler is off: only administrators and the runner role run workflows, and &quot;%1&quot; is neither.</source>
        <translation>Nessun flusso di lavoro in esecuzione in questa console, e il suo pianificatore è spento: solo gli amministratori e il ruolo runner eseguono i flussi di lavoro, e &quot;%1&quot; non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>The operators, their rights, groups, language and e-mail address; administrators add, change and remove them.</source>
        <translation>Gli operatori, i loro diritti, gruppi, lingua e indirizzo e-mail; gli amministratori li aggiungono, modificano e rimuovono.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The audit trail: who did what and when, filterable by action, operator and day.</source>
        <translation>La traccia di audit: chi ha fatto cosa e quando, filtrabile per azione, operatore e giorno.</translation>
    </message>
</context>
<context>
    <name>campagna::ui::OperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>Aggiungi un operatore</translation>
    </message>
    <message>
        <source>Edit the operator %1</source>
        <translation>Modifica l&apos;operatore %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>The database user&apos;s name (on PostgreSQL the role must exist already)</source>
        <translation>Il nome dell&apos;utente del database (su PostgreSQL il ruolo deve già esistere)</translation>
    </message>
    <message>
        <source>An operator&apos;s name cannot be changed</source>
        <translation>Il nome di un operatore non può essere modificato</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Amministratore</translation>
    </message>
    <message>
        <source>Administrators may manage operators, settings and workflows</source>
        <translation>Gli amministratori possono gestire operatori, impostazioni e flussi di lavoro</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppi:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. reviewers, stock</source>
        <translation>Separati da virgole, ad es. revisori, magazzino</translation>
    </message>
    <message>
        <source>The operator&apos;s groups, separated by commas; groups that do not exist yet are created</source>
        <translation>I gruppi dell&apos;operatore, separati da virgole; i gruppi che non esistono ancora vengono creati</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no language chosen for the operator</comment>
        <translation>Nessuna</translation>
    </message>
</context>
<context>
    <name>campagna::ui::OperatorsPage</name>
    <message>
        <source>Nothing to change for the operator %1.</source>
        <translation>Niente da modificare per l&apos;operatore %1.</translation>
    </message>
    <message>
        <source>The operator %1 was added.</source>
        <translation>L&apos;operatore %1 è stato aggiunto.</translation>
    </message>
    <message>
        <source>The operator %1 was changed.</source>
        <translation>L&apos;operatore %1 è stato modificato.</translation>
    </message>
    <message>
        <source>Remove operator</source>
        <translation>Rimuovi operatore</translation>
    </message>
    <message>
        <source>Remove the operator %1? They will no longer be able to use Campagna; the audit trail keeps their name.</source>
        <translation>Rimuovere l&apos;operatore %1? Non potrà più usare Campagna; la traccia di audit conserva il suo nome.</translation>
    </message>
    <message>
        <source>The operator %1 was removed.</source>
        <translation>L&apos;operatore %1 è stato rimosso.</translation>
    </message>
    <message>
        <source>Only administrators may add, change or remove operators, and &quot;%1&quot; is not one.</source>
        <translation>Solo gli amministratori possono aggiungere, modificare o rimuovere operatori, e &quot;%1&quot; non lo è.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an operator: a database user who may use Campagna</source>
        <translation>Aggiungi un operatore: un utente del database che può usare Campagna</translation>
    </message>
    <message>
        <source>Change the selected operator&apos;s rights, groups, language or e-mail address</source>
        <translation>Modifica i diritti, i gruppi, la lingua o l&apos;indirizzo e-mail dell&apos;operatore selezionato</translation>
    </message>
    <message>
        <source>Select an operator to edit</source>
        <translation>Selezionare un operatore da modificare</translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation>Rimuovi l&apos;operatore selezionato</translation>
    </message>
    <message>
        <source>Select an operator to remove</source>
        <translation>Selezionare un operatore da rimuovere</translation>
    </message>
    <message>
        <source>Read the operators again (%1)</source>
        <translation>Rileggere gli operatori (%1)</translation>
    </message>
    <message>
        <source>Cannot read the operators</source>
        <translation>Impossibile leggere gli operatori</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>operators, administrators</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operator(s)</source>
        <translation>
            <numerusform>%Ln operatore</numerusform>
            <numerusform>%Ln operatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln administrator(s)</source>
        <translation>
            <numerusform>%Ln amministratore</numerusform>
            <numerusform>%Ln amministratori</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <source>You may read the operators; only administrators may add, change or remove them.</source>
        <translation>Gli operatori sono in sola lettura: solo gli amministratori possono aggiungerli, modificarli o rimuoverli.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
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
        <translation>Password PostgreSQL</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of the user &quot;%2&quot;.</source>
        <translation>Il server PostgreSQL %1 chiede la password dell&apos;utente &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>Il server ha rifiutato la password.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password is kept only while Campagna runs. To avoid this question, set PGPASSWORD or add a line to ~/.pgpass.</source>
        <translation>La password è conservata solo finché Campagna è in esecuzione. Per evitare questa domanda, impostare PGPASSWORD o aggiungere una riga a ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunHistoryModel</name>
    <message>
        <source>Run %1: %2</source>
        <translation>Esecuzione %1: %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Esecuzione %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunTableModel</name>
    <message>
        <source>Workflow</source>
        <translation>Flusso di lavoro</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Eseguita da</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviata</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>campagna::ui::RunTexts</name>
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
        <source>Run now</source>
        <comment>run trigger</comment>
        <translation>Esegui ora</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <comment>run trigger</comment>
        <translation>Pianificatore</translation>
    </message>
    <message>
        <source>Command line</source>
        <comment>run trigger</comment>
        <translation>Riga di comando</translation>
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
        <translation>Pianificazione: %1</translation>
    </message>
    <message>
        <source>Schedule: none (runs only when asked)</source>
        <translation>Pianificazione: nessuna (solo quando richiesto)</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)</source>
        <comment>the schedule in words, as stored</comment>
        <translation>Pianificazione: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>campagna::ui::ScheduleDialog</name>
    <message>
        <source>Schedule of %1</source>
        <translation>Pianificazione di %1</translation>
    </message>
    <message>
        <source>&amp;Schedule of %1:</source>
        <translation>&amp;Pianificazione di %1:</translation>
    </message>
    <message>
        <source>Syntax: &quot;every 15m&quot; (also s, h, d), &quot;daily 09:00&quot; or &quot;manual&quot; (runs only when asked).</source>
        <translation>Sintassi: &quot;every 15m&quot; (anche s, h, d), &quot;daily 09:00&quot; oppure &quot;manual&quot; (viene eseguito solo su richiesta).</translation>
    </message>
</context>
<context>
    <name>campagna::ui::StocksPage</name>
    <message>
        <source>In stock</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Order %1: %2 units, %3, %4</source>
        <translation>Ordine %1: %2 unità, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Confirm reorder</source>
        <translation>Conferma riordino</translation>
    </message>
    <message>
        <source>Cancel reorder</source>
        <translation>Annulla riordino</translation>
    </message>
    <message>
        <source>%1 units of &quot;%2&quot; (stock &quot;%3&quot;), expected on %4</source>
        <translation>%1 unità di &quot;%2&quot; (stock &quot;%3&quot;), previste il %4</translation>
    </message>
    <message>
        <source>Confirm the reorder of %1? It becomes an order on its way.</source>
        <translation>Confermare il riordino di %1? Diventa un ordine in arrivo.</translation>
    </message>
    <message>
        <source>Cancel the proposed reorder of %1?</source>
        <translation>Annullare il riordino proposto di %1?</translation>
    </message>
    <message>
        <source>Read the stock lines again</source>
        <translation>Rileggi le righe di stock</translation>
    </message>
    <message>
        <source>Save the table clicked last (the stock lines by default) as a CSV file</source>
        <translation>Salva come file CSV l&apos;ultima tabella cliccata (per impostazione predefinita le righe di stock)</translation>
    </message>
    <message>
        <source>Save the stock level chart as PNG or PDF</source>
        <translation>Salva come PNG o PDF il grafico del livello di stock</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onferma</translation>
    </message>
    <message>
        <source>Confirm the selected proposal: it becomes an order</source>
        <translation>Conferma la proposta selezionata: diventa un ordine</translation>
    </message>
    <message>
        <source>C&amp;ancel proposal</source>
        <translation>&amp;Annulla proposta</translation>
    </message>
    <message>
        <source>Cancel the selected proposal</source>
        <translation>Annulla la proposta selezionata</translation>
    </message>
    <message>
        <source>Administrators and the members of the stock&apos;s alert group may confirm or cancel a proposal.</source>
        <translation>Gli amministratori e i membri del gruppo di allerta dello stock possono confermare o annullare una proposta.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Allerte</translation>
    </message>
    <message>
        <source>Reorder proposals</source>
        <translation>Proposte di riordino</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Level of the selected line</source>
        <translation>Livello della riga selezionata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Esporta tabella</translation>
    </message>
    <message>
        <source>stock.csv</source>
        <comment>file name</comment>
        <translation>stock.csv</translation>
    </message>
    <message>
        <source>Cannot read the stock</source>
        <translation>Impossibile leggere lo stock</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stock line(s)</source>
        <translation>
            <numerusform>%Ln riga di stock</numerusform>
            <numerusform>%Ln righe di stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock line &quot;%1&quot;:</source>
        <translation>Riga di stock &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Select a stock line to see its level and consumption.</source>
        <translation>Seleziona una riga di stock per vederne il livello e il consumo.</translation>
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
    <message>
        <source>Edit sc&amp;hedule…</source>
        <translation>Modifica &amp;pianificazione…</translation>
    </message>
    <message>
        <source>Change when the scheduler runs the selected workflow.</source>
        <translation>Modificare quando il pianificatore esegue il flusso di lavoro selezionato.</translation>
    </message>
    <message>
        <source>Pur&amp;ge journal…</source>
        <translation>P&amp;ulisci registro…</translation>
    </message>
    <message>
        <source>Delete the journal lines older than a date (administrators only).</source>
        <translation>Eliminare le righe del registro anteriori a una data (solo amministratori).</translation>
    </message>
    <message>
        <source>Run history (latest %L1)</source>
        <translation>Cronologia delle esecuzioni (ultime %L1)</translation>
    </message>
    <message>
        <source>Journal of the selected run</source>
        <translation>Registro dell&apos;esecuzione selezionata</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avvisi ed errori</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errori</translation>
    </message>
    <message>
        <source>The run history could not be read from the database: %1</source>
        <translation>Impossibile leggere dal database la cronologia delle esecuzioni: %1</translation>
    </message>
    <message>
        <source>The journal could not be read from the database: %1</source>
        <translation>Impossibile leggere il registro dal database: %1</translation>
    </message>
    <message>
        <source>%1: schedule set to &quot;%2&quot;.</source>
        <translation>%1: pianificazione impostata su &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Purge the journal</source>
        <translation>Pulisci il registro</translation>
    </message>
    <message>
        <source>Journal lines older than the date below are deleted, for all workflows. Runs are kept.</source>
        <translation>Le righe del registro anteriori alla data indicata sotto vengono eliminate per tutti i flussi di lavoro. Le esecuzioni vengono conservate.</translation>
    </message>
    <message>
        <source>Delete lines &amp;older than:</source>
        <translation>Elimina le righe ante&amp;riori al:</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Pulisci…</translation>
    </message>
    <message>
        <source>The journal could not be purged: %1</source>
        <translation>Impossibile pulire il registro: %1</translation>
    </message>
    <message>
        <source>The journal has no line older than %1: nothing to purge.</source>
        <translation>Il registro non contiene righe anteriori al %1: nulla da pulire.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln journal line(s) older than %1? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare la %Ln riga del registro anteriore al %1? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare le %Ln righe del registro anteriori al %1? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal line(s) older than %1 deleted.</source>
        <translation>
            <numerusform>%Ln riga del registro anteriore al %1 eliminata.</numerusform>
            <numerusform>%Ln righe del registro anteriori al %1 eliminate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campagna::workflows::WorkflowCatalog</name>
    <message>
        <source>Cost calculation</source>
        <translation>Calcolo costi</translation>
    </message>
    <message>
        <source>Computes expense lines and cost lines, and the amounts of budgets, plans, programs, campaigns, deliveries and tasks.</source>
        <translation>Calcola le righe di spesa e le righe di costo e gli importi di budget, piani, programmi, campagne, consegne e attività.</translation>
    </message>
    <message>
        <source>Stock: Orders and alerts</source>
        <translation>Stock: Ordini e avvisi</translation>
    </message>
    <message>
        <source>Receives stock orders, computes stock consumption and levels, raises and clears alerts and proposes reorders.</source>
        <translation>Riceve gli ordini di stock, calcola consumi e livelli delle scorte, apre e chiude gli avvisi e propone i riordini.</translation>
    </message>
    <message>
        <source>Jobs on deliveries in campaigns</source>
        <translation>Processi sulle consegne nelle campagne</translation>
    </message>
    <message>
        <source>Sends approval requests and reminders, moves approved deliveries on, starts them when due and hands external deliveries to their service provider.</source>
        <translation>Invia le richieste di approvazione e i promemoria, fa avanzare le consegne approvate, le avvia alla data prevista e passa le consegne esterne al fornitore di servizi.</translation>
    </message>
    <message>
        <source>Campaign jobs</source>
        <translation>Processi campagna</translation>
    </message>
    <message>
        <source>Runs campaign jobs (targeting, file extraction) and creates the deliveries and campaigns of recurring and periodic campaigns.</source>
        <translation>Esegue i processi delle campagne (targeting, estrazione dei file) e crea le consegne e le campagne delle campagne ricorrenti e periodiche.</translation>
    </message>
    <message>
        <source>Jobs on service providers</source>
        <translation>Processi relativi ai fornitori di servizi</translation>
    </message>
    <message>
        <source>Sends extraction files to service providers and processes the files they return.</source>
        <translation>Invia i file di estrazione ai fornitori di servizi ed elabora i file che restituiscono.</translation>
    </message>
</context>
</TS>
