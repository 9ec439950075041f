// # Only a header
//
// In a folder with no readme; its parent has no page of its own.
int only(void);
