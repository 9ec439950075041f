# Training loss and test accuracy per epoch, none / BN / LN, for one model.
# gnuplot -e "model='mlp'; results='DIR'; out='curves_mlp.svg'" curves.gp
load dir.'/style.gp'
set output out
title_of(m) = m eq 'mlp' ? 'MLP 784-256-128-10' : 'CNN (16 and 32 filters, dense 128)'
f(v) = results.'/curves/'.model.'-'.v.'.csv'
set multiplot layout 2,1 title title_of(model).', batch 64'
set xlabel 'epoch'
set ylabel 'training loss'
set key top right
set xrange [0:*]
set logscale y
set autoscale yfix
set ytics (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1, 1.5, 2)
plot f('none') using 1:3 with lines ls 1 title 'none', \
     f('bn') using 1:3 with lines ls 2 title 'BatchNorm', \
     f('ln') using 1:3 with lines ls 3 title 'LayerNorm'
set ylabel 'test accuracy'
set key bottom right
set xrange [0.5:*]
unset logscale y
set autoscale y
set ytics autofreq 0.01
set format y '%.2f'
plot f('none') using 1:5 with linespoints ls 1 title 'none', \
     f('bn') using 1:5 with linespoints ls 2 title 'BatchNorm', \
     f('ln') using 1:5 with linespoints ls 3 title 'LayerNorm'
unset multiplot
