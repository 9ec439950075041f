// # Points and colours
//
// The interface: a point, a colour, a scale factor.
#ifndef GEOMETRY_H
#define GEOMETRY_H

// How much `scale` multiplies by.
#define FACTOR 3

// A point of the plane; `x` is its first coordinate.
struct point {
    int x, y;
};

// The two colours.
enum color { RED, GREEN };

// A shorter name for a point.
typedef struct point point_t;

// How many points were scaled so far.
extern int scaled;

// Multiplies a point's coordinates by FACTOR.
point_t scale(point_t p);

#endif
