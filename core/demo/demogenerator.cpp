#include "demo/demogenerator.h"

#include "common/filesroot.h"
#include "db/dialect.h"
#include "db/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <deque>
#include <functional>
#include <optional>
#include <utility>

namespace campagna::demo {

using namespace Qt::StringLiterals;
using db::Backend;
using db::Sql;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
// The demo's files, apart from an installation's own in the files root
// (FilesRoot): extraction folder and suppliers' drop folders.
const QString kDemoFolder = QStringLiteral("demo");
// Statements bind at most Dialect::maxBoundParameters() (on SQLite,
// quadratic binding made most of the generator's time at 26,000 per
// statement). Rows and ids do not depend on the batch size.
constexpr int MaxRowsPerStatement = 2000;
constexpr qint64 RecipientsPerScale = 10000;
constexpr int ExtraDeliveriesPerScale = 40;

// ---------------------------------------------------------------------------
// Deterministic randomness: splitmix64, integer arithmetic only, so that the
// same seed gives the same data with every compiler and standard library.
class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < n
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    // lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool perMille(int p) { return below(1000) < p; }
    const QString &pick(const QStringList &list) { return list.at(int(below(list.size()))); }

private:
    quint64 m_state;
};

// A seed for an independent stream of the same generator.
quint64 streamSeed(quint64 seed, quint64 stream)
{
    Rng mixer(seed ^ (stream * 0xd1b54a32d192ed03ULL));
    return mixer.next();
}

QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString digits(Rng &rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(rng.below(10))));
    return text;
}

QString padded(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

// Lower-case ASCII letters and digits only: "Niccolò" -> "niccolo",
// "D'Angelo" -> "dangelo".
QString asciiSlug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
    }
    return slug;
}

QString utcDate(qint64 at, const QString &format)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(format);
}

// ---------------------------------------------------------------------------
// Multi-row INSERTs of one table, in batches that stay under the bound
// parameter limit; the full-batch statement is prepared once and reused.
class BatchWriter final
{
public:
    BatchWriter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                DemoSummary &summary)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_rowsPerStatement(
              qMax(1, qMin(MaxRowsPerStatement,
                           db::Dialect::of(db).maxBoundParameters() / int(columns.size()))))
        , m_summary(summary)
    {
        m_summary.rowsPerTable.insert(table, m_summary.rowsPerTable.value(table));
        m_pending.reserve(m_rowsPerStatement * int(columns.size()));
    }
    Q_DISABLE_COPY_MOVE(BatchWriter)

    void add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        if (m_error)
            return;
        m_pending.append(row);
        if (m_pending.size() >= m_rowsPerStatement * m_columns.size())
            flush();
    }

    Result<void> finish()
    {
        if (!m_error && !m_pending.isEmpty())
            flush();
        if (m_error)
            return *m_error;
        return {};
    }

private:
    QString statement(int rows) const
    {
        QString tuple = u"("_s;
        for (int c = 0; c < m_columns.size(); ++c)
            tuple.append(c == 0 ? u"?"_s : u", ?"_s);
        tuple.append(u')');
        QString sql =
            u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s;
        sql.reserve(sql.size() + rows * (tuple.size() + 2));
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql.append(u", "_s);
            sql.append(tuple);
        }
        return sql;
    }

    void flush()
    {
        const int rows = int(m_pending.size() / m_columns.size());
        QSqlQuery partial(m_db);
        QSqlQuery *query = &partial;
        QString sql;
        if (rows == m_rowsPerStatement) {
            if (!m_full) {
                m_fullSql = statement(rows);
                m_full.emplace(m_db);
                if (!m_full->prepare(m_fullSql)) {
                    m_error = Sql::errorFrom(m_full->lastError(), m_fullSql);
                    return;
                }
            }
            query = &*m_full;
            sql = m_fullSql;
        } else {
            sql = statement(rows);
            if (!partial.prepare(sql)) {
                m_error = Sql::errorFrom(partial.lastError(), sql);
                return;
            }
        }
        for (int i = 0; i < m_pending.size(); ++i)
            query->bindValue(i, m_pending.at(i));
        if (!query->exec()) {
            m_error = Sql::errorFrom(query->lastError(), sql);
            return;
        }
        m_summary.rowsPerTable[m_table] += rows;
        m_pending.clear();
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    DemoSummary &m_summary;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
    QString m_fullSql;
    std::optional<Error> m_error;
};

// ---------------------------------------------------------------------------
// The data set.

namespace Channel {
const QString Email = u"email"_s;
const QString Sms = u"sms"_s;
const QString DirectMail = u"direct_mail"_s;
} // namespace Channel

// Operators.
enum OperatorId : qint64 {
    Admin = 1,
    GiuliaRossi,
    MarcoBianchi,
    SarahThompson,
    LucaFerrari,
    EmmaClarke,
    FrancescaRomano,
    JamesWalker,
    ChiaraEsposito,
    DanielHughes,
};

// Operator groups.
enum GroupId : qint64 {
    WorkflowSupervisors = 1,
    MarketingManagers,
    LegalReviewers,
    StockKeepers,
    BrandReviewers,
    SupportDesk,
};

// Services.
enum ServiceId : qint64 {
    PrintAndPost = 1,
    LoyaltyLettershop,
    UkLettershop,
    EmailRouting,
    SmsRouting,
    AgencyServices,
};

// Cost types.
enum CostTypeId : qint64 {
    EmailStandard = 1,
    SmsThreshold,
    EmailPremium,
    Graphics,
    SheetsA4,
    PrintSetup,
    Postage,
    Envelopes,
    AgencyDay,
    EventSetup,
    UkPostage,
    UkBrochure,
    DisplayKit,
    SmsStandard,
    PaperA4,
};

// Stock lines.
enum StockLineId : qint64 {
    PaperLine = 1, // ends in alert, gets a reorder proposal
    EnvelopeLine,  // ends insufficient (forecast below zero)
    BrochureLine,  // its on_order order is due: received
    DisplayLine,
    CatalogueLine,
};

// What a cost choice is charged as, to pick the expense category.
enum class Spend { Print, Digital, Creative, Agency };

struct Person
{
    QString email, phone, firstName, lastName, address, postalCode, city, country, birthDate;
    qint64 createdAt = 0;
    bool optedOut = false;
    bool blocklisted = false;
};

struct Choice
{
    qint64 costTypeId = 0;
    qint64 surchargeCents = 0;
};

struct ProviderJob
{
    QString status;
    qint64 sentAt = 0;
    qint64 finishedAt = 0;
    QString returnFile;
    QString error;
    int attempts = 1;
};

struct DeliveryRow
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString label, channel, status;
    qint64 serviceId = 0;
    int isTemplate = 0;
    QString filter;
    QVariant targetedCount, toSendCount, sentCount, analyzedAt;
    int confirmRequired = 0;
    QVariant contactAt, extractionAt, estimatedCents, realCents, commitmentLevel;
    QVariant extractionFile, extractionRows, extractionSha256, lastError;
    qint64 extractedAt = 0;
    QList<Choice> choices;
    std::optional<ProviderJob> providerJob;
    // Set on deliveries whose targets are computed from the recipients.
    std::function<bool(const Person &)> target;
    qint64 targetCap = 0; // > 0: keep only the first targets (a fixed size at every scale)
    QList<qint64> targets;
    qint64 matched = 0;
    QSet<QString> seenAddresses;
};

struct TaskRow
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString label, status;
    qint64 serviceId = 0;
    int durationDays = 0;
    QVariant estimatedCents, realCents, commitmentLevel, startAt, endAt;
    QList<Choice> choices;
};

struct ApprovalRow
{
    qint64 id = 0;
    const DeliveryRow *delivery = nullptr;
    QString kind, status;
    qint64 reviewerOperatorId = 0, reviewerGroupId = 0;
    qint64 submittedAt = 0;
    QVariant deadlineAt, decidedAt, decidedBy, comment, notifiedAt;
    int remindersSent = 0;
    QString notificationStatus; // of its approval_request notifications
};

struct Reviewer
{
    qint64 operatorId = 0;
    qint64 groupId = 0;
};

struct City
{
    const char16_t *name;
    const char16_t *country;
    int weight;
    const char16_t *postalPrefix;
    int lo, hi, width; // the number after the prefix
    enum Kind { Digits, UkPostcode, Eircode } kind;
};

const QList<City> &cities()
{
    static const QList<City> list = {
        {u"Roma", u"IT", 14, u"001", 18, 99, 2, City::Digits},
        {u"Milano", u"IT", 12, u"201", 21, 62, 2, City::Digits},
        {u"Torino", u"IT", 7, u"101", 21, 56, 2, City::Digits},
        {u"Napoli", u"IT", 8, u"801", 21, 47, 2, City::Digits},
        {u"Bologna", u"IT", 4, u"401", 21, 41, 2, City::Digits},
        {u"Firenze", u"IT", 4, u"501", 21, 45, 2, City::Digits},
        {u"Genova", u"IT", 3, u"161", 21, 67, 2, City::Digits},
        {u"Palermo", u"IT", 4, u"901", 21, 51, 2, City::Digits},
        {u"Bari", u"IT", 3, u"701", 21, 32, 2, City::Digits},
        {u"Verona", u"IT", 2, u"371", 21, 42, 2, City::Digits},
        {u"London", u"GB", 4, u"SW", 1, 20, 0, City::UkPostcode},
        {u"London", u"GB", 4, u"E", 1, 18, 0, City::UkPostcode},
        {u"London", u"GB", 4, u"N", 1, 22, 0, City::UkPostcode},
        {u"Manchester", u"GB", 4, u"M", 1, 40, 0, City::UkPostcode},
        {u"Birmingham", u"GB", 3, u"B", 1, 38, 0, City::UkPostcode},
        {u"Leeds", u"GB", 2, u"LS", 1, 17, 0, City::UkPostcode},
        {u"Glasgow", u"GB", 2, u"G", 1, 42, 0, City::UkPostcode},
        {u"Liverpool", u"GB", 1, u"L", 1, 25, 0, City::UkPostcode},
        {u"Bristol", u"GB", 1, u"BS", 1, 16, 0, City::UkPostcode},
        {u"Edinburgh", u"GB", 1, u"EH", 1, 17, 0, City::UkPostcode},
        {u"Paris", u"FR", 2, u"750", 1, 20, 2, City::Digits},
        {u"Lyon", u"FR", 1, u"6900", 1, 9, 1, City::Digits},
        {u"Marseille", u"FR", 1, u"130", 1, 16, 2, City::Digits},
        {u"Berlin", u"DE", 2, u"", 10115, 14199, 5, City::Digits},
        {u"München", u"DE", 1, u"", 80331, 81929, 5, City::Digits},
        {u"Hamburg", u"DE", 1, u"", 20095, 22769, 5, City::Digits},
        {u"Madrid", u"ES", 2, u"280", 1, 55, 2, City::Digits},
        {u"Barcelona", u"ES", 1, u"080", 1, 42, 2, City::Digits},
        {u"Lugano", u"CH", 1, u"690", 0, 9, 1, City::Digits},
        {u"Zürich", u"CH", 1, u"80", 1, 57, 2, City::Digits},
        {u"Dublin", u"IE", 1, u"D", 1, 24, 2, City::Eircode},
    };
    return list;
}

const QStringList &italianFirstNames()
{
    static const QStringList list = {
        u"Giulia"_s,    u"Marco"_s,     u"Francesca"_s, u"Alessandro"_s, u"Chiara"_s,
        u"Luca"_s,      u"Sofia"_s,     u"Matteo"_s,    u"Giorgia"_s,    u"Lorenzo"_s,
        u"Martina"_s,   u"Andrea"_s,    u"Sara"_s,      u"Davide"_s,     u"Elena"_s,
        u"Federico"_s,  u"Valentina"_s, u"Simone"_s,    u"Alessia"_s,    u"Niccolò"_s,
        u"Beatrice"_s,  u"Tommaso"_s,   u"Aurora"_s,    u"Gabriele"_s,   u"Ilaria"_s,
        u"Riccardo"_s,  u"Camilla"_s,   u"Stefano"_s,   u"Silvia"_s,     u"Paolo"_s,
        u"Anna"_s,      u"Giuseppe"_s,  u"Maria"_s,     u"Antonio"_s,    u"Rosa"_s,
        u"Salvatore"_s, u"Lucia"_s,     u"Vincenzo"_s,  u"Carla"_s,      u"Pietro"_s,
        u"Noemi"_s,     u"Emanuele"_s,
    };
    return list;
}

const QStringList &italianLastNames()
{
    static const QStringList list = {
        u"Rossi"_s,    u"Russo"_s,    u"Ferrari"_s,    u"Esposito"_s,  u"Bianchi"_s,
        u"Romano"_s,   u"Colombo"_s,  u"Ricci"_s,      u"Marino"_s,    u"Greco"_s,
        u"Bruno"_s,    u"Gallo"_s,    u"Conti"_s,      u"De Luca"_s,   u"Mancini"_s,
        u"Costa"_s,    u"Giordano"_s, u"Rizzo"_s,      u"Lombardi"_s,  u"Moretti"_s,
        u"Barbieri"_s, u"Fontana"_s,  u"Santoro"_s,    u"Mariani"_s,   u"Rinaldi"_s,
        u"Caruso"_s,   u"Ferrara"_s,  u"Galli"_s,      u"Martini"_s,   u"Leone"_s,
        u"Longo"_s,    u"Gentile"_s,  u"Martinelli"_s, u"Vitale"_s,    u"Lombardo"_s,
        u"Serra"_s,    u"Coppola"_s,  u"De Santis"_s,  u"D'Angelo"_s,  u"Marchetti"_s,
        u"Parisi"_s,   u"Villa"_s,    u"Conte"_s,      u"Ferraro"_s,   u"Fabbri"_s,
        u"Bianco"_s,   u"Marini"_s,   u"Grasso"_s,     u"Valentini"_s, u"Messina"_s,
        u"Sala"_s,     u"Cattaneo"_s,
    };
    return list;
}

const QStringList &englishFirstNames()
{
    static const QStringList list = {
        u"Oliver"_s, u"Amelia"_s, u"George"_s,   u"Isla"_s,      u"Harry"_s,   u"Ava"_s,
        u"Jack"_s,   u"Mia"_s,    u"Jacob"_s,    u"Emily"_s,     u"Charlie"_s, u"Sophie"_s,
        u"Thomas"_s, u"Grace"_s,  u"Oscar"_s,    u"Lily"_s,      u"William"_s, u"Chloe"_s,
        u"James"_s,  u"Ella"_s,   u"Henry"_s,    u"Freya"_s,     u"Alfie"_s,   u"Evie"_s,
        u"Samuel"_s, u"Ruby"_s,   u"Daniel"_s,   u"Jessica"_s,   u"Joseph"_s,  u"Lucy"_s,
        u"Edward"_s, u"Hannah"_s, u"Benjamin"_s, u"Charlotte"_s, u"Matthew"_s, u"Eleanor"_s,
        u"Aoife"_s,  u"Niamh"_s,  u"Conor"_s,    u"Siobhan"_s,
    };
    return list;
}

const QStringList &englishLastNames()
{
    static const QStringList list = {
        u"Smith"_s,    u"Jones"_s,      u"Williams"_s, u"Taylor"_s,  u"Brown"_s,   u"Davies"_s,
        u"Evans"_s,    u"Wilson"_s,     u"Thomas"_s,   u"Johnson"_s, u"Roberts"_s, u"Robinson"_s,
        u"Thompson"_s, u"Wright"_s,     u"Walker"_s,   u"White"_s,   u"Edwards"_s, u"Hughes"_s,
        u"Green"_s,    u"Hall"_s,       u"Lewis"_s,    u"Harris"_s,  u"Clarke"_s,  u"Patel"_s,
        u"Jackson"_s,  u"Wood"_s,       u"Turner"_s,   u"Martin"_s,  u"Cooper"_s,  u"Hill"_s,
        u"Ward"_s,     u"Morris"_s,     u"Moore"_s,    u"Clark"_s,   u"Lee"_s,     u"King"_s,
        u"Baker"_s,    u"Harrison"_s,   u"Morgan"_s,   u"Allen"_s,   u"O'Brien"_s, u"Murphy"_s,
        u"Kelly"_s,    u"O'Sullivan"_s, u"Byrne"_s,    u"Ryan"_s,    u"Scott"_s,   u"Campbell"_s,
    };
    return list;
}

const QStringList &frenchFirstNames()
{
    static const QStringList list = {u"Camille"_s, u"Louis"_s, u"Léa"_s,   u"Hugo"_s, u"Chloé"_s,
                                     u"Gabriel"_s, u"Manon"_s, u"Jules"_s, u"Inès"_s, u"Théo"_s};
    return list;
}

const QStringList &frenchLastNames()
{
    static const QStringList list = {u"Martin"_s,  u"Bernard"_s, u"Dubois"_s, u"Thomas"_s,
                                     u"Robert"_s,  u"Richard"_s, u"Petit"_s,  u"Durand"_s,
                                     u"Lefèvre"_s, u"Moreau"_s};
    return list;
}

const QStringList &germanFirstNames()
{
    static const QStringList list = {u"Lukas"_s, u"Anna"_s,  u"Leon"_s,   u"Lena"_s,   u"Jonas"_s,
                                     u"Marie"_s, u"Felix"_s, u"Sophie"_s, u"Jürgen"_s, u"Katrin"_s};
    return list;
}

const QStringList &germanLastNames()
{
    static const QStringList list = {u"Müller"_s, u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s,
                                     u"Weber"_s,  u"Meyer"_s,   u"Wagner"_s,    u"Becker"_s,
                                     u"Schulz"_s, u"Hoffmann"_s};
    return list;
}

const QStringList &spanishFirstNames()
{
    static const QStringList list = {u"Lucía"_s, u"Hugo"_s,      u"Martina"_s, u"Pablo"_s,
                                     u"Sofía"_s, u"Alejandro"_s, u"Carmen"_s,  u"Javier"_s,
                                     u"Elena"_s, u"Álvaro"_s};
    return list;
}

const QStringList &spanishLastNames()
{
    static const QStringList list = {u"García"_s, u"Fernández"_s, u"González"_s, u"Rodríguez"_s,
                                     u"López"_s,  u"Martínez"_s,  u"Sánchez"_s,  u"Pérez"_s,
                                     u"Gómez"_s,  u"Ruiz"_s};
    return list;
}

QString street(Rng &rng, const QString &country, const QString &city)
{
    static const QStringList italian = {
        u"Via Roma"_s,
        u"Via Giuseppe Garibaldi"_s,
        u"Corso Italia"_s,
        u"Via Mazzini"_s,
        u"Via Cavour"_s,
        u"Piazza del Popolo"_s,
        u"Viale dei Mille"_s,
        u"Via Dante Alighieri"_s,
        u"Via Giuseppe Verdi"_s,
        u"Corso Vittorio Emanuele II"_s,
        u"Via XX Settembre"_s,
        u"Via San Francesco d'Assisi"_s,
        u"Via della Repubblica"_s,
        u"Viale Europa"_s,
        u"Via Nazionale"_s,
    };
    static const QStringList english = {
        u"High Street"_s, u"Station Road"_s, u"Church Lane"_s, u"Victoria Road"_s,
        u"Park Avenue"_s, u"Queen's Road"_s, u"Mill Lane"_s,   u"King Street"_s,
        u"Albert Road"_s, u"Green Lane"_s,   u"Manor Road"_s,  u"York Street"_s,
    };
    static const QStringList french = {u"rue de la République"_s, u"avenue Victor Hugo"_s,
                                       u"boulevard Saint-Germain"_s, u"rue Pasteur"_s};
    static const QStringList german = {u"Hauptstraße"_s, u"Bahnhofstraße"_s, u"Schillerstraße"_s,
                                       u"Goethestraße"_s};
    static const QStringList spanish = {u"Calle Mayor"_s, u"Gran Vía"_s, u"Calle de Alcalá"_s,
                                        u"Paseo de Gracia"_s};
    static const QStringList luganese = {u"Via Nassa"_s, u"Via Canonica"_s, u"Corso Pestalozzi"_s};
    static const QStringList zurich = {u"Bahnhofstrasse"_s, u"Seefeldstrasse"_s, u"Langstrasse"_s};
    static const QStringList irish = {u"O'Connell Street"_s, u"Grafton Street"_s, u"Dame Street"_s,
                                      u"Baggot Street"_s};
    const QString number = QString::number(rng.between(1, 180));
    if (country == u"IT")
        return rng.pick(italian) + u' ' + number;
    if (country == u"GB")
        return number + u' ' + rng.pick(english);
    if (country == u"IE")
        return number + u' ' + rng.pick(irish);
    if (country == u"FR")
        return number + u' ' + rng.pick(french);
    if (country == u"DE")
        return rng.pick(german) + u' ' + number;
    if (country == u"ES")
        return rng.pick(spanish) + u' ' + number;
    return rng.pick(city == u"Lugano" ? luganese : zurich) + u' ' + number;
}

QString postalCode(Rng &rng, const City &city)
{
    static const QString letters = u"ABDEFGHJLNPQRSTUWXYZ"_s;
    const QString prefix = QString::fromUtf16(city.postalPrefix);
    switch (city.kind) {
    case City::Digits:
        return prefix + padded(rng.between(city.lo, city.hi), city.width);
    case City::UkPostcode: {
        QString code = prefix + QString::number(rng.between(city.lo, city.hi));
        code += u' ';
        code += QString::number(rng.between(1, 9));
        code += letters.at(int(rng.below(letters.size())));
        code += letters.at(int(rng.below(letters.size())));
        return code;
    }
    case City::Eircode: {
        QString code = prefix + padded(rng.between(city.lo, city.hi), city.width);
        code += u' ';
        code += letters.at(int(rng.below(letters.size())));
        code += digits(rng, 1);
        code += letters.at(int(rng.below(letters.size())));
        code += digits(rng, 1);
        return code;
    }
    }
    return prefix;
}

// prefix, `first` digits, then space-separated groups of digits. One RNG
// call per statement: the evaluation order of the operands of one
// expression is unspecified, and the data must not depend on the compiler.
QString phoneNumber(Rng &rng, const QString &prefix, int first, std::initializer_list<int> groups)
{
    QString text = prefix;
    text += digits(rng, first);
    for (int size : groups) {
        text += u' ';
        text += digits(rng, size);
    }
    return text;
}

QString phone(Rng &rng, const QString &country)
{
    if (country == u"IT")
        return phoneNumber(rng, u"+39 3"_s, 2, {7});
    if (country == u"GB")
        return phoneNumber(rng, u"+44 7"_s, 3, {6});
    if (country == u"FR")
        return phoneNumber(rng, u"+33 6"_s, 0, {2, 2, 2, 2});
    if (country == u"DE")
        return phoneNumber(rng, u"+49 15"_s, 1, {8});
    if (country == u"ES")
        return phoneNumber(rng, u"+34 6"_s, 2, {6});
    if (country == u"CH")
        return phoneNumber(rng, u"+41 7"_s, 1, {7});
    return phoneNumber(rng, u"+353 8"_s, 1, {7});
}

QString emailDomain(Rng &rng, const QString &country)
{
    // Reserved-looking domains: demo data never names a real mailbox.
    static const QStringList italian = {
        u"gmail.example"_s, u"libero.example"_s,  u"virgilio.example"_s, u"tiscali.example"_s,
        u"alice.example"_s, u"outlook.example"_s, u"libero.example"_s,   u"gmail.example"_s};
    static const QStringList british = {u"gmail.example"_s, u"outlook.example"_s,
                                        u"btinternet.example"_s, u"sky.example"_s,
                                        u"yahoo.example"_s};
    static const QStringList other = {u"gmail.example"_s, u"outlook.example"_s, u"gmx.example"_s,
                                      u"orange.example"_s, u"web.example"_s};
    if (country == u"IT" || country == u"CH")
        return rng.pick(italian);
    if (country == u"GB" || country == u"IE")
        return rng.pick(british);
    return rng.pick(other);
}

// ---------------------------------------------------------------------------
class Builder final
{
public:
    Builder(const QSqlDatabase &db, const DemoOptions &options)
        : m_db(db)
        , m_scale(options.scale)
        , m_now(options.now)
        , m_day0(options.now - options.now % Day)
        , m_seed(options.seed)
        , m_demoDir(FilesRoot::locate().path + u'/' + kDemoFolder)
    {}

    Result<void> run();
    DemoSummary summary;

private:
    // day `days` from today (UTC) at hour:minute
    qint64 t(qint64 days, qint64 hour = 9, qint64 minute = 0) const
    {
        return m_day0 + days * Day + hour * Hour + minute * Minute;
    }
    static qint64 eur(qint64 euros) { return euros * 100; }

    Result<void> people();
    Result<void> budgetsAndPlans();
    Result<void> campaigns();
    Result<void> suppliersStocksAndCosts();
    void planDeliveries();
    void planExtraDeliveries();
    QString audienceWindow(qint64 campaign, int delivery) const;
    void planTasks();
    Result<void> recipients();
    Result<void> deliveriesAndTasks();
    Result<void> invoicesAndStockMovements();
    void planApprovals();
    Result<void> targetsApprovalsAndJobs();
    Result<void> notificationsAndEvents();

    BatchWriter writer(const QString &table, const QStringList &columns)
    {
        return BatchWriter(m_db, table, columns, summary);
    }

    DeliveryRow &addDelivery(qint64 campaignId, const QString &label, const QString &channel,
                             const QString &status);
    void analysed(DeliveryRow &d, qint64 targeted, qint64 toSend, qint64 at);
    void extracted(DeliveryRow &d, qint64 rows, qint64 at);
    QString extractionFileName(const DeliveryRow &d, qint64 at) const;
    qint64 expenseCategory(qint64 campaignId, qint64 costTypeId) const;
    QList<qint64> resolvedReviewers(const ApprovalRow &a) const;
    ApprovalRow &addApproval(const DeliveryRow &d, const QString &kind, qint64 submittedAt);
    void approve(const DeliveryRow &d, const QString &kind, qint64 submittedAt);
    void approvePreSend(const DeliveryRow &d);
    QString deliveryFilePath(const DeliveryRow &d) const;
    QString providerFileName(const DeliveryRow &d) const;

    QSqlDatabase m_db;
    int m_scale;
    qint64 m_now;
    qint64 m_day0;
    quint64 m_seed;
    QString m_demoDir;

    QMap<qint64, qint64> m_campaignBudget; // campaign -> budget charged (0: none)
    QMap<qint64, qint64> m_campaignManager;
    QMap<qint64, qint64> m_campaignDelay; // approval_delay_s
    QMap<qint64, QMap<QString, Reviewer>> m_requirements;
    QMap<qint64, QList<qint64>> m_groupMembers;
    QSet<qint64> m_admins;
    QMap<qint64, QString> m_supplierDropDir;
    QMap<qint64, qint64> m_serviceSupplier;
    QMap<qint64, QString> m_supplierEmail;
    QMap<qint64, QString> m_servicePattern;

    std::deque<DeliveryRow> m_deliveries;
    std::deque<TaskRow> m_tasks;
    std::deque<ApprovalRow> m_approvals;
    qint64 m_nextDeliveryId = 1;
    qint64 m_extraCampaigns = 0;
};

Result<void> Builder::run()
{
    if (auto r = people(); !r)
        return r;
    if (auto r = budgetsAndPlans(); !r)
        return r;
    if (auto r = campaigns(); !r)
        return r;
    if (auto r = suppliersStocksAndCosts(); !r)
        return r;
    planDeliveries();
    planExtraDeliveries();
    planTasks();
    if (auto r = recipients(); !r)
        return r;
    if (auto r = deliveriesAndTasks(); !r)
        return r;
    if (auto r = invoicesAndStockMovements(); !r)
        return r;
    planApprovals();
    if (auto r = targetsApprovalsAndJobs(); !r)
        return r;
    return notificationsAndEvents();
}

// --- people ----------------------------------------------------------------

Result<void> Builder::people()
{
    struct Op
    {
        qint64 id;
        QString name;
        bool admin;
    };
    const QList<Op> operators = {
        {Admin, u"admin"_s, true},
        {GiuliaRossi, u"giulia.rossi"_s, true},
        {MarcoBianchi, u"marco.bianchi"_s, false},
        {SarahThompson, u"sarah.thompson"_s, false},
        {LucaFerrari, u"luca.ferrari"_s, false},
        {EmmaClarke, u"emma.clarke"_s, false},
        {FrancescaRomano, u"francesca.romano"_s, false},
        {JamesWalker, u"james.walker"_s, false},
        {ChiaraEsposito, u"chiara.esposito"_s, false},
        {DanielHughes, u"daniel.hughes"_s, false},
    };
    BatchWriter ops = writer(u"operator"_s, {u"id"_s, u"name"_s, u"email"_s, u"is_admin"_s});
    for (const Op &op : operators) {
        ops.add({op.id, op.name, QVariant(op.name + u"@campagna.example"_s), op.admin ? 1 : 0});
        if (op.admin)
            m_admins.insert(op.id);
    }
    if (auto r = ops.finish(); !r)
        return r;

    const QList<std::pair<qint64, QString>> groups = {
        {WorkflowSupervisors, u"workflow-supervisors"_s},
        {MarketingManagers, u"marketing-managers"_s},
        {LegalReviewers, u"legal-reviewers"_s},
        {StockKeepers, u"stock-keepers"_s},
        {BrandReviewers, u"brand-reviewers"_s},
        {SupportDesk, u"support-desk"_s},
    };
    BatchWriter g = writer(u"operator_group"_s, {u"id"_s, u"name"_s});
    for (const auto &[id, name] : groups)
        g.add({id, name});
    if (auto r = g.finish(); !r)
        return r;

    m_groupMembers = {
        {WorkflowSupervisors, {Admin, GiuliaRossi, LucaFerrari}},
        {MarketingManagers, {MarcoBianchi, SarahThompson, FrancescaRomano}},
        {LegalReviewers, {EmmaClarke, JamesWalker}},
        {StockKeepers, {GiuliaRossi, LucaFerrari, ChiaraEsposito}},
        {BrandReviewers, {Admin, FrancescaRomano, JamesWalker}},
        {SupportDesk, {LucaFerrari, DanielHughes}},
    };
    BatchWriter members = writer(u"operator_group_member"_s, {u"group_id"_s, u"operator_id"_s});
    for (auto it = m_groupMembers.cbegin(); it != m_groupMembers.cend(); ++it) {
        for (qint64 op : it.value())
            members.add({it.key(), op});
    }
    return members.finish();
}

// --- budgets, plans, programs ----------------------------------------------

Result<void> Builder::budgetsAndPlans()
{
    BatchWriter budgets = writer(u"budget"_s, {u"id"_s, u"label"_s, u"currency"_s, u"start_at"_s,
                                               u"end_at"_s, u"allocated_cents"_s});
    budgets.add({1, u"Marketing Italia 2026"_s, u"EUR"_s, t(-180, 0), t(185, 0), eur(250000)});
    // Over-run once budgetMgt has run: 28,000 spent + 15,000 committed.
    budgets.add({2, u"UK Retail 2026"_s, u"EUR"_s, t(-120, 0), t(245, 0), eur(40000)});
    // Its categories add up to 75,000, not 80,000: budgetMgt warns.
    budgets.add({3, u"CRM e fidelizzazione"_s, u"EUR"_s, t(-180, 0), t(185, 0), eur(80000)});
    // No categories at all (no warning).
    budgets.add({4, u"Brand awareness H2"_s, u"EUR"_s, t(0, 0), t(180, 0), eur(100000)});
    if (auto r = budgets.finish(); !r)
        return r;

    BatchWriter categories =
        writer(u"expense_category"_s, {u"id"_s, u"budget_id"_s, u"label"_s, u"amount_cents"_s});
    categories.add({1, 1, u"Posta diretta"_s, eur(120000)});
    categories.add({2, 1, u"Email e SMS"_s, eur(60000)});
    categories.add({3, 1, u"Creatività"_s, eur(50000)});
    categories.add({4, 1, u"Agenzia"_s, eur(20000)});
    categories.add({5, 2, u"Print & post UK"_s, eur(25000)});
    categories.add({6, 2, u"Digital UK"_s, eur(15000)});
    categories.add({7, 3, u"Messaggistica"_s, eur(30000)});
    categories.add({8, 3, u"Stampa e posta"_s, eur(30000)});
    categories.add({9, 3, u"Eventi"_s, eur(15000)});
    if (auto r = categories.finish(); !r)
        return r;

    const QStringList planColumns = {u"id"_s,       u"label"_s,  u"budget_id"_s,
                                     u"start_at"_s, u"end_at"_s, u"estimated_cost_cents"_s};
    BatchWriter plans = writer(u"plan"_s, planColumns);
    plans.add({1, u"Piano marketing 2026"_s, 1, t(-180, 0), t(185, 0), eur(240000)});
    plans.add({2, u"UK plan 2026"_s, 2, t(-120, 0), t(245, 0), eur(40000)});
    plans.add({3, u"Piano CRM 2026"_s, 3, t(-180, 0), t(185, 0), QVariant()});
    if (auto r = plans.finish(); !r)
        return r;

    BatchWriter programs =
        writer(u"program"_s, {u"id"_s, u"plan_id"_s, u"label"_s, u"budget_id"_s, u"start_at"_s,
                              u"end_at"_s, u"estimated_cost_cents"_s});
    programs.add(
        {1, 1, u"Acquisizione clienti Italia"_s, QVariant(), t(-180, 0), t(185, 0), eur(150000)});
    programs.add(
        {2, 3, u"Fidelizzazione clienti"_s, QVariant(), t(-180, 0), t(185, 0), QVariant()});
    programs.add({3, 2, u"UK retail"_s, QVariant(), t(-120, 0), t(245, 0), QVariant()});
    programs.add({4, 1, u"Brand awareness"_s, 4, t(0, 0), t(180, 0), eur(45000)});
    return programs.finish();
}

// --- campaigns, schedules, approval requirements ---------------------------

Result<void> Builder::campaigns()
{
    struct Campaign
    {
        qint64 id, program;
        QString label;
        qint64 manager;
        QString kind, status;
        qint64 budget;
        QString budgetStatus, commitment;
        QVariant estimated, real;
        qint64 start;
        QVariant end;
        qint64 delay = 259200;
        qint64 advance = 0;
        qint64 chargedBudget = 0;
    };
    const QString campaign = u"campaign"_s;
    const QString inProgress = u"in_progress"_s, beingEdited = u"being_edited"_s;
    const QString defined = u"defined"_s, carriedOut = u"carried_out"_s;
    QList<Campaign> list = {
        {1, 1, u"Saldi invernali 2026"_s, MarcoBianchi, campaign, inProgress, 0, defined,
         u"planned"_s, eur(25000), QVariant(), t(-25, 0), t(20, 0), 259200, 0, 1},
        {2, 1, u"Lancio collezione primavera"_s, FrancescaRomano, campaign, inProgress, 1, defined,
         u"reserved"_s, eur(60000), QVariant(), t(-10, 0), t(40, 0), 259200, 0, 1},
        {3, 2, u"Newsletter clienti fedeli"_s, FrancescaRomano, campaign, inProgress, 0, defined,
         u"committed"_s, QVariant(), QVariant(), t(-120, 0), t(240, 0), 259200, 0, 3},
        {4, 3, u"Black Friday UK"_s, SarahThompson, campaign, u"finished"_s, 2, carriedOut,
         u"committed"_s, eur(30000), eur(28000), t(-60, 0), t(-30, 0), 259200, 0, 2},
        {5, 3, u"Spring catalogue UK"_s, SarahThompson, campaign, inProgress, 2, defined,
         u"committed"_s, eur(15000), QVariant(), t(-5, 0), t(60, 0), 259200, 0, 2},
        {6, 3, u"Welcome journey UK"_s, SarahThompson, campaign, beingEdited, 0, beingEdited,
         u"planned"_s, eur(3000), QVariant(), t(10, 0), t(100, 0), 259200, 0, 2},
        {7, 4, u"Campagna istituzionale H2"_s, GiuliaRossi, campaign, beingEdited, 4, defined,
         u"reserved"_s, eur(45000), QVariant(), t(30, 0), t(180, 0), 259200, 0, 4},
        {8, 1, u"Promozione estiva 2025"_s, MarcoBianchi, campaign, u"cancelled"_s, 0, beingEdited,
         u"planned"_s, eur(12000), QVariant(), t(-200, 0), t(-150, 0), 259200, 0, 1},
        {9, 2, u"Evento VIP Milano"_s, FrancescaRomano, campaign, u"finished"_s, 0, carriedOut,
         u"committed"_s, eur(5000), QVariant(), t(-95, 0), t(-80, 0), 259200, 0, 3},
        {10, 2, u"Riattivazione clienti inattivi"_s, MarcoBianchi, campaign, inProgress, 0, defined,
         u"planned"_s, QVariant(), QVariant(), t(-7, 0), t(30, 0), 259200, 0, 3},
        {11, 2, u"Newsletter mensile"_s, FrancescaRomano, u"periodic"_s, inProgress, 0, beingEdited,
         u"planned"_s, QVariant(), QVariant(), t(-38, 9), QVariant(), 259200, 3 * Day, 3},
        {12, 1, u"Promemoria settimanale"_s, MarcoBianchi, u"recurring"_s, inProgress, 0, defined,
         u"planned"_s, QVariant(), QVariant(), t(-13, 10), t(60, 0), 86400, 2 * Day, 1},
        {13, 3, u"Cyber Monday UK"_s, SarahThompson, campaign, beingEdited, 0, defined,
         u"reserved"_s, QVariant(), QVariant(), t(20, 0), t(35, 0), 259200, 0, 2},
    };
    m_extraCampaigns = m_scale - 1;
    for (qint64 k = 1; k <= m_extraCampaigns; ++k) {
        list.append({13 + k, 1, u"Campagna regionale #%1"_s.arg(k),
                     k % 2 ? MarcoBianchi : FrancescaRomano, campaign, inProgress, 0, defined,
                     u"planned"_s, QVariant(), QVariant(), t(-30, 0), t(30, 0), 259200, 0, 1});
    }

    BatchWriter campaigns = writer(
        u"campaign"_s, {u"id"_s, u"program_id"_s, u"label"_s, u"manager_id"_s, u"kind"_s,
                        u"status"_s, u"budget_id"_s, u"budget_status"_s, u"commitment_level"_s,
                        u"estimated_cost_cents"_s, u"real_cost_cents"_s, u"start_at"_s, u"end_at"_s,
                        u"approval_delay_s"_s, u"create_in_advance_s"_s});
    for (const Campaign &c : list) {
        campaigns.add({c.id, c.program, c.label, c.manager, c.kind, c.status, idOrNull(c.budget),
                       c.budgetStatus, c.commitment, c.estimated, c.real, c.start, c.end, c.delay,
                       c.advance});
        m_campaignBudget.insert(c.id, c.chargedBudget);
        m_campaignManager.insert(c.id, c.manager);
        m_campaignDelay.insert(c.id, c.delay);
    }
    if (auto r = campaigns.finish(); !r)
        return r;

    // Schedules: past lines (operationMgt instantiates them on its next run)
    // and future ones; none instantiated yet.
    BatchWriter lines = writer(u"schedule_line"_s, {u"id"_s, u"campaign_id"_s, u"start_at"_s,
                                                    u"end_at"_s, u"auto_start"_s});
    qint64 line = 0;
    for (qint64 days : {-38, -8, 22, 52, 82})
        lines.add({++line, 11, t(days, 9), t(days + 27, 18), 0});
    const QList<std::pair<qint64, int>> weekly = {{-13, 0}, {-6, 1}, {1, 0},
                                                  {8, 1},   {15, 0}, {22, 0}};
    for (const auto &[days, autoStart] : weekly)
        lines.add({++line, 12, t(days, 10), t(days + 1, 10), autoStart});
    if (auto r = lines.finish(); !r)
        return r;

    m_requirements = {
        {1,
         {{u"targeting"_s, {0, MarketingManagers}},
          {u"content"_s, {EmmaClarke, 0}},
          {u"extraction"_s, {0, BrandReviewers}}}},
        {2,
         {{u"budget"_s, {GiuliaRossi, 0}},
          {u"proof"_s, {0, BrandReviewers}},
          {u"extraction"_s, {JamesWalker, 0}}}},
        {4, {{u"content"_s, {0, LegalReviewers}}}},
        {10, {{u"proof"_s, {EmmaClarke, 0}}, {u"extraction"_s, {0, LegalReviewers}}}},
        {11, {{u"content"_s, {EmmaClarke, 0}}}},
        {12, {{u"targeting"_s, {0, MarketingManagers}}}},
        {13, {{u"content"_s, {JamesWalker, 0}}}},
    };
    BatchWriter requirements =
        writer(u"campaign_approval"_s,
               {u"campaign_id"_s, u"kind"_s, u"reviewer_operator_id"_s, u"reviewer_group_id"_s});
    for (auto c = m_requirements.cbegin(); c != m_requirements.cend(); ++c) {
        for (auto k = c.value().cbegin(); k != c.value().cend(); ++k)
            requirements.add(
                {c.key(), k.key(), idOrNull(k.value().operatorId), idOrNull(k.value().groupId)});
    }
    if (auto r = requirements.finish(); !r)
        return r;

    BatchWriter rules =
        writer(u"approval_reminder_rule"_s, {u"id"_s, u"campaign_id"_s, u"offset_s"_s, u"at"_s});
    rules.add({1, 1, -Day, QVariant()});    // one day before the deadline
    rules.add({2, 1, QVariant(), t(2, 9)}); // an absolute reminder, still to come
    rules.add({3, 2, -12 * Hour, QVariant()});
    rules.add({4, 10, 0, QVariant()});            // at the deadline
    rules.add({5, 10, QVariant(), m_now - Hour}); // due: fires on the next deliveryMgt run
    rules.add({6, 11, -Day, QVariant()});         // copied to the periodic instances
    rules.add({7, 12, -2 * Hour, QVariant()});
    return rules.finish();
}

// --- suppliers, services, stocks, costs --------------------------------------

Result<void> Builder::suppliersStocksAndCosts()
{
    m_supplierDropDir = {{1, m_demoDir + u"/stampa-rapida"_s},
                         {2, m_demoDir + u"/northern-print"_s}};
    m_supplierEmail = {{1, u"ordini@stamparapida.example"_s},
                       {2, u"dataservices@northernprint.example"_s},
                       {3, u"router@smsgateway.example"_s}};
    BatchWriter suppliers = writer(u"supplier"_s, {u"id"_s, u"label"_s, u"email"_s, u"drop_dir"_s});
    // Stored relative to the files root, as an administrator would.
    suppliers.add({1, u"Stampa Rapida S.r.l."_s, m_supplierEmail.value(1),
                   QString(kDemoFolder + u"/stampa-rapida"_s)});
    suppliers.add({2, u"Northern Print & Post Ltd"_s, m_supplierEmail.value(2),
                   QString(kDemoFolder + u"/northern-print"_s)});
    // An email/SMS router: no drop directory.
    suppliers.add({3, u"SMS Gateway Italia S.p.A."_s, m_supplierEmail.value(3), QVariant()});
    if (auto r = suppliers.finish(); !r)
        return r;
    BatchWriter settings = writer(u"setting"_s, {u"key"_s, u"value"_s});
    settings.add({u"extraction.dir"_s, QString(kDemoFolder + u"/extractions"_s)});
    if (auto r = settings.finish(); !r)
        return r;

    const QString defaultPattern = u"{date}_directMail_{delivery_id}.csv"_s;
    struct Service
    {
        qint64 id, supplier;
        QString label, pattern;
        QVariant returnPattern, timeout;
    };
    const QList<Service> services = {
        {PrintAndPost, 1, u"Stampa e postalizzazione"_s, defaultPattern,
         u"{delivery_id}_esiti.csv"_s, 7 * Day},
        {LoyaltyLettershop, 1, u"Lettershop fedeltà"_s, u"{date}_fedelta_{delivery_id}.csv"_s,
         QVariant(), 7 * Day},
        {UkLettershop, 2, u"UK lettershop"_s, u"{date}_{delivery_label}_{delivery_id}.csv"_s,
         u"returns_{delivery_id}.csv"_s, 14 * Day},
        {EmailRouting, 3, u"Email routing"_s, defaultPattern, QVariant(), 7 * Day},
        {SmsRouting, 3, u"SMS routing"_s, defaultPattern, QVariant(), 7 * Day},
        {AgencyServices, 1, u"Creatività ed eventi"_s, defaultPattern, QVariant(), 7 * Day},
    };
    BatchWriter serviceRows =
        writer(u"service"_s, {u"id"_s, u"supplier_id"_s, u"label"_s, u"extraction_file_pattern"_s,
                              u"return_file_pattern"_s, u"return_timeout_s"_s});
    for (const Service &s : services) {
        serviceRows.add({s.id, s.supplier, s.label, s.pattern, s.returnPattern, s.timeout});
        m_serviceSupplier.insert(s.id, s.supplier);
        m_servicePattern.insert(s.id, s.pattern);
    }
    if (auto r = serviceRows.finish(); !r)
        return r;

    BatchWriter stocks =
        writer(u"stock"_s, {u"id"_s, u"label"_s, u"supplier_id"_s, u"alert_group_id"_s});
    stocks.add({1, u"Magazzino carta Milano"_s, 1, StockKeepers});
    stocks.add({2, u"UK warehouse Leeds"_s, 2, StockKeepers});
    if (auto r = stocks.finish(); !r)
        return r;

    BatchWriter stockLines =
        writer(u"stock_line"_s, {u"id"_s, u"stock_id"_s, u"label"_s, u"initial_qty"_s,
                                 u"alert_level"_s, u"reorder_qty"_s, u"lead_days"_s});
    // With the consumption below, once stockMgt has run: 6,000 + 5,000
    // received - 8,500 consumed = 2,500 in stock <= 3,000 (alert), 798
    // planned: forecast 1,702 <= 3,000, so a reorder of 10,000 is proposed.
    stockLines.add({PaperLine, 1, u"Carta A4 80 g (fogli)"_s, 6000, 3000, 10000, 5});
    // 8,000 - 6,000 consumed = 2,000 in stock, 4,000 planned: forecast
    // -2,000, insufficient.
    stockLines.add({EnvelopeLine, 1, u"Buste C5"_s, 8000, 500, 0, 7});
    // 2,000 - 1,800 consumed + 1,500 on order due yesterday (received).
    stockLines.add({BrochureLine, 2, u"Brochure UK A5"_s, 2000, 300, 1000, 10});
    stockLines.add({DisplayLine, 1, u"Espositori da banco"_s, 60, 10, 30, 14});
    stockLines.add({CatalogueLine, 2, u"Spring catalogues UK"_s, 500, 100, 400, 10});
    if (auto r = stockLines.finish(); !r)
        return r;

    BatchWriter costCategories =
        writer(u"cost_category"_s, {u"id"_s, u"service_id"_s, u"label"_s, u"channel"_s});
    costCategories.add({1, PrintAndPost, u"Postalizzazione"_s, Channel::DirectMail});
    costCategories.add({2, PrintAndPost, u"Stampa e grafica"_s, Channel::DirectMail});
    costCategories.add({3, UkLettershop, u"UK print and post"_s, Channel::DirectMail});
    costCategories.add({4, EmailRouting, u"Invio email"_s, Channel::Email});
    costCategories.add({5, SmsRouting, u"Invio SMS"_s, Channel::Sms});
    costCategories.add({6, AgencyServices, u"Servizi di agenzia"_s, u"task"_s});
    if (auto r = costCategories.finish(); !r)
        return r;

    const QString perMessage = u"per_message"_s, linear = u"linear"_s;
    struct CostType
    {
        qint64 id, category;
        QString label, basis;
        QVariant structure;
        qint64 amountMicros, perUnits;
        QVariant beyondMicros, stockLine;
        qint64 stockUnits;
    };
    // The worked examples of spec 03 (budgetMgt).
    const QList<CostType> types = {
        {EmailStandard, 4, u"Email standard (0,10 € ogni 100)"_s, perMessage, linear, 100000, 100,
         QVariant(), QVariant(), 1},
        {SmsThreshold, 5, u"SMS a scaglioni"_s, perMessage, u"linear_threshold"_s, 0, 1, 110000,
         QVariant(), 1},
        {EmailPremium, 4, u"Email premium a forfait per scaglione"_s, perMessage,
         u"constant_threshold"_s, 0, 1, 500000000, QVariant(), 1},
        {Graphics, 2, u"Graphics"_s, perMessage, linear, 23000000, 1, QVariant(), QVariant(), 1},
        {SheetsA4, 2, u"Sheets A4"_s, perMessage, linear, 5000000, 1, QVariant(), PaperLine, 1},
        {PrintSetup, 2, u"Impostazione stampa"_s, u"fixed"_s, QVariant(), 0, 1, QVariant(),
         QVariant(), 1},
        {Postage, 1, u"Affrancatura posta prioritaria"_s, perMessage, linear, 1100000, 1,
         QVariant(), QVariant(), 1},
        {Envelopes, 1, u"Buste C5"_s, perMessage, linear, 50000, 1, QVariant(), EnvelopeLine, 1},
        {AgencyDay, 6, u"Giornata di agenzia"_s, u"daily"_s, QVariant(), 300000000, 1, QVariant(),
         QVariant(), 1},
        {EventSetup, 6, u"Allestimento evento"_s, u"fixed"_s, QVariant(), 2500000000, 1, QVariant(),
         QVariant(), 1},
        {UkPostage, 3, u"UK second-class postage"_s, perMessage, linear, 850000, 1, QVariant(),
         QVariant(), 1},
        {UkBrochure, 3, u"UK brochure print"_s, perMessage, linear, 1200000, 1, QVariant(),
         BrochureLine, 1},
        {DisplayKit, 2, u"Kit espositore da banco"_s, u"fixed"_s, QVariant(), 150000000, 1,
         QVariant(), DisplayLine, 5},
        {SmsStandard, 5, u"SMS standard"_s, perMessage, linear, 60000, 1, QVariant(), QVariant(),
         1},
        {PaperA4, 2, u"Stampa b/n su carta A4"_s, perMessage, linear, 20000, 1, QVariant(),
         PaperLine, 1},
    };
    BatchWriter costTypes =
        writer(u"cost_type"_s, {u"id"_s, u"cost_category_id"_s, u"label"_s, u"basis"_s,
                                u"structure"_s, u"amount_micros"_s, u"per_units"_s,
                                u"beyond_micros"_s, u"stock_line_id"_s, u"stock_units"_s});
    for (const CostType &c : types) {
        costTypes.add({c.id, c.category, c.label, c.basis, c.structure, c.amountMicros, c.perUnits,
                       c.beyondMicros, c.stockLine, c.stockUnits});
    }
    if (auto r = costTypes.finish(); !r)
        return r;

    BatchWriter thresholds = writer(
        u"cost_threshold"_s, {u"id"_s, u"cost_type_id"_s, u"upper_bound"_s, u"amount_micros"_s});
    thresholds.add({1, SmsThreshold, 100, 130000});
    thresholds.add({2, SmsThreshold, 1000, 120000});
    thresholds.add({3, EmailPremium, 100, 12000000});
    thresholds.add({4, EmailPremium, 1000, 100000000});
    return thresholds.finish();
}

// --- deliveries ----------------------------------------------------------------

DeliveryRow &Builder::addDelivery(qint64 campaignId, const QString &label, const QString &channel,
                                  const QString &status)
{
    DeliveryRow &d = m_deliveries.emplace_back();
    d.id = m_nextDeliveryId++;
    d.campaignId = campaignId;
    d.label = label;
    d.channel = channel;
    d.status = status;
    if (channel == Channel::Email)
        d.serviceId = EmailRouting;
    else if (channel == Channel::Sms)
        d.serviceId = SmsRouting;
    return d;
}

void Builder::analysed(DeliveryRow &d, qint64 targeted, qint64 toSend, qint64 at)
{
    d.targetedCount = targeted;
    d.toSendCount = toSend;
    d.analyzedAt = at;
}

QString Builder::extractionFileName(const DeliveryRow &d, qint64 at) const
{
    QString label;
    for (const QChar c : d.label.normalized(QString::NormalizationForm_D)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            label.append(c);
        else if (c.isSpace() || c == u'-' || c == u'_')
            label.append(u'_');
    }
    QString name = m_servicePattern.value(d.serviceId, u"{date}_directMail_{delivery_id}.csv"_s);
    name.replace(u"{date}"_s, utcDate(at, u"yyyyMMdd"_s));
    name.replace(u"{delivery_id}"_s, QString::number(d.id));
    name.replace(u"{delivery_label}"_s, label);
    return name;
}

void Builder::extracted(DeliveryRow &d, qint64 rows, qint64 at)
{
    const QString file = m_demoDir + u"/extractions/"_s + extractionFileName(d, at);
    d.extractionFile = file;
    d.extractionRows = rows;
    d.extractedAt = at;
    const QByteArray content = "campagna-demo:" + QByteArray::number(d.id) + ':' +
                               QByteArray::number(rows) + ':' + file.toUtf8();
    d.extractionSha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

void Builder::planDeliveries()
{
    const QString beingEdited = u"being_edited"_s, targetingPending = u"targeting_pending"_s;
    const QString toValidate = u"to_validate"_s, pendingConfirmation = u"pending_confirmation"_s;
    const QString startPending = u"start_pending"_s, inProgress = u"in_progress"_s;
    const QString extractionPending = u"extraction_pending"_s;
    const QString fileToApprove = u"file_to_approve"_s, providerPending = u"provider_pending"_s;
    const QString sentToProvider = u"sent_to_provider"_s, finished = u"finished"_s;
    const QString cancelled = u"cancelled"_s, failed = u"failed"_s;
    using Channel::DirectMail;
    using Channel::Email;
    using Channel::Sms;

    // Campaign 1, "Saldi invernali 2026": targeting and content approvals,
    // extraction approval for direct mail.
    {
        DeliveryRow &d = addDelivery(1, u"Saldi invernali – email di lancio"_s, Email, finished);
        d.filter = u"country = 'IT' and not opted_out"_s;
        analysed(d, 9420, 8210, t(-23, 15));
        d.sentCount = 8140;
        d.contactAt = t(-21, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(1, u"Saldi invernali – SMS promemoria"_s, Sms, inProgress);
        d.filter = u"country = 'IT' and phone is not null and birth_date >= '1970-01-01'"_s;
        analysed(d, 5810, 5302, t(-3, 11));
        d.contactAt = m_now - Hour;
        d.choices = {{SmsThreshold, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – email ultimi giorni"_s, Email, startPending);
        d.filter = u"country = 'IT' and city in ('Roma', 'Milano', 'Torino') and not opted_out"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" &&
                   (p.city == u"Roma" || p.city == u"Milano" || p.city == u"Torino") && !p.optedOut;
        };
        d.analyzedAt = t(-1, 16);
        d.contactAt = t(2, 9);
        d.choices = {{EmailPremium, eur(50)}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – email clienti VIP"_s, Email, pendingConfirmation);
        d.filter =
            u"country = 'IT' and birth_date < '1965-01-01' and email like '%@libero.example'"_s;
        analysed(d, 212, 198, t(-1, 10));
        d.confirmRequired = 1;
        d.contactAt = t(1, 18);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – cartolina Napoli"_s, DirectMail, extractionPending);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Napoli' and birth_date < '1980-01-01'"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" && p.city == u"Napoli" && !p.birthDate.isNull() &&
                   p.birthDate < u"1980-01-01";
        };
        d.analyzedAt = t(-2, 14);
        d.contactAt = t(6, 9);
        d.choices = {{Postage, 0}, {PrintSetup, eur(120)}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – catalogo Milano"_s, DirectMail, fileToApprove);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Milano' and postal_code like '201%'"_s;
        analysed(d, 3390, 3100, t(-4, 10));
        extracted(d, 3100, t(-1, 3));
        d.contactAt = t(5, 9);
        d.choices = {{Postage, 0}, {PrintSetup, eur(300)}};
    }
    {
        DeliveryRow &d = addDelivery(1, u"Saldi invernali – test A/B oggetto"_s, Email, toValidate);
        d.filter = u"country = 'IT' and (city = 'Bologna' or city = 'Firenze') and not opted_out"_s;
        analysed(d, 1180, 1104, m_now - 2 * Hour);
        d.contactAt = t(3, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(1, u"Saldi invernali – SMS flash 24 ore"_s, Sms, toValidate);
        d.filter = u"country = 'IT' and phone like '+39 3%'"_s;
        analysed(d, 5502, 5120, t(-4, 9));
        d.contactAt = t(1, 12);
        d.choices = {{SmsThreshold, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – email riattivazione"_s, Email, toValidate);
        d.filter = u"country = 'IT' and not opted_out and not blocklisted"_s;
        analysed(d, 6020, 5731, t(-3, 15));
        d.contactAt = t(4, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – bozza newsletter"_s, Email, beingEdited);
        d.filter = u"country = 'IT' and city = 'Torino'"_s;
        d.estimatedCents = eur(40);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – SMS Roma (filtro errato)"_s, Sms, beingEdited);
        d.filter = u"citta = 'Roma' and not opted_out"_s;
        d.lastError = u"Targeting failed: unknown field \"citta\" at position 1 (fields are the "
                      "columns of recipient, e.g. \"city\")"_s;
        d.choices = {{SmsStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – email Milano e Torino"_s, Email, targetingPending);
        d.filter = u"country = 'IT' and city in ('Milano', 'Torino')"_s;
        d.contactAt = t(5, 10);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(1, u"Saldi invernali – lettera (annullata)"_s, DirectMail, cancelled);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Genova'"_s;
        d.estimatedCents = eur(900);
        d.choices = {{Postage, 0}};
    }

    // Campaign 2, "Lancio collezione primavera": budget and proof approvals,
    // extraction approval.
    {
        DeliveryRow &d =
            addDelivery(2, u"Primavera – lettera personalizzata"_s, DirectMail, providerPending);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city in ('Roma', 'Milano') and birth_date < '1985-01-01'"_s;
        analysed(d, 2210, 1950, t(-6, 10));
        extracted(d, 1950, t(-2, 3));
        d.commitmentLevel = u"committed"_s;
        d.contactAt = t(4, 9);
        d.choices = {{Postage, 0}, {Graphics, 0}};
        d.providerJob = ProviderJob{u"pending"_s, 0, 0, {}, {}, 0};
    }
    {
        DeliveryRow &d = addDelivery(2, u"Primavera – lookbook"_s, DirectMail, providerPending);
        d.serviceId = PrintAndPost;
        d.filter =
            u"country = 'IT' and not opted_out and birth_date >= '1980-01-01' and city = 'Torino'"_s;
        analysed(d, 905, 842, t(-5, 10));
        extracted(d, 842, t(-1, 3));
        d.contactAt = t(6, 9);
        d.choices = {{Postage, 0}, {PrintSetup, eur(250)}};
    }
    {
        DeliveryRow &d =
            addDelivery(2, u"Primavera – invito in boutique"_s, DirectMail, sentToProvider);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Roma' and postal_code like '0019%'"_s;
        analysed(d, 2688, 2500, t(-7, 10));
        extracted(d, 2500, t(-3, 3));
        d.contactAt = t(1, 9);
        d.choices = {{Postage, 0}, {PaperA4, 0}};
        d.providerJob = ProviderJob{u"file_sent"_s, t(-2, 10), 0, {}, {}, 1};
    }
    {
        DeliveryRow &d = addDelivery(2, u"Primavera – email anteprima"_s, Email, finished);
        d.filter = u"country = 'IT' and not opted_out and birth_date >= '1975-01-01'"_s;
        analysed(d, 4810, 4431, t(-9, 11));
        d.sentCount = 4402;
        d.contactAt = t(-8, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(2, u"Primavera – SMS evento in negozio"_s, Sms, targetingPending);
        d.filter = u"country = 'IT' and phone is not null and city = 'Milano'"_s;
        d.contactAt = t(7, 11);
        d.choices = {{SmsThreshold, 0}};
    }
    {
        DeliveryRow &d = addDelivery(2, u"Primavera – cartolina Torino"_s, DirectMail, failed);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Torino'"_s;
        analysed(d, 1460, 1391, t(-8, 10));
        extracted(d, 1391, t(-5, 3));
        d.contactAt = t(-2, 9);
        d.lastError = u"Provider job failed: the extraction file was changed after extraction "
                      "(SHA-256 mismatch)"_s;
        d.choices = {{Postage, 0}};
        d.providerJob = ProviderJob{
            u"failed"_s, 0, t(-4, 10), {}, u"SHA-256 of the extraction file does not match"_s, 1};
    }

    // Campaign 3, "Newsletter clienti fedeli": no approval required.
    {
        DeliveryRow &d = addDelivery(3, u"Newsletter fedeltà – gennaio"_s, Email, finished);
        d.filter = u"country = 'IT' and not opted_out"_s;
        analysed(d, 12630, 12050, t(-71, 15));
        d.sentCount = 12011;
        d.contactAt = t(-70, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(3, u"Newsletter fedeltà – febbraio"_s, Email, finished);
        d.filter = u"country = 'IT' and not opted_out"_s;
        analysed(d, 12590, 11980, t(-41, 15));
        d.sentCount = 11937;
        d.contactAt = t(-40, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(3, u"Newsletter fedeltà – marzo"_s, Email, startPending);
        d.filter = u"country in ('IT', 'CH') and birth_date >= '1970-01-01' and not opted_out"_s;
        d.target = [](const Person &p) {
            return (p.country == u"IT" || p.country == u"CH") && !p.birthDate.isNull() &&
                   p.birthDate >= u"1970-01-01" && !p.optedOut;
        };
        d.analyzedAt = t(-1, 17);
        d.contactAt = m_now + 6 * Hour;
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(3, u"SMS auguri di compleanno"_s, Sms, inProgress);
        d.filter = u"country = 'IT' and birth_date like '%-03-%'"_s;
        analysed(d, 702, 655, t(-1, 8));
        d.contactAt = m_now - 30 * Minute;
        d.choices = {{SmsStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(3, u"Catalogo fedeltà"_s, DirectMail, sentToProvider);
        d.serviceId = LoyaltyLettershop;
        d.filter = u"country = 'IT' and city in ('Bari', 'Palermo')"_s;
        analysed(d, 1620, 1533, t(-4, 10));
        extracted(d, 1533, t(-2, 3));
        d.contactAt = t(2, 9);
        d.choices = {{Postage, 0}, {DisplayKit, 0}};
        d.providerJob = ProviderJob{u"file_sent"_s, t(-1, 11), 0, {}, {}, 1};
    }
    {
        DeliveryRow &d = addDelivery(3, u"Buono sconto fedeltà"_s, DirectMail, finished);
        d.serviceId = LoyaltyLettershop;
        d.filter = u"country = 'IT' and not opted_out and address is not null"_s;
        analysed(d, 6400, 6000, t(-34, 10));
        extracted(d, 6000, t(-33, 3));
        d.sentCount = 6000;
        d.contactAt = t(-30, 9);
        d.choices = {{Postage, 0}, {PaperA4, 0}, {Envelopes, 0}};
        d.providerJob = ProviderJob{u"done"_s, t(-33, 10), t(-32, 10), {}, {}, 1};
    }
    {
        DeliveryRow &d = addDelivery(3, u"Lettera premi fedeltà – Emilia, Toscana e Verona"_s,
                                     DirectMail, extractionPending);
        d.serviceId = LoyaltyLettershop;
        d.filter =
            u"country = 'IT' and (city in ('Bologna', 'Firenze') or postal_code like '371%')"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" &&
                   (p.city == u"Bologna" || p.city == u"Firenze" ||
                    (!p.postalCode.isNull() && p.postalCode.startsWith(u"371")));
        };
        d.analyzedAt = t(-1, 12);
        d.extractionAt = t(3, 6);
        d.contactAt = t(8, 9);
        d.choices = {{Postage, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(3, u"Lettera premi fedeltà – Bari"_s, DirectMail, extractionPending);
        d.serviceId = LoyaltyLettershop;
        d.filter = u"country = 'IT' and city = 'Bari' and not opted_out"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" && p.city == u"Bari" && !p.optedOut;
        };
        d.analyzedAt = t(-2, 12);
        d.extractionAt = m_now - Hour;
        d.contactAt = t(5, 9);
        d.choices = {{Postage, 0}};
    }

    // Campaign 4, "Black Friday UK": finished, carried out, with a real cost.
    {
        DeliveryRow &d = addDelivery(4, u"Black Friday – email"_s, Email, finished);
        d.filter = u"country = 'GB' and not opted_out"_s;
        analysed(d, 16120, 15300, t(-57, 15));
        d.sentCount = 15288;
        d.contactAt = t(-55, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(4, u"Black Friday – brochure"_s, DirectMail, finished);
        d.serviceId = UkLettershop;
        d.filter =
            u"country = 'GB' and city in ('London', 'Manchester') and birth_date < '1980-01-01'"_s;
        analysed(d, 1930, 1800, t(-58, 10));
        extracted(d, 1800, t(-57, 3));
        d.sentCount = 1800;
        d.contactAt = t(-54, 9);
        d.choices = {{UkPostage, 0}, {UkBrochure, 0}};
        d.providerJob = ProviderJob{
            u"done"_s,
            t(-57, 10),
            t(-50, 10),
            m_supplierDropDir.value(2) + u"/incoming/processed/returns_%1.csv"_s.arg(d.id),
            {},
            1};
    }
    {
        DeliveryRow &d = addDelivery(4, u"Black Friday – SMS"_s, Sms, finished);
        d.serviceId = SmsRouting;
        d.filter = u"country = 'GB' and phone is not null"_s;
        analysed(d, 4210, 3900, t(-56, 15));
        d.sentCount = 3874;
        d.contactAt = t(-54, 12);
        d.choices = {{SmsThreshold, 0}};
    }
    {
        DeliveryRow &d = addDelivery(4, u"Black Friday – last call reminder"_s, Email, cancelled);
        d.filter = u"country = 'GB' and not opted_out and city = 'London'"_s;
        analysed(d, 3320, 3150, t(-56, 16));
        d.contactAt = t(-53, 9);
        d.choices = {{EmailStandard, 0}};
    }

    // Campaign 6, "Welcome journey UK": still being edited.
    {
        DeliveryRow &d = addDelivery(6, u"Welcome – day 1 email"_s, Email, beingEdited);
        d.filter = u"country = 'GB' and not opted_out"_s;
        d.estimatedCents = eur(1000);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(6, u"Welcome – day 3 SMS"_s, Sms, beingEdited);
        d.filter = u"country = 'GB' and phone is not null"_s;
        d.estimatedCents = eur(500);
        d.choices = {{SmsStandard, 0}};
    }

    // Campaign 8, "Promozione estiva 2025": cancelled.
    {
        DeliveryRow &d = addDelivery(8, u"Promozione estiva – email"_s, Email, cancelled);
        d.filter = u"country = 'IT'"_s;
        d.estimatedCents = eur(300);
    }
    {
        DeliveryRow &d = addDelivery(8, u"Promozione estiva – volantino"_s, DirectMail, cancelled);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and city = 'Roma'"_s;
        d.estimatedCents = eur(4500);
    }

    // Campaign 9, "Evento VIP Milano": finished, carried out.
    {
        DeliveryRow &d = addDelivery(9, u"Invito evento VIP – email"_s, Email, finished);
        d.filter = u"country = 'IT' and city = 'Milano' and birth_date < '1975-01-01'"_s;
        analysed(d, 702, 655, t(-93, 10));
        d.sentCount = 640;
        d.contactAt = t(-92, 9);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(9, u"Invito cartaceo evento VIP"_s, DirectMail, finished);
        d.serviceId = PrintAndPost;
        d.filter =
            u"country = 'IT' and city = 'Milano' and birth_date < '1975-01-01' and address is not null"_s;
        analysed(d, 648, 620, t(-94, 10));
        extracted(d, 620, t(-93, 3));
        d.sentCount = 611;
        d.contactAt = t(-90, 9);
        d.choices = {{Postage, 0}, {DisplayKit, 0}};
        d.providerJob = ProviderJob{
            u"done"_s,
            t(-93, 10),
            t(-86, 10),
            m_supplierDropDir.value(1) + u"/incoming/processed/%1_esiti.csv"_s.arg(d.id),
            {},
            1};
    }

    // Campaign 10, "Riattivazione clienti inattivi": proof and extraction.
    {
        // The worked example of spec 03: 798 letters (its targets capped to
        // 798, at every scale), Graphics 23.00 and Sheets A4 5.00 per
        // message, a fixed 0.00 type with a 500.00 surcharge: 18,354.00 +
        // 3,990.00 + 500.00 = 22,844.00, planned.
        DeliveryRow &d =
            addDelivery(10, u"Riattivazione – lettera personalizzata"_s, DirectMail, toValidate);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and birth_date < '1970-01-01' and city in ('Roma', 'Napoli')"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" && !p.birthDate.isNull() && p.birthDate < u"1970-01-01" &&
                   (p.city == u"Roma" || p.city == u"Napoli");
        };
        d.targetCap = 798;
        d.analyzedAt = t(-2, 10);
        d.contactAt = t(12, 9);
        d.choices = {{Graphics, 0}, {SheetsA4, 0}, {PrintSetup, eur(500)}};
    }
    {
        DeliveryRow &d = addDelivery(10, u"Riattivazione – cartolina"_s, DirectMail, toValidate);
        d.serviceId = PrintAndPost;
        d.filter = u"country = 'IT' and not opted_out and postal_code is not null"_s;
        d.target = [](const Person &p) {
            return p.country == u"IT" && !p.optedOut && !p.postalCode.isNull();
        };
        d.targetCap = 4000;
        d.analyzedAt = t(-1, 10);
        d.contactAt = t(14, 9);
        d.choices = {{Postage, 0}, {Envelopes, 0}};
    }
    {
        DeliveryRow &d =
            addDelivery(10, u"Riattivazione – email di follow-up"_s, Email, startPending);
        d.filter = u"email like '%@libero.example' and not opted_out"_s;
        d.target = [](const Person &p) {
            return !p.email.isNull() && p.email.endsWith(u"@libero.example") && !p.optedOut;
        };
        d.analyzedAt = t(-1, 11);
        d.choices = {{EmailStandard, eur(25)}};
    }

    // Campaign 11, periodic template: its deliveries and task are copied for
    // each schedule line.
    {
        DeliveryRow &d = addDelivery(11, u"Newsletter mensile – email"_s, Email, beingEdited);
        d.filter = u"country = 'IT' and not opted_out"_s;
        d.contactAt = t(-37, 9);
        d.estimatedCents = eur(120);
        d.choices = {{EmailStandard, 0}};
    }
    {
        DeliveryRow &d = addDelivery(11, u"Newsletter mensile – SMS"_s, Sms, beingEdited);
        d.filter = u"country = 'IT' and phone is not null and not opted_out"_s;
        d.contactAt = t(-36, 12);
        d.choices = {{SmsStandard, 0}};
    }

    // Campaign 12, recurring template: is_template deliveries.
    {
        DeliveryRow &d = addDelivery(12, u"Promemoria settimanale – SMS"_s, Sms, beingEdited);
        d.isTemplate = 1;
        d.filter = u"country = 'IT' and phone is not null and not opted_out"_s;
        d.choices = {{SmsThreshold, 0}};
    }
    {
        DeliveryRow &d = addDelivery(12, u"Promemoria settimanale – email"_s, Email, beingEdited);
        d.isTemplate = 1;
        d.filter = u"country = 'IT' and not opted_out and city in ('Roma', 'Milano')"_s;
        d.choices = {{EmailStandard, 0}};
    }

    // Campaign 13, "Cyber Monday UK": defined budget, deliveries in edition.
    {
        DeliveryRow &d = addDelivery(13, u"Cyber Monday – email"_s, Email, beingEdited);
        d.filter = u"country = 'GB'"_s;
        d.estimatedCents = eur(1800);
        d.contactAt = t(27, 8);
    }
    {
        DeliveryRow &d = addDelivery(13, u"Cyber Monday – SMS"_s, Sms, beingEdited);
        d.filter = u"country = 'GB' and phone is not null and not opted_out"_s;
        d.estimatedCents = eur(700);
        d.contactAt = t(27, 12);
    }
}

// Past scale 10, the deliveries still to target aim at one birth-date
// window of their town whose width shrinks as the scale grows, so that each
// one's audience stays the size it has at scale 10: the number of them grows
// with the scale, and so the rows targeting writes grow linearly, not as the
// square of the scale (a whole town per delivery). Empty up to scale 10.
QString Builder::audienceWindow(qint64 campaign, int delivery) const
{
    constexpr qint64 FirstYear = 1940; // the recipients' birth years: 1940 to 2006
    constexpr qint64 Months = (2006 - FirstYear + 1) * 12;
    if (m_scale <= 10)
        return {};
    const qint64 width = qMax<qint64>(1, Months * 10 / m_scale);
    const qint64 from = ((campaign * 37 + delivery) * 13) % (Months - width + 1);
    const auto month = [](qint64 index) {
        return u"%1-%2-01"_s.arg(FirstYear + index / 12).arg(index % 12 + 1, 2, 10, QChar(u'0'));
    };
    return u" and birth_date >= '%1' and birth_date < '%2'"_s.arg(month(from), month(from + width));
}

// One extra campaign of 40 deliveries per scale unit beyond the first, with
// no approval required and no stock consumed (the stock scenarios above stay
// the same at every scale).
void Builder::planExtraDeliveries()
{
    static const QStringList towns = {u"Roma"_s,    u"Milano"_s,  u"Torino"_s, u"Napoli"_s,
                                      u"Bologna"_s, u"Firenze"_s, u"Genova"_s, u"Palermo"_s,
                                      u"Bari"_s,    u"Verona"_s};
    Rng rng(streamSeed(m_seed, 2));
    for (qint64 k = 1; k <= m_extraCampaigns; ++k) {
        const qint64 campaignId = 13 + k;
        for (int i = 0; i < ExtraDeliveriesPerScale; ++i) {
            const QString town = towns.at((i / 8) % towns.size());
            const QString filter = u"country = 'IT' and city = '%1'"_s.arg(town);
            const qint64 targeted = rng.between(300, 2500);
            const qint64 toSend = targeted - rng.between(10, targeted / 10);
            const qint64 day = -rng.between(2, 25);
            switch (i % 8) {
            case 0: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – email #%2"_s.arg(town).arg(i + 1),
                                             Channel::Email, u"finished"_s);
                d.filter = filter + u" and not opted_out"_s;
                analysed(d, targeted, toSend, t(day, 10));
                d.sentCount = toSend - rng.between(0, 20);
                d.contactAt = t(day + 1, 9);
                d.choices = {{EmailStandard, 0}};
                break;
            }
            case 1: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – SMS #%2"_s.arg(town).arg(i + 1),
                                             Channel::Sms, u"in_progress"_s);
                d.filter = filter + u" and phone is not null"_s;
                analysed(d, targeted, toSend, t(-1, 10));
                d.contactAt = m_now - rng.between(1, 20) * Hour;
                d.choices = {{SmsStandard, 0}};
                break;
            }
            case 2: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – email #%2"_s.arg(town).arg(i + 1),
                                             Channel::Email, u"start_pending"_s);
                d.filter = filter;
                analysed(d, targeted, toSend, t(-1, 15));
                d.contactAt = t(rng.between(1, 10), 9);
                d.choices = {{EmailStandard, 0}};
                break;
            }
            case 3: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – email #%2"_s.arg(town).arg(i + 1),
                                             Channel::Email, u"being_edited"_s);
                d.filter = filter + u" and birth_date < '1990-01-01'"_s;
                d.estimatedCents = eur(rng.between(20, 80));
                d.choices = {{EmailStandard, 0}};
                break;
            }
            case 4: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – SMS #%2"_s.arg(town).arg(i + 1),
                                             Channel::Sms, u"targeting_pending"_s);
                d.filter = filter + u" and not opted_out"_s + audienceWindow(k, i);
                d.contactAt = t(rng.between(3, 12), 11);
                d.choices = {{SmsThreshold, 0}};
                break;
            }
            case 5: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – lettera #%2"_s.arg(town).arg(i + 1),
                                             Channel::DirectMail, u"finished"_s);
                d.serviceId = LoyaltyLettershop;
                d.filter = filter + u" and address is not null"_s;
                analysed(d, targeted, toSend, t(day - 3, 10));
                extracted(d, toSend, t(day - 2, 3));
                d.sentCount = toSend;
                d.contactAt = t(day, 9);
                d.choices = {{Postage, 0}};
                break;
            }
            case 6: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – email #%2"_s.arg(town).arg(i + 1),
                                             Channel::Email, u"cancelled"_s);
                d.filter = filter;
                d.estimatedCents = eur(rng.between(20, 80));
                break;
            }
            default: {
                DeliveryRow &d = addDelivery(campaignId, u"%1 – SMS #%2"_s.arg(town).arg(i + 1),
                                             Channel::Sms, u"finished"_s);
                d.filter = filter + u" and phone is not null"_s;
                analysed(d, targeted, toSend, t(day, 11));
                d.sentCount = toSend - rng.between(0, 30);
                d.contactAt = t(day + 1, 12);
                d.choices = {{SmsThreshold, 0}};
                break;
            }
            }
        }
    }
}

void Builder::planTasks()
{
    qint64 id = 0;
    auto add = [&](qint64 campaign, const QString &label, const QString &status,
                   int days) -> TaskRow & {
        TaskRow &task = m_tasks.emplace_back();
        task.id = ++id;
        task.campaignId = campaign;
        task.label = label;
        task.status = status;
        task.serviceId = AgencyServices;
        task.durationDays = days;
        return task;
    };
    {
        // The worked example: 5 days at 300.00 a day, finished: 1,500.00 spent.
        TaskRow &task = add(9, u"Allestimento sala evento"_s, u"finished"_s, 5);
        task.startAt = t(-86, 8);
        task.endAt = t(-81, 18);
        task.choices = {{AgencyDay, 0}};
    }
    {
        TaskRow &task = add(9, u"Noleggio location Milano"_s, u"finished"_s, 1);
        task.startAt = t(-81, 8);
        task.endAt = t(-81, 23);
        task.choices = {{EventSetup, eur(200)}};
    }
    {
        TaskRow &task = add(2, u"Servizio fotografico collezione"_s, u"in_progress"_s, 3);
        task.commitmentLevel = u"reserved"_s;
        task.estimatedCents = eur(900);
        task.startAt = t(-1, 8);
        task.endAt = t(2, 18);
        task.choices = {{AgencyDay, 0}};
    }
    {
        TaskRow &task = add(1, u"Creatività banner saldi"_s, u"scheduled"_s, 2);
        task.estimatedCents = eur(800);
        task.startAt = t(3, 9);
        task.endAt = t(5, 18);
        task.choices = {{AgencyDay, 0}};
    }
    {
        TaskRow &task = add(8, u"Stampa volantini estate"_s, u"cancelled"_s, 1);
        task.estimatedCents = eur(1200);
        task.startAt = t(-190, 9);
        task.endAt = t(-189, 18);
    }
    {
        TaskRow &task = add(11, u"Revisione testi newsletter"_s, u"scheduled"_s, 1);
        task.startAt = t(-38, 9);
        task.endAt = t(-37, 18);
        task.choices = {{AgencyDay, 0}};
    }
    {
        TaskRow &task = add(10, u"Copywriting lettera di riattivazione"_s, u"finished"_s, 2);
        task.startAt = t(-6, 9);
        task.endAt = t(-4, 18);
        task.choices = {{AgencyDay, eur(50)}};
    }
    {
        TaskRow &task = add(4, u"Window display design"_s, u"finished"_s, 4);
        task.realCents = eur(1350);
        task.startAt = t(-64, 9);
        task.endAt = t(-60, 18);
        task.choices = {{AgencyDay, 0}};
    }
}

// --- recipients (and the targets computed from them) -----------------------

Result<void> Builder::recipients()
{
    QList<DeliveryRow *> targeted;
    for (DeliveryRow &d : m_deliveries) {
        if (d.target)
            targeted.append(&d);
    }

    QList<int> weights;
    int totalWeight = 0;
    for (const City &city : cities()) {
        totalWeight += city.weight;
        weights.append(totalWeight);
    }

    Rng rng(streamSeed(m_seed, 1));
    QStringList recentEmails; // a ring of recent addresses, for shared ones
    recentEmails.reserve(256);
    BatchWriter rows = writer(u"recipient"_s,
                              {u"id"_s, u"email"_s, u"phone"_s, u"first_name"_s, u"last_name"_s,
                               u"address"_s, u"postal_code"_s, u"city"_s, u"country"_s,
                               u"birth_date"_s, u"created_at"_s, u"opted_out"_s, u"blocklisted"_s});
    const qint64 count = RecipientsPerScale * m_scale;
    for (qint64 id = 1; id <= count; ++id) {
        const int roll = int(rng.below(totalWeight));
        int index = 0;
        while (weights.at(index) <= roll)
            ++index;
        const City &city = cities().at(index);

        Person p;
        p.country = QString::fromUtf16(city.country);
        p.city = QString::fromUtf16(city.name);
        const QString &country = p.country;
        if (country == u"IT" || (country == u"CH" && p.city == u"Lugano")) {
            p.firstName = rng.pick(italianFirstNames());
            p.lastName = rng.pick(italianLastNames());
        } else if (country == u"GB" || country == u"IE") {
            p.firstName = rng.pick(englishFirstNames());
            p.lastName = rng.pick(englishLastNames());
        } else if (country == u"FR") {
            p.firstName = rng.pick(frenchFirstNames());
            p.lastName = rng.pick(frenchLastNames());
        } else if (country == u"ES") {
            p.firstName = rng.pick(spanishFirstNames());
            p.lastName = rng.pick(spanishLastNames());
        } else {
            p.firstName = rng.pick(germanFirstNames());
            p.lastName = rng.pick(germanLastNames());
        }
        if (!rng.perMille(30)) {
            p.address = street(rng, country, p.city);
            p.postalCode = postalCode(rng, city);
        }
        if (!rng.perMille(20)) {
            const qint64 year = rng.between(1940, 2006);
            const qint64 month = rng.between(1, 12);
            const qint64 dayOfMonth = rng.between(1, 28);
            p.birthDate = u"%1-%2-%3"_s.arg(year).arg(padded(month, 2), padded(dayOfMonth, 2));
        }
        if (!recentEmails.isEmpty() && rng.perMille(20)) {
            // A family or shared mailbox: the same address as someone else.
            p.email = recentEmails.at(int(rng.below(recentEmails.size())));
        } else if (!rng.perMille(70)) {
            const QString first = asciiSlug(p.firstName), last = asciiSlug(p.lastName);
            switch (rng.below(4)) {
            case 0:
                p.email = first + u'.' + last;
                break;
            case 1:
                p.email = first + u'.' + last + QString::number(rng.between(1, 99));
                break;
            case 2:
                p.email = first.left(1) + last;
                break;
            default:
                p.email = last + first + padded(rng.between(50, 99), 2);
                break;
            }
            p.email += u'@' + emailDomain(rng, country);
            if (recentEmails.size() < 256)
                recentEmails.append(p.email);
            else
                recentEmails[int(id % 256)] = p.email;
        }
        if (!rng.perMille(150))
            p.phone = phone(rng, country);
        p.createdAt = m_now - rng.between(Day, 6 * 365 * Day);
        p.optedOut = rng.perMille(50);
        p.blocklisted = rng.perMille(10);

        rows.add({id, orNull(p.email), orNull(p.phone), p.firstName, p.lastName, orNull(p.address),
                  orNull(p.postalCode), p.city, p.country, orNull(p.birthDate), p.createdAt,
                  p.optedOut ? 1 : 0, p.blocklisted ? 1 : 0});

        // Targeting as operationMgt does it: the filter's matches, minus the
        // opted-out, the blocklisted and those without the channel's address,
        // one per address (the lowest id wins).
        for (DeliveryRow *d : std::as_const(targeted)) {
            if (!d->target(p))
                continue;
            ++d->matched;
            if (p.optedOut || p.blocklisted)
                continue;
            QString key;
            if (d->channel == Channel::Email)
                key = p.email;
            else if (d->channel == Channel::Sms)
                key = p.phone;
            else if (!p.address.isNull() && !p.postalCode.isNull() && !p.city.isNull())
                key = p.address + u'\n' + p.postalCode + u'\n' + p.city;
            if (key.isNull() || d->seenAddresses.contains(key))
                continue;
            if (d->targetCap > 0 && d->targets.size() >= d->targetCap)
                continue;
            d->seenAddresses.insert(key);
            d->targets.append(id);
        }
    }
    for (DeliveryRow *d : std::as_const(targeted)) {
        d->targetedCount = d->matched;
        d->toSendCount = qint64(d->targets.size());
        d->seenAddresses.clear();
    }
    return rows.finish();
}

// --- deliveries, tasks and their cost choices --------------------------------

qint64 Builder::expenseCategory(qint64 campaignId, qint64 costTypeId) const
{
    Spend spend = Spend::Print;
    switch (costTypeId) {
    case EmailStandard:
    case EmailPremium:
    case SmsThreshold:
    case SmsStandard:
        spend = Spend::Digital;
        break;
    case Graphics:
    case PrintSetup:
    case DisplayKit:
        spend = Spend::Creative;
        break;
    case AgencyDay:
    case EventSetup:
        spend = Spend::Agency;
        break;
    default:
        break;
    }
    switch (m_campaignBudget.value(campaignId)) {
    case 1:
        return spend == Spend::Print      ? 1
               : spend == Spend::Digital  ? 2
               : spend == Spend::Creative ? 3
                                          : 4;
    case 2:
        return spend == Spend::Digital ? 6 : spend == Spend::Agency ? 0 : 5;
    case 3:
        return spend == Spend::Digital ? 7 : spend == Spend::Agency ? 9 : 8;
    default:
        return 0;
    }
}

Result<void> Builder::deliveriesAndTasks()
{
    BatchWriter deliveries = writer(u"delivery"_s, {u"id"_s,
                                                    u"campaign_id"_s,
                                                    u"label"_s,
                                                    u"channel"_s,
                                                    u"service_id"_s,
                                                    u"status"_s,
                                                    u"is_template"_s,
                                                    u"target_filter"_s,
                                                    u"targeted_count"_s,
                                                    u"to_send_count"_s,
                                                    u"sent_count"_s,
                                                    u"analyzed_at"_s,
                                                    u"confirm_required"_s,
                                                    u"contact_at"_s,
                                                    u"extraction_at"_s,
                                                    u"estimated_cost_cents"_s,
                                                    u"real_cost_cents"_s,
                                                    u"commitment_level"_s,
                                                    u"extraction_file"_s,
                                                    u"extraction_rows"_s,
                                                    u"extraction_sha256"_s,
                                                    u"last_error"_s});
    for (const DeliveryRow &d : m_deliveries) {
        deliveries.add({d.id,
                        d.campaignId,
                        d.label,
                        d.channel,
                        idOrNull(d.serviceId),
                        d.status,
                        d.isTemplate,
                        orNull(d.filter),
                        d.targetedCount,
                        d.toSendCount,
                        d.sentCount,
                        d.analyzedAt,
                        d.confirmRequired,
                        d.contactAt,
                        d.extractionAt,
                        d.estimatedCents,
                        d.realCents,
                        d.commitmentLevel,
                        d.extractionFile,
                        d.extractionRows,
                        d.extractionSha256,
                        d.lastError});
    }
    if (auto r = deliveries.finish(); !r)
        return r;

    BatchWriter tasks =
        writer(u"task"_s, {u"id"_s, u"campaign_id"_s, u"label"_s, u"status"_s, u"service_id"_s,
                           u"duration_days"_s, u"estimated_cost_cents"_s, u"real_cost_cents"_s,
                           u"commitment_level"_s, u"start_at"_s, u"end_at"_s});
    for (const TaskRow &task : m_tasks) {
        tasks.add({task.id, task.campaignId, task.label, task.status, idOrNull(task.serviceId),
                   task.durationDays, task.estimatedCents, task.realCents, task.commitmentLevel,
                   task.startAt, task.endAt});
    }
    if (auto r = tasks.finish(); !r)
        return r;

    BatchWriter choices =
        writer(u"cost_choice"_s, {u"id"_s, u"delivery_id"_s, u"task_id"_s, u"cost_type_id"_s,
                                  u"surcharge_cents"_s, u"expense_category_id"_s});
    qint64 id = 0;
    for (const DeliveryRow &d : m_deliveries) {
        for (const Choice &c : d.choices) {
            choices.add({++id, d.id, QVariant(), c.costTypeId, c.surchargeCents,
                         idOrNull(expenseCategory(d.campaignId, c.costTypeId))});
        }
    }
    for (const TaskRow &task : m_tasks) {
        for (const Choice &c : task.choices) {
            choices.add({++id, QVariant(), task.id, c.costTypeId, c.surchargeCents,
                         idOrNull(expenseCategory(task.campaignId, c.costTypeId))});
        }
    }
    return choices.finish();
}

// --- invoices, stock orders and past alerts ----------------------------------

Result<void> Builder::invoicesAndStockMovements()
{
    BatchWriter invoices = writer(u"invoice"_s, {u"id"_s, u"supplier_id"_s, u"budget_id"_s,
                                                 u"number"_s, u"status"_s, u"created_at"_s});
    invoices.add({1, 2, 2, u"NPP-2026-0117"_s, u"settled"_s, t(-28, 10)});
    invoices.add({2, 1, 3, u"FT 2026/042"_s, u"issued"_s, t(-6, 10)});
    invoices.add({3, 3, 1, u"SMSGW-8841"_s, u"saved"_s, t(-2, 10)});
    invoices.add({4, 1, 3, u"FT 2026/017"_s, u"settled"_s, t(-75, 10)});
    if (auto r = invoices.finish(); !r)
        return r;

    // Delivery ids by label, so that the lines follow the plan above.
    auto delivery = [this](const QString &label) -> qint64 {
        for (const DeliveryRow &d : m_deliveries) {
            if (d.label == label)
                return d.id;
        }
        Q_ASSERT_X(false, "demo", "unknown delivery label");
        return 0;
    };
    BatchWriter lines = writer(u"invoice_line"_s, {u"id"_s, u"invoice_id"_s, u"delivery_id"_s,
                                                   u"task_id"_s, u"amount_cents"_s});
    const qint64 brochure = delivery(u"Black Friday – brochure"_s);
    lines.add({1, 1, brochure, QVariant(), eur(2160)});
    lines.add({2, 1, brochure, QVariant(), 153000});
    lines.add({3, 2, delivery(u"Buono sconto fedeltà"_s), QVariant(), eur(6600)});
    lines.add({4, 2, delivery(u"Invito cartaceo evento VIP"_s), QVariant(), 68200});
    lines.add({5, 2, QVariant(), 2, eur(2700)});
    lines.add({6, 3, delivery(u"Saldi invernali – email di lancio"_s), QVariant(), 814});
    lines.add({7, 3, delivery(u"Primavera – email anteprima"_s), QVariant(), 440});
    lines.add({8, 4, QVariant(), 1, eur(1500)});
    if (auto r = lines.finish(); !r)
        return r;

    BatchWriter orders =
        writer(u"stock_order"_s, {u"id"_s, u"stock_line_id"_s, u"quantity"_s, u"ordered_at"_s,
                                  u"delivery_at"_s, u"status"_s, u"received_at"_s});
    orders.add({1, PaperLine, 5000, t(-75, 10), t(-60, 8), u"received"_s, t(-60, 8)});
    // Due yesterday: stockMgt receives it on its next run.
    orders.add({2, BrochureLine, 1500, t(-11, 10), t(-1, 8), u"on_order"_s, QVariant()});
    orders.add({3, DisplayLine, 30, t(-9, 10), t(5, 8), u"on_order"_s, QVariant()});
    orders.add({4, DisplayLine, 40, t(-40, 10), t(-26, 8), u"cancelled"_s, QVariant()});
    orders.add({5, CatalogueLine, 400, QVariant(), t(10, 8), u"proposed"_s, QVariant()});
    if (auto r = orders.finish(); !r)
        return r;

    // A past alert, cleared when order 1 arrived.
    BatchWriter alerts =
        writer(u"stock_alert"_s, {u"id"_s, u"stock_line_id"_s, u"kind"_s, u"raised_at"_s,
                                  u"cleared_at"_s, u"in_stock_qty"_s, u"forecast_qty"_s});
    alerts.add({1, PaperLine, u"alert_level"_s, t(-62, 9), t(-60, 9), 2400, 7400});
    return alerts.finish();
}

// --- approvals -------------------------------------------------------------

QList<qint64> Builder::resolvedReviewers(const ApprovalRow &a) const
{
    // As deliveryMgt resolves them: the operator, else the group's members
    // who are not administrators, else the campaign's manager.
    if (a.reviewerOperatorId > 0)
        return {a.reviewerOperatorId};
    QList<qint64> members;
    for (qint64 op : m_groupMembers.value(a.reviewerGroupId)) {
        if (!m_admins.contains(op))
            members.append(op);
    }
    if (!members.isEmpty())
        return members;
    return {m_campaignManager.value(a.delivery->campaignId)};
}

ApprovalRow &Builder::addApproval(const DeliveryRow &d, const QString &kind, qint64 submittedAt)
{
    ApprovalRow &a = m_approvals.emplace_back();
    a.id = qint64(m_approvals.size());
    a.delivery = &d;
    a.kind = kind;
    a.status = u"pending"_s;
    const Reviewer reviewer = m_requirements.value(d.campaignId).value(kind);
    a.reviewerOperatorId = reviewer.operatorId;
    a.reviewerGroupId = reviewer.groupId;
    a.submittedAt = submittedAt;
    a.deadlineAt = submittedAt + m_campaignDelay.value(d.campaignId);
    a.notifiedAt = submittedAt + 5 * Minute;
    a.notificationStatus = u"sent"_s;
    return a;
}

void Builder::approve(const DeliveryRow &d, const QString &kind, qint64 submittedAt)
{
    ApprovalRow &a = addApproval(d, kind, submittedAt);
    a.status = u"approved"_s;
    a.decidedAt = submittedAt + 3 * Hour + 10 * Minute * qint64(m_approvals.size() % 6);
    a.decidedBy = resolvedReviewers(a).constFirst();
}

// The pre-send approvals of the delivery's campaign, all approved at the
// end of its targeting round.
void Builder::approvePreSend(const DeliveryRow &d)
{
    const auto required = m_requirements.value(d.campaignId);
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (it.key() != u"extraction")
            approve(d, it.key(), d.analyzedAt.toLongLong());
    }
}

void Builder::planApprovals()
{
    auto find = [this](const QString &label) -> const DeliveryRow & {
        for (const DeliveryRow &d : m_deliveries) {
            if (d.label == label)
                return d;
        }
        Q_ASSERT_X(false, "demo", "unknown delivery label");
        return m_deliveries.front();
    };
    const QString targeting = u"targeting"_s, content = u"content"_s, extraction = u"extraction"_s;
    const QString proof = u"proof"_s;

    // Campaign 1.
    for (const QString &label :
         {u"Saldi invernali – email di lancio"_s, u"Saldi invernali – SMS promemoria"_s,
          u"Saldi invernali – email ultimi giorni"_s, u"Saldi invernali – email clienti VIP"_s,
          u"Saldi invernali – cartolina Napoli"_s, u"Saldi invernali – catalogo Milano"_s})
        approvePreSend(find(label));
    {
        // The extracted file waits for its approval, notified, deadline ahead.
        const DeliveryRow &d = find(u"Saldi invernali – catalogo Milano"_s);
        addApproval(d, extraction, d.extractedAt + 5 * Minute);
    }
    {
        // Content not yet notified: deliveryMgt sets the deadline and notifies.
        const DeliveryRow &d = find(u"Saldi invernali – test A/B oggetto"_s);
        approve(d, targeting, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.deadlineAt = QVariant();
        a.notifiedAt = QVariant();
    }
    {
        // Overdue: deadline yesterday, one reminder already sent.
        const DeliveryRow &d = find(u"Saldi invernali – SMS flash 24 ore"_s);
        approve(d, content, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, targeting, d.analyzedAt.toLongLong());
        a.remindersSent = 1;
    }
    {
        // Rejected: waits in to_validate until it is submitted again.
        const DeliveryRow &d = find(u"Saldi invernali – email riattivazione"_s);
        approve(d, targeting, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.status = u"rejected"_s;
        a.decidedAt = t(-1, 11);
        a.decidedBy = EmmaClarke;
        a.comment = u"Oggetto troppo lungo (oltre 60 caratteri) e manca il link di "
                    "disiscrizione."_s;
    }

    // Campaign 2.
    for (const QString &label :
         {u"Primavera – lettera personalizzata"_s, u"Primavera – lookbook"_s,
          u"Primavera – invito in boutique"_s, u"Primavera – cartolina Torino"_s}) {
        const DeliveryRow &d = find(label);
        approvePreSend(d);
        // Extraction approved once the file existed.
        ApprovalRow &a = addApproval(d, extraction, d.extractedAt + 5 * Minute);
        a.status = u"approved"_s;
        a.decidedAt = a.submittedAt + 2 * Hour;
        a.decidedBy = JamesWalker;
        if (label == u"Primavera – lettera personalizzata")
            a.notificationStatus = u"failed"_s; // the mail server refused it (5 attempts)
    }
    approvePreSend(find(u"Primavera – email anteprima"_s));

    // Campaign 4.
    for (const QString &label :
         {u"Black Friday – email"_s, u"Black Friday – brochure"_s, u"Black Friday – SMS"_s})
        approvePreSend(find(label));
    {
        const DeliveryRow &d = find(u"Black Friday – last call reminder"_s);
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.status = u"rejected"_s;
        a.decidedAt = d.analyzedAt.toLongLong() + 20 * Hour;
        a.decidedBy = JamesWalker;
        a.comment = u"Offer terms were not cleared by Legal in time; cancelling this reminder."_s;
    }

    // Campaign 10.
    {
        // Pending, notified (its notification still queued), deadline ahead;
        // reminder rule 5 is due.
        const DeliveryRow &d = find(u"Riattivazione – lettera personalizzata"_s);
        ApprovalRow &a = addApproval(d, proof, d.analyzedAt.toLongLong());
        a.notificationStatus = u"queued"_s;
    }
    {
        // Rejected once, submitted again: a new pending approval without a
        // deadline yet.
        const DeliveryRow &d = find(u"Riattivazione – cartolina"_s);
        ApprovalRow &rejected = addApproval(d, proof, t(-6, 10));
        rejected.status = u"rejected"_s;
        rejected.decidedAt = t(-5, 16);
        rejected.decidedBy = EmmaClarke;
        rejected.comment = u"La bozza usa ancora il vecchio logo: aggiornarla prima dell'invio."_s;
        ApprovalRow &again = addApproval(d, proof, d.analyzedAt.toLongLong());
        again.deadlineAt = QVariant();
        again.notifiedAt = QVariant();
    }
    approvePreSend(find(u"Riattivazione – email di follow-up"_s));
}

QString Builder::providerFileName(const DeliveryRow &d) const
{
    return QFileInfo(d.extractionFile.toString()).fileName();
}

QString Builder::deliveryFilePath(const DeliveryRow &d) const
{
    const qint64 supplier = m_serviceSupplier.value(d.serviceId);
    return m_supplierDropDir.value(supplier) + u"/outgoing/"_s + providerFileName(d);
}

// --- targets, approvals, jobs --------------------------------------------------

Result<void> Builder::targetsApprovalsAndJobs()
{
    BatchWriter targets = writer(u"delivery_target"_s, {u"delivery_id"_s, u"recipient_id"_s});
    for (const DeliveryRow &d : m_deliveries) {
        for (qint64 recipient : d.targets)
            targets.add({d.id, recipient});
    }
    if (auto r = targets.finish(); !r)
        return r;

    BatchWriter approvals =
        writer(u"approval"_s,
               {u"id"_s, u"delivery_id"_s, u"kind"_s, u"status"_s, u"reviewer_operator_id"_s,
                u"reviewer_group_id"_s, u"submitted_at"_s, u"deadline_at"_s, u"decided_at"_s,
                u"decided_by"_s, u"comment"_s, u"notified_at"_s, u"reminders_sent"_s});
    for (const ApprovalRow &a : m_approvals) {
        approvals.add({a.id, a.delivery->id, a.kind, a.status, idOrNull(a.reviewerOperatorId),
                       idOrNull(a.reviewerGroupId), a.submittedAt, a.deadlineAt, a.decidedAt,
                       a.decidedBy, a.comment, a.notifiedAt, a.remindersSent});
    }
    if (auto r = approvals.finish(); !r)
        return r;

    // Targeting jobs for every analysed delivery, extraction jobs for every
    // extracted one, and the jobs still to run.
    BatchWriter jobs =
        writer(u"operation_job"_s,
               {u"id"_s, u"kind"_s, u"delivery_id"_s, u"status"_s, u"requested_at"_s,
                u"requested_by"_s, u"started_at"_s, u"finished_at"_s, u"attempts"_s, u"error"_s});
    qint64 id = 0;
    for (const DeliveryRow &d : m_deliveries) {
        const qint64 manager = m_campaignManager.value(d.campaignId);
        if (!d.analyzedAt.isNull()) {
            const qint64 at = d.analyzedAt.toLongLong();
            jobs.add({++id, u"targeting"_s, d.id, u"done"_s, at - 20 * Minute, manager,
                      at - 2 * Minute, at, 1, QVariant()});
        } else if (d.status == u"targeting_pending") {
            jobs.add({++id, u"targeting"_s, d.id, u"pending"_s, m_now - 10 * Minute, manager,
                      QVariant(), QVariant(), 0, QVariant()});
        } else if (!d.lastError.isNull() && d.status == u"being_edited") {
            jobs.add({++id, u"targeting"_s, d.id, u"failed"_s, t(-1, 9), manager, t(-1, 9) + 60,
                      t(-1, 9) + 61, 1, d.lastError});
        }
        if (d.extractedAt > 0) {
            const qint64 at = d.extractedAt;
            jobs.add({++id, u"extraction"_s, d.id, u"done"_s, at - 2 * Minute, QVariant(),
                      at - Minute, at, 1, QVariant()});
        } else if (d.status == u"extraction_pending" && !d.extractionAt.isNull() &&
                   d.extractionAt.toLongLong() <= m_now) {
            jobs.add({++id, u"extraction"_s, d.id, u"pending"_s, d.extractionAt.toLongLong(),
                      QVariant(), QVariant(), QVariant(), 0, QVariant()});
        }
    }
    if (auto r = jobs.finish(); !r)
        return r;

    BatchWriter providerJobs =
        writer(u"provider_job"_s, {u"id"_s, u"delivery_id"_s, u"service_id"_s, u"status"_s,
                                   u"file_path"_s, u"file_sha256"_s, u"sent_at"_s, u"return_file"_s,
                                   u"finished_at"_s, u"attempts"_s, u"error"_s});
    id = 0;
    for (const DeliveryRow &d : m_deliveries) {
        if (!d.providerJob)
            continue;
        const ProviderJob &job = *d.providerJob;
        const bool sent = job.sentAt > 0;
        providerJobs.add({++id, d.id, idOrNull(d.serviceId), job.status,
                          sent ? QVariant(deliveryFilePath(d)) : QVariant(),
                          sent ? d.extractionSha256 : QVariant(),
                          sent ? QVariant(job.sentAt) : QVariant(), orNull(job.returnFile),
                          job.finishedAt > 0 ? QVariant(job.finishedAt) : QVariant(), job.attempts,
                          orNull(job.error)});
    }
    return providerJobs.finish();
}

// --- notifications and events ----------------------------------------------

Result<void> Builder::notificationsAndEvents()
{
    BatchWriter notifications = writer(
        u"notification"_s, {u"id"_s, u"kind"_s, u"dedup_key"_s, u"recipient_operator_id"_s,
                            u"recipient_email"_s, u"subject"_s, u"body"_s, u"attachment_path"_s,
                            u"created_at"_s, u"status"_s, u"sent_at"_s, u"attempts"_s, u"error"_s});
    qint64 id = 0;
    auto operatorEmail = [](qint64 op) -> QString {
        static const QStringList names = {
            u"admin"_s,           u"giulia.rossi"_s, u"marco.bianchi"_s,    u"sarah.thompson"_s,
            u"luca.ferrari"_s,    u"emma.clarke"_s,  u"francesca.romano"_s, u"james.walker"_s,
            u"chiara.esposito"_s, u"daniel.hughes"_s};
        return names.value(int(op - 1)) + u"@campagna.example"_s;
    };
    auto add = [&](const QString &kind, const QString &key, qint64 op, const QString &email,
                   const QString &subject, const QString &body, const QVariant &attachment,
                   qint64 at, const QString &status) {
        const bool sent = status == u"sent";
        const bool failed = status == u"failed";
        notifications.add({++id, kind, key, idOrNull(op), email, subject, body, attachment, at,
                           status, sent ? QVariant(at + 2 * Minute) : QVariant(),
                           failed ? 5
                           : sent ? 1
                                  : 0,
                           failed ? QVariant(u"SMTP: 550 mailbox unavailable"_s) : QVariant()});
    };

    for (const ApprovalRow &a : m_approvals) {
        if (a.notifiedAt.isNull())
            continue;
        const QString subject = u"Approval requested: %1 (%2)"_s.arg(a.delivery->label, a.kind);
        const QString body = u"Delivery %1 \"%2\" needs your %3 approval before %4."_s.arg(
            QString::number(a.delivery->id), a.delivery->label, a.kind,
            a.deadlineAt.isNull()
                ? QString()
                : utcDate(a.deadlineAt.toLongLong(), u"yyyy-MM-dd HH:mm 'UTC'"_s));
        for (qint64 op : resolvedReviewers(a)) {
            add(u"approval_request"_s, u"approval:%1:%2"_s.arg(a.id).arg(op), op, operatorEmail(op),
                subject, body, QVariant(), a.notifiedAt.toLongLong(), a.notificationStatus);
        }
        // Reminder rule 1 (one day before the deadline) already fired.
        if (a.remindersSent > 0) {
            const qint64 due = a.deadlineAt.toLongLong() - Day;
            for (qint64 op : resolvedReviewers(a)) {
                add(u"approval_reminder"_s, u"reminder:%1:1:%2"_s.arg(a.id).arg(op), op,
                    operatorEmail(op), u"Reminder: "_s + subject, body, QVariant(), due, u"sent"_s);
            }
        }
    }

    // The past alert on the paper line, to the stock's alert group
    // (administrators included).
    for (qint64 op : m_groupMembers.value(StockKeepers)) {
        add(u"stock_alert"_s, u"stock-alert:1:%1"_s.arg(op), op, operatorEmail(op),
            u"Stock alert: Carta A4 80 g (fogli)"_s,
            u"In stock 2400, at or below the alert level 3000."_s, QVariant(), t(-62, 9),
            u"sent"_s);
    }

    // Files handed to providers.
    qint64 job = 0;
    for (const DeliveryRow &d : m_deliveries) {
        if (!d.providerJob)
            continue;
        ++job;
        if (d.providerJob->sentAt <= 0)
            continue;
        const qint64 supplier = m_serviceSupplier.value(d.serviceId);
        add(u"provider_file"_s, u"provider-file:%1"_s.arg(job), 0, m_supplierEmail.value(supplier),
            u"Extraction file for delivery %1"_s.arg(d.id),
            u"Attached: %1 (%2 records)."_s.arg(providerFileName(d), d.extractionRows.toString()),
            deliveryFilePath(d), d.providerJob->sentAt, u"sent"_s);
    }
    if (auto r = notifications.finish(); !r)
        return r;

    BatchWriter events =
        writer(u"delivery_event"_s, {u"id"_s, u"delivery_id"_s, u"reason"_s, u"message"_s,
                                     u"first_at"_s, u"last_at"_s, u"count"_s, u"workflow"_s});
    id = 0;
    for (const DeliveryRow &d : m_deliveries) {
        if (d.isTemplate)
            continue;
        if (!d.analyzedAt.isNull() && d.status != u"cancelled") {
            const qint64 at = d.analyzedAt.toLongLong();
            events.add({++id, d.id, u"TargetingDone"_s,
                        u"Targeting done: %1 matching, %2 to send."_s.arg(
                            d.targetedCount.toString(), d.toSendCount.toString()),
                        at, at, 1, u"operationMgt"_s});
        }
        if (d.status == u"being_edited" && !d.lastError.isNull()) {
            events.add({++id, d.id, u"TargetingFailed"_s, d.lastError, t(-1, 9) + 61, t(-1, 9) + 61,
                        1, u"operationMgt"_s});
        }
        if (d.status == u"in_progress") {
            const qint64 at = d.contactAt.toLongLong();
            events.add({++id, d.id, u"DeliveryStarted"_s, u"Handed to its channel."_s, at, at, 1,
                        u"deliveryMgt"_s});
        }
        if (d.providerJob && d.providerJob->sentAt > 0) {
            events.add({++id, d.id, u"ProviderFileSent"_s,
                        u"File %1 sent to the provider."_s.arg(providerFileName(d)),
                        d.providerJob->sentAt, d.providerJob->sentAt, 1, u"supplierMgt"_s});
        }
        if (d.providerJob && d.providerJob->status == u"failed") {
            events.add({++id, d.id, u"ProviderJobFailed"_s, d.lastError, d.providerJob->finishedAt,
                        d.providerJob->finishedAt + 2 * Hour, 3, u"supplierMgt"_s});
        }
    }
    QSet<qint64> requested; // one event row per delivery and reason
    for (const ApprovalRow &a : m_approvals) {
        if (a.status == u"pending" && !a.notifiedAt.isNull() &&
            !requested.contains(a.delivery->id)) {
            requested.insert(a.delivery->id);
            events.add({++id, a.delivery->id, u"ApprovalRequested"_s,
                        u"%1 approval requested."_s.arg(a.kind), a.notifiedAt, a.notifiedAt, 1,
                        u"deliveryMgt"_s});
        }
    }
    return events.finish();
}

} // namespace

// ---------------------------------------------------------------------------

QStringList DemoGenerator::dataTables()
{
    return {u"operator"_s,
            u"operator_group"_s,
            u"operator_group_member"_s,
            u"budget"_s,
            u"expense_category"_s,
            u"plan"_s,
            u"program"_s,
            u"campaign"_s,
            u"schedule_line"_s,
            u"campaign_approval"_s,
            u"approval_reminder_rule"_s,
            u"supplier"_s,
            u"service"_s,
            u"stock"_s,
            u"stock_line"_s,
            u"cost_category"_s,
            u"cost_type"_s,
            u"cost_threshold"_s,
            u"recipient"_s,
            u"delivery"_s,
            u"task"_s,
            u"cost_choice"_s,
            u"expense_line"_s,
            u"cost_line"_s,
            u"invoice"_s,
            u"invoice_line"_s,
            u"stock_consumption"_s,
            u"stock_order"_s,
            u"stock_alert"_s,
            u"delivery_target"_s,
            u"approval"_s,
            u"operation_job"_s,
            u"provider_job"_s,
            u"notification"_s,
            u"delivery_event"_s};
}

Result<DemoSummary> DemoGenerator::generate(const QSqlDatabase &db, Backend backend,
                                            const DemoOptions &options)
{
    if (options.scale < 1 || options.scale > maxScale) {
        return makeError(Error::Code::Usage, tr("The demo scale must be between 1 and %1, not %2.")
                                                 .arg(maxScale)
                                                 .arg(options.scale));
    }
    DemoOptions effective = options;
    if (effective.now <= 0)
        effective.now = QDateTime::currentSecsSinceEpoch();

    // The whole data set is one transaction whose indexes (email, phone,
    // targets) are written in random order.
    const db::Dialect &dialect = db::Dialect::of(backend);
    const auto restoreSession = qScopeGuard(dialect.prepareBulkLoad(db));

    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    const QStringList tables = dataTables();
    for (const QString &table : tables) {
        auto row = Sql::scalar(db, u"SELECT 1 FROM "_s + table + u" LIMIT 1"_s);
        if (!row)
            return row.error();
        if (row.value()) {
            return makeError(Error::Code::Usage,
                             tr("The database is not empty: table \"%1\" already has rows. The "
                                "demo data can only be loaded into an empty database.")
                                 .arg(table));
        }
    }

    Builder builder(db, effective);
    if (auto built = builder.run(); !built)
        return built.error();

    // The rows have explicit ids: later inserts must get fresh ones.
    for (const QString &table : tables) {
        if (table == u"operator_group_member" || table == u"campaign_approval" ||
            table == u"delivery_target")
            continue;
        if (auto reset = dialect.resetIdentity(db, table); !reset)
            return reset.error();
    }

    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return builder.summary;
}

} // namespace campagna::demo
