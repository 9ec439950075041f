# Which values share one mean and variance, for an input of shape
# (N, C, H*W): batch norm (left) takes one channel across the whole batch,
# layer norm (right) one example across all its channels and positions.
#
#   gnuplot -e 'outfile="axes.svg"' axes.gp
#
# The blocks are drawn in oblique projection: H*W to the right, C upwards,
# N going back (up and to the right).
if (!exists("outfile")) outfile = "axes.svg"
set terminal svg size 820,300 font "sans,15" background rgb "white"
set output outfile
unset border; unset tics; unset key
set xrange [-1.5:22.5]
set yrange [-3.4:7.0]
set size ratio -1

SW = 7.0   # H*W, drawn width
SC = 4.0   # C, drawn height
SN = 4.0   # N, drawn depth
dx = 0.55; dy = 0.45   # how far one unit of N moves the point
px(o, n, c, s) = o + s + dx * n
py(n, c, s) = c + dy * n

base = "#e9ecef"; edge = "#495057"
bn = "#3b7dd8"; ln = "#e8772e"
id = 0
poly(a1, b1, a2, b2, a3, b3, a4, b4, col) = sprintf( \
  "set object %d polygon from %f,%f to %f,%f to %f,%f to %f,%f to %f,%f fc rgb '%s' fs solid 1.0 border lc rgb '%s' lw 1 front", \
  id, a1, b1, a2, b2, a3, b3, a4, b4, a1, b1, col, edge)
# The three visible faces of the box [n0,n1] x [c0,c1] x [s0,s1].
front(o, c0, c1, s0, s1, col) = poly(px(o,0,c0,s0), py(0,c0,s0), px(o,0,c0,s1), py(0,c0,s1), \
                                     px(o,0,c1,s1), py(0,c1,s1), px(o,0,c1,s0), py(0,c1,s0), col)
top(o, n0, n1, s0, s1, col) = poly(px(o,n0,SC,s0), py(n0,SC,s0), px(o,n0,SC,s1), py(n0,SC,s1), \
                                   px(o,n1,SC,s1), py(n1,SC,s1), px(o,n1,SC,s0), py(n1,SC,s0), col)
right(o, n0, n1, c0, c1, col) = poly(px(o,n0,c0,SW), py(n0,c0,SW), px(o,n1,c0,SW), py(n1,c0,SW), \
                                     px(o,n1,c1,SW), py(n1,c1,SW), px(o,n0,c1,SW), py(n0,c1,SW), col)

do for [side = 0:1] {
  o = side * 12.0
  # The whole tensor, one slab per channel (front, right) and per example (top, right).
  do for [k = 0:int(SC) - 1] {
    id = id + 1; eval front(o, k, k + 1, 0, SW, base)
  }
  do for [k = 0:int(SN) - 1] {
    do for [j = 0:int(SC) - 1] {
      id = id + 1; eval right(o, k, k + 1, j, j + 1, base)
    }
    id = id + 1; eval top(o, k, k + 1, 0, SW, base)
  }
}
# Batch norm: channel c = 1, all examples, all positions.
id = id + 1; eval front(0, 1, 2, 0, SW, bn)
do for [k = 0:int(SN) - 1] { id = id + 1; eval right(0, k, k + 1, 1, 2, bn) }
# Layer norm: example n = 0, all channels, all positions.
do for [j = 0:int(SC) - 1] {
  id = id + 1; eval front(12, j, j + 1, 0, SW, ln)
  id = id + 1; eval right(12, 0, 1, j, j + 1, ln)
}
id = id + 1; eval top(12, 0, 1, 0, SW, ln)

do for [side = 0:1] {
  o = side * 12.0
  set label sprintf("H·W") at o + SW / 2, -0.6 center
  set label "C" at o - 0.6, SC / 2 center
  set label "N" at px(o, SN / 2, 0, SW) + 0.5, py(SN / 2, 0, SW) - 0.2 left
}
set label "Batch norm\none mean and variance per channel" at px(0, 0, 0, SW / 2) + 1.0, -1.8 center textcolor rgb bn
set label "Layer norm\none mean and variance per example" at px(12, 0, 0, SW / 2) + 1.0, -1.8 center textcolor rgb ln
plot NaN
