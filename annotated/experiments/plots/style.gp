# Shared look of the experiment plots: SVG on white (readable in light and dark
# pages), one colour per normalization, light grid.
# Sized for the page's text column (about 460 px wide): one panel per row,
# large type, so that the text is still readable at half size.
set terminal svg size 640,820 dynamic enhanced font 'sans-serif,17' background rgb 'white'
set datafile separator ','
set datafile missing 'NaN'
set border 3 lw 1 lc rgb '#444444'
set tics nomirror textcolor rgb '#333333'
set grid lc rgb '#e3e3e3' lw 1
set key opaque box lc rgb '#dddddd'
# none, BatchNorm, LayerNorm
set style line 1 lc rgb '#666666' lw 2 pt 7 ps 0.6
set style line 2 lc rgb '#3b7dd8' lw 2 pt 5 ps 0.6
set style line 3 lc rgb '#e8772e' lw 2 pt 9 ps 0.7
set style line 4 lc rgb '#3b7dd8' lw 1.5 dt 2
set style line 5 lc rgb '#e8772e' lw 1.5 dt 2
# MLP and CNN, where both appear in one plot (solid: measured, dashed: reference)
set style line 6 lc rgb '#138a72' lw 2 pt 5 ps 0.6
set style line 7 lc rgb '#7b4bb7' lw 2 pt 9 ps 0.7
set style line 8 lc rgb '#138a72' lw 1.5 dt 2
set style line 9 lc rgb '#7b4bb7' lw 1.5 dt 2
