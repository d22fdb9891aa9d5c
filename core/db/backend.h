#pragma once

namespace campagna::db {

// The two database servers Campagna runs on.
enum class Backend { Sqlite, Postgres };

} // namespace campagna::db
