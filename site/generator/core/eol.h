/* eol.h — where a line ends, one rule for every scanner of the generator:
 * "\n", "\r\n" or a lone "\r", as cmark-gfm ends lines. read.c turns the
 * last two into "\n" in pages, but templates are read as they are, and the
 * scanners are public: any text must split the same way everywhere. */
#ifndef SN_EOL_H
#define SN_EOL_H

#include <stddef.h>

/* Is byte i of s (len bytes) a line end? For CRLF, the LF is. Inline: the
 * scanners ask it of every byte. */
static inline int sn_is_eol(const char *s, size_t len, size_t i)
{
    return s[i] == '\n' || (s[i] == '\r' && !(i + 1 < len && s[i + 1] == '\n'));
}

#endif
