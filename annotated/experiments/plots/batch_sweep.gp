# Test accuracy against batch size, MLP, none / BN / LN, same number of epochs.
# gnuplot -e "results='DIR'; out='batch_sweep.svg'" batch_sweep.gp
load dir.'/style.gp'
set terminal svg size 640,460 dynamic enhanced font 'sans-serif,17' background rgb 'white'
set output out
f = results.'/batch_sweep.csv'
set title 'MLP, 2 epochs at each batch size'
set logscale x 2
set xtics (2, 8, 32, 128)
set xrange [1.6:160]
set xlabel 'batch size'
set ylabel 'test accuracy'
set format y '%.2f'
set key bottom right
pick(v) = strcol(1) eq v ? $2 : NaN
plot f using (pick('none')):4 smooth unique with linespoints ls 1 title 'none', \
     f using (pick('bn')):4 smooth unique with linespoints ls 2 title 'BatchNorm', \
     f using (pick('ln')):4 smooth unique with linespoints ls 3 title 'LayerNorm'
