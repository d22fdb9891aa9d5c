#include "demo/demoset.h"

#include "common/extractionfilename.h"
#include "common/filesroot.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace campagna::demo {

using namespace Qt::StringLiterals;

DemoSet::DemoSet(const QSqlDatabase &db, const DemoOptions &options)
    : scale(options.scale)
    , seed(options.seed)
    , t(options.now)
    , demoDir(FilesRoot::locate().path + u'/' + kDemoFolder)
    , m_db(db)
{}

Result<void> DemoSet::insert(const QList<Table> &tables)
{
    for (const Table &table : tables) {
        BatchWriter rows = writer(table.name, table.columns);
        for (const QVariantList &row : table.rows)
            rows.add(row);
        if (auto r = rows.finish(); !r)
            return r;
    }
    return {};
}

BatchWriter DemoSet::writer(const QString &table, const QStringList &columns)
{
    return BatchWriter(m_db, table, columns, summary);
}

DeliveryRow &DemoSet::addDelivery(const DeliverySpec &spec)
{
    DeliveryRow &d = deliveries.emplace_back();
    d.id = m_nextDeliveryId++;
    d.campaignId = spec.campaign;
    d.label = spec.label;
    d.channel = spec.channel;
    d.status = spec.status;
    d.serviceId = spec.service;
    if (d.serviceId == 0 && spec.channel == Channel::Email)
        d.serviceId = EmailRouting;
    else if (d.serviceId == 0 && spec.channel == Channel::Sms)
        d.serviceId = SmsRouting;
    d.isTemplate = spec.isTemplate;
    d.filter = spec.filter;
    d.target = spec.target;
    d.targetCap = spec.targetCap;
    if (spec.targeted)
        d.targetedCount = *spec.targeted;
    if (spec.toSend)
        d.toSendCount = *spec.toSend;
    d.analyzedAt = spec.analyzedAt;
    d.sentCount = spec.sent;
    d.confirmRequired = spec.confirmRequired;
    if (spec.extractedAt > 0)
        extracted(d, spec.extractedRows, spec.extractedAt);
    d.extractionAt = spec.extractionAt;
    d.contactAt = spec.contactAt;
    d.estimatedCents = spec.estimatedCents;
    d.commitmentLevel = spec.commitmentLevel;
    d.lastError = spec.lastError;
    d.choices = spec.choices;
    d.providerJob = spec.providerJob;
    if (d.providerJob && !d.providerJob->returnFile.isEmpty()) {
        d.providerJob->returnFile = supplierDropDir.value(serviceSupplier.value(d.serviceId)) +
                                    u"/incoming/processed/"_s + d.providerJob->returnFile.arg(d.id);
    }
    return d;
}

void DemoSet::addDeliveries(const QList<DeliverySpec> &specs)
{
    for (const DeliverySpec &spec : specs)
        addDelivery(spec);
}

void DemoSet::addTasks(const QList<TaskRow> &planned)
{
    for (TaskRow task : planned) {
        task.id = qint64(tasks.size()) + 1;
        task.serviceId = AgencyServices;
        tasks.push_back(task);
    }
}

const DeliveryRow &DemoSet::delivery(const QString &label) const
{
    for (const DeliveryRow &d : deliveries) {
        if (d.label == label)
            return d;
    }
    Q_ASSERT_X(false, "demo", "unknown delivery label");
    return deliveries.front();
}

QString DemoSet::extractionFileName(const DeliveryRow &d, qint64 at) const
{
    return ExtractionFileName::fromPattern(
        servicePattern.value(d.serviceId, u"{date}_directMail_{delivery_id}.csv"_s), at, d.id,
        d.label);
}

void DemoSet::extracted(DeliveryRow &d, qint64 rows, qint64 at)
{
    const QString file = demoDir + u"/extractions/"_s + extractionFileName(d, at);
    d.extractionFile = file;
    d.extractionRows = rows;
    d.extractedAt = at;
    const QByteArray content = "campagna-demo:" + QByteArray::number(d.id) + ':' +
                               QByteArray::number(rows) + ':' + file.toUtf8();
    d.extractionSha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString DemoSet::providerFileName(const DeliveryRow &d) const
{
    return QFileInfo(d.extractionFile.toString()).fileName();
}

QString DemoSet::deliveryFilePath(const DeliveryRow &d) const
{
    const qint64 supplier = serviceSupplier.value(d.serviceId);
    return supplierDropDir.value(supplier) + u"/outgoing/"_s + providerFileName(d);
}

QList<qint64> DemoSet::resolvedReviewers(const ApprovalRow &a) const
{
    if (a.reviewerOperatorId > 0)
        return {a.reviewerOperatorId};
    QList<qint64> members;
    for (qint64 op : groupMembers.value(a.reviewerGroupId)) {
        if (!admins.contains(op))
            members.append(op);
    }
    if (!members.isEmpty())
        return members;
    return {campaignManager.value(a.delivery->campaignId)};
}

} // namespace campagna::demo
