#pragma once

#include <QString>

namespace campagna {

// The name of a delivery's extraction file, or of its provider's return
// file, from a service's pattern (service.extraction_file_pattern,
// return_file_pattern): {date} → yyyyMMdd (UTC) of `at`, {delivery_id},
// {delivery_label} → the label with accents dropped and every character
// other than ASCII letters, digits, '-' and '_' made '_'. The one rule for
// operationMgt's extraction, supplierMgt's return files and the demo data.
// Whether the result is a plain file name is the caller's check.
//
// Threading: a pure function.
class ExtractionFileName final
{
public:
    static QString fromPattern(const QString &pattern, qint64 at, qint64 deliveryId,
                               const QString &deliveryLabel);
};

} // namespace campagna
