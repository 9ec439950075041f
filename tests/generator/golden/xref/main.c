// # Using it
//
// `scale` comes from the library; `twice` is this file's own.
#include <stdio.h>

#include "geometry.h"

// This file's helper, not geometry.c's.
static int twice(int v)
{
    return 2 * v;
}

// Prints a scaled point; `printf` is the C library's, left plain.
int main(void)
{
    struct point p = {1, 2};
    point_t s = scale(p);
    enum color c = RED;
    printf("%d %d %d %d %d\n", s.x, s.y, twice(c), scaled, GREEN);
    return 0;
}
