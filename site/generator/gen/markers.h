/* markers.h — the names two stages must spell alike, spelt once.
 *
 * A stage that writes one of these and a stage that looks for it used to
 * carry their own copies; a change to one copy then broke the other
 * silently. */
#ifndef SN_MARKERS_H
#define SN_MARKERS_H

/* The list of files a build wrote, kept in the output folder: write.c
 * writes it, stamp.c reads it for the up-to-date check. */
#define SN_MANIFEST_NAME ".sidenotes-manifest"

/* A folder's settings for reading its sources (read.h): read.c reads it,
 * stamp.c watches it for the up-to-date check. */
#define SN_FOLDER_SETTINGS ".sidenotes"

/* The other names a build leaves in or beside the output folder (write.c
 * makes them; a build's own listing and the crash-safety test must know
 * them): the lock two builds into one folder take turns on, and the suffix
 * of the folder the new site is staged in, .OUT.sidenotes-new. */
#define SN_LOCK_NAME ".sidenotes-lock"
#define SN_STAGING_SUFFIX ".sidenotes-new"

/* English notes left in a translated page: translate.c wraps them in an
 * element with these attributes; assemble.c finds them to label each
 * block and to put the notice at the top of the page. */
#define SN_UNTRANSLATED_CLASS "class=\"untranslated\""
#define SN_UNTRANSLATED_ATTRS SN_UNTRANSLATED_CLASS " lang=\"en\""
#define SN_UNTRANSLATED_BLOCK "<div " SN_UNTRANSLATED_ATTRS ">"

/* The tools, as the cache and the up-to-date check name them. */
#define SN_TOOL_KATEX "katex"
#define SN_TOOL_PYGMENTS "pygments"

#endif
