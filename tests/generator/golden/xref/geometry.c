// # Scaling
//
// The definitions of geometry.h.
#include "geometry.h"

int scaled = 0;

// A helper only this file sees; main.c has one of the same name.
static int twice(int v)
{
    int r = v + v;
    return r;
}

// Scales both coordinates, counting the call.
point_t scale(point_t p)
{
    point_t q = {p.x * FACTOR, twice(p.y) * FACTOR / 2};
    scaled++;
    return q;
}
