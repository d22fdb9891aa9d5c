#include "demo/population.h"

namespace campagna::demo {

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

Population::Population(quint64 seed, qint64 now)
    : m_rng(Rng::streamSeed(seed, 1))
    , m_now(now)
{
    for (const City &city : cities()) {
        m_totalWeight += city.weight;
        m_weights.append(m_totalWeight);
    }
    m_recentEmails.reserve(256);
}

Person Population::next(qint64 id)
{
    Rng &rng = m_rng;
    const int roll = int(rng.below(m_totalWeight));
    int index = 0;
    while (m_weights.at(index) <= roll)
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
    p.email = email(p, id);
    if (!rng.perMille(150))
        p.phone = phone(rng, country);
    p.createdAt = m_now - rng.between(Day, 6 * 365 * Day);
    p.optedOut = rng.perMille(50);
    p.blocklisted = rng.perMille(10);
    return p;
}

// Mostly one's own mailbox, made of one's names; sometimes one shared with
// a recent recipient (a family's), sometimes none.
QString Population::email(const Person &p, qint64 id)
{
    Rng &rng = m_rng;
    if (!m_recentEmails.isEmpty() && rng.perMille(20))
        return m_recentEmails.at(int(rng.below(m_recentEmails.size())));
    if (rng.perMille(70))
        return {};
    const QString first = asciiSlug(p.firstName), last = asciiSlug(p.lastName);
    QString email;
    switch (rng.below(4)) {
    case 0:
        email = first + u'.' + last;
        break;
    case 1:
        email = first + u'.' + last + QString::number(rng.between(1, 99));
        break;
    case 2:
        email = first.left(1) + last;
        break;
    default:
        email = last + first + padded(rng.between(50, 99), 2);
        break;
    }
    email += u'@' + emailDomain(rng, p.country);
    if (m_recentEmails.size() < 256)
        m_recentEmails.append(email);
    else
        m_recentEmails[int(id % 256)] = email;
    return email;
}

} // namespace campagna::demo
