#include "CSQLiteSetup.h"

#include <sqlite3.h>

// Multi-thread mode: SQLite takes no mutex for a connection's own calls. GRDB never uses
// one connection from two threads at once (each sits behind a serial queue), and supports
// only this mode. Without memory statistics, SQLite's allocator takes no global mutex
// either. Both were about a tenth of a bulk import's writer thread in a profile.
int confidant_sqlite_configure(void) {
    int threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    int statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return threading == SQLITE_OK && statistics == SQLITE_OK ? 0 : 1;
}
