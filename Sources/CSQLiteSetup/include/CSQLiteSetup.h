#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Puts SQLite in multi-thread mode without memory statistics, for the whole process.
///
/// sqlite3_config is variadic, so Swift cannot call it; this is the one C function the
/// package needs. It must run before SQLite initialises (before the first connection is
/// opened); afterwards SQLite refuses it and nothing changes.
///
/// Returns 0 when both settings took effect.
int confidant_sqlite_configure(void);

#endif
