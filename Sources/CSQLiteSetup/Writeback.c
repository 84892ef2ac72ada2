#define _GNU_SOURCE
#include "CSQLiteSetup.h"

#include <fcntl.h>

// Swift's Glibc module does not export sync_file_range, a GNU extension.
int confidant_start_writeback(int descriptor) {
    return sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE);
}
