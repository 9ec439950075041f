/* po_commands.h — the subcommands of `sidenotes-po`, one file each
 * (po_tool.c reads the command line and runs one; what each does is
 * described there). Each returns the program's exit status. */
#ifndef SN_PO_COMMANDS_H
#define SN_PO_COMMANDS_H

int cmd_extract(const char *src_dir, const char *po_dir, int check_only); /* po_tool.c */
int cmd_update(const char *src_dir, const char *po_dir);                  /* po_update.c */
int cmd_status(const char *po_dir, char **only, int nonly);              /* po_status.c */
int cmd_check(const char *src_dir, const char *po_dir, int strict);       /* po_check.c */
int cmd_complete(const char *src_dir, const char *po_dir, const char *rules_path); /* po_complete.c */

#endif
