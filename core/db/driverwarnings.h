#pragma once

namespace campagna::db {

// Drops Qt's QPSQL warning "Unable to free statement: ... current
// transaction is aborted": when a statement fails inside a transaction (a
// refusal of the server's rights functions, for instance), the driver
// deallocates the prepared statement before the caller rolls back, and the
// server refuses that too. The statement goes with the rollback; the real
// error is reported as a value. Every other message goes to the previous
// handler. Call once from main().
void installDriverWarningFilter();

} // namespace campagna::db
