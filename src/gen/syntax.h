/* syntax.h — the programming languages sidenotes reads, in one table: the
 * file name endings, how comments are written, and the Pygments lexer that
 * highlights the code (for `c`, c_highlight.h does as that lexer would).
 * Adding a language whose comments are C's (`//` and slash-star) or
 * shell's (`#`) is one row in syntax.c.
 *
 *   | language | endings                                 | comments | lexer  |
 *   | C        | .c .h                                   | C        | c      |
 *   | C++      | .cc .cpp .cxx .C .hh .hpp .hxx .h++ .c++ | C        | cpp    |
 *   | Python   | .py                                     | Python   | python |
 *   | Shell    | .sh .bash                               | hash     | bash   |
 *   | Go       | .go                                     | C        | go     |
 *
 * Endings are matched exactly: `.C` is C++ and `.c` is C, as GCC has it. */
#ifndef SN_SYNTAX_H
#define SN_SYNTAX_H

typedef enum {
    SN_COMMENTS_C,      /* `//` lines and block comments (split.c) */
    SN_COMMENTS_HASH,   /* `#` lines (split_script.c) */
    SN_COMMENTS_PYTHON, /* `#` lines, and docstrings as notes (split_script.c) */
} sn_comment_style;

typedef struct {
    const char *name;            /* for people: "C++" */
    const char *const *endings;  /* NULL-terminated */
    sn_comment_style comments;
    const char *lexer;           /* Pygments' short name */
} sn_syntax;

/* The language of a file name, or NULL when no row names its ending. */
const sn_syntax *sn_syntax_of(const char *name);

#endif
