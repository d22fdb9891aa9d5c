#pragma once

#include <QByteArray>
#include <QString>

namespace campagna::test {

// Files in a test: written and read whole, with their SHA-256.

// Lowercase hexadecimal SHA-256 of `data`.
QByteArray sha256(const QByteArray &data);
// Writes `data` to `path`, creating its folders; false on any failure.
bool writeFile(const QString &path, const QByteArray &data);
// The content of `path`, or "cannot read <path>".
QByteArray readFile(const QString &path);

} // namespace campagna::test
