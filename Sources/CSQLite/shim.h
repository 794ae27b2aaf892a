#ifndef NEWSD_CSQLITE_SHIM_H
#define NEWSD_CSQLITE_SHIM_H
// SQLite, for newsbench's baseline only: the same durable appends, one transaction each.
#include <sqlite3.h>
#endif
