# MLP, one pass over 10,000 training images at each batch size, none / BN /
# LN, 5 seeds: test accuracy,
# training accuracy over the last tenth of the pass (BatchNorm with the
# batch's statistics), and over how many of the first layer's 256 units its
# weight gradient is spread. Dots: seeds; lines: means.
# gnuplot -e "dir='PLOTS'; results='DIR'; out='batch_sweep.svg'" batch_sweep.gp
load dir.'/style.gp'
set terminal svg size 640,1150 dynamic enhanced font 'sans-serif,17' background rgb 'white'
set output out
runs = results.'/runs.csv'
summary = results.'/summary.csv'
set multiplot layout 3,1 title 'MLP, 10,000 images at each batch size, 5 seeds'
set logscale x 2
set xtics (2, 4, 8, 32, 128)
set xrange [1.6:160]
set xlabel 'batch size'
off(v) = v eq 'none' ? 0.94 : v eq 'bn' ? 1.0 : 1.06
run(v) = (strcol(1) eq 'batch' && strcol(3) eq v) ? $4 * off(v) : NaN
mean(v, m) = (strcol(1) eq 'batch' && strcol(3) eq v && strcol(6) eq m) ? $4 * off(v) : NaN
set key bottom right
set ylabel 'test accuracy'
set format y '%.2f'
plot summary using (mean('none', 'test_accuracy')):9 smooth unique with lines ls 1 title 'none', \
     summary using (mean('bn', 'test_accuracy')):9 smooth unique with lines ls 2 title 'BatchNorm', \
     summary using (mean('ln', 'test_accuracy')):9 smooth unique with lines ls 3 title 'LayerNorm', \
     runs using (run('none')):9 with points ls 1 notitle, \
     runs using (run('bn')):9 with points ls 2 notitle, \
     runs using (run('ln')):9 with points ls 3 notitle
set ylabel 'training accuracy, last tenth'
plot summary using (mean('none', 'train_accuracy_last')):9 smooth unique with lines ls 1 title 'none', \
     summary using (mean('bn', 'train_accuracy_last')):9 smooth unique with lines ls 2 title 'BatchNorm', \
     summary using (mean('ln', 'train_accuracy_last')):9 smooth unique with lines ls 3 title 'LayerNorm', \
     runs using (run('none')):12 with points ls 1 notitle, \
     runs using (run('bn')):12 with points ls 2 notitle, \
     runs using (run('ln')):12 with points ls 3 notitle
set ylabel 'first-layer units reached'
set format y '%g'
set yrange [0:256]
set ytics 32
plot summary using (mean('none', 'active_units_first')):9 smooth unique with lines ls 1 title 'none', \
     summary using (mean('bn', 'active_units_first')):9 smooth unique with lines ls 2 title 'BatchNorm', \
     summary using (mean('ln', 'active_units_first')):9 smooth unique with lines ls 3 title 'LayerNorm', \
     runs using (run('none')):14 with points ls 1 notitle, \
     runs using (run('bn')):14 with points ls 2 notitle, \
     runs using (run('ln')):14 with points ls 3 notitle
unset multiplot
