/* write.h — the last stage: put the rendered files in the output folder.
 *
 *   read → split → resolve names → translate → render → assemble → WRITE
 *
 * By the time anything is written, every page has been rendered in memory:
 * a build that fails earlier leaves the output folder as it was. The new
 * site is then made whole beside the old one (in .NAME.sidenotes-new next
 * to the output folder NAME: the files this build writes, and hard links to
 * every other file of the folder) and the two folders are swapped in one
 * step (renameat2 RENAME_EXCHANGE): a build killed at any point, or one
 * whose write fails (a full disk), leaves either the whole previous site or
 * the whole new one, never a mix, and the next build clears what it left
 * beside the folder. Where folders cannot be swapped (a mount point), each
 * file is written to a temporary name and renamed over its place. A file
 * whose bytes are already there keeps its inode and time stamp. Every path
 * is checked first: nothing is written outside the output folder, even
 * through a symbolic link. Files a previous build wrote and this one does
 * not (a deleted source) are removed; the list lives in
 * OUT/.sidenotes-manifest. Two builds into one folder take turns: the
 * second waits for the first's lock on OUT/.sidenotes-lock.
 *
 * Fault injection, for the tests: SIDENOTES_FAIL_WRITE=N makes the Nth file
 * written fail with ENOSPC; SIDENOTES_KILL_AT_WRITE=N kills the build with
 * SIGKILL just before its Nth write.
 */
#ifndef SN_WRITE_H
#define SN_WRITE_H

#include "fs.h" /* sn_make_parents, once here */

#include <stddef.h>

typedef struct {
    char *path; /* relative to the output folder */
    char *data;
    size_t len;
} sn_output;

typedef struct {
    size_t written, unchanged, removed;
} sn_write_stats;

/* Writes the files (sorted by path on return). Returns 0, or -1 and a
 * malloc'd "path: error: ...". */
int sn_write_outputs(const char *out_dir, sn_output *files, size_t count, sn_write_stats *stats,
                     char **err);

/* What one write leaves for the next, for `sidenotes serve` (memory.h):
 * the bytes of each file it left in the output folder, with the file's
 * inode, size and times once it was done. A file that still has them is
 * compared with its new bytes in memory, not read again. */
typedef struct sn_written sn_written;
sn_written *sn_written_new(void);
void sn_written_free(sn_written *w);

/* sn_write_outputs, with `known` (NULL: nothing known) used and brought up
 * to date; after a failed write it is emptied. With `known`, the files
 * that changed are replaced one by one, each whole (a rename), as where
 * folders cannot be swapped: the site is not made again beside the old one,
 * which costs a folder and a link for every file of it. A preview can take
 * that: its pages reload once the write is done. (Reading back every page
 * and making the site again were a fifth of a save's time in serve.) */
int sn_write_outputs_known(const char *out_dir, sn_output *files, size_t count, sn_written *known,
                           sn_write_stats *stats, char **err);

#endif
