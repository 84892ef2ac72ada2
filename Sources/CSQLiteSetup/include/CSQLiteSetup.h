#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Puts SQLite in multi-thread mode without memory statistics, for the whole process.
///
/// sqlite3_config is variadic, so Swift cannot call it. It must run before SQLite
/// initialises (before the first connection is opened); afterwards SQLite refuses it and
/// nothing changes.
///
/// Returns 0 when both settings took effect.
int confidant_sqlite_configure(void);

/// Starts writing a file's dirty pages to the disk without waiting for them
/// (sync_file_range with SYNC_FILE_RANGE_WRITE, which Swift's Glibc module does not
/// export), so that a bulk load's final fsync finds little left to write.
///
/// Returns 0, or -1 with errno set.
int confidant_start_writeback(int descriptor);

#endif
