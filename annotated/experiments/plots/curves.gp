# One model, none / BN / LN over the seeds: training loss (line: mean, band:
# lowest to highest seed) against epochs, and each seed's final test accuracy
# (dots) with the mean ± sd (bar).
# gnuplot -e "dir='PLOTS'; model='mlp'; results='DIR'; out='curves_mlp.svg'" curves.gp
load dir.'/style.gp'
set output out
title_of(m) = m eq 'mlp' ? 'MLP 784-256-128-10' : 'CNN (16 and 32 filters, dense 128)'
c = results.'/curves_summary.csv'
runs = results.'/runs.csv'
summary = results.'/summary.csv'
set multiplot layout 2,1 title title_of(model).', batch 64, a dot per seed'
set xlabel 'epoch'
set ylabel 'training loss'
set key top right
set xrange [0:*]
set logscale y
set autoscale yfix
set ytics (0.2, 0.3, 0.4, 0.6, 0.8, 1, 1.5, 2)
sel(v, col) = (strcol(1) eq model && strcol(2) eq v) ? column(col) : NaN
plot c using 3:(sel('none', 5)):(sel('none', 6)) with filledcurves fs transparent solid 0.2 noborder lc rgb '#666666' notitle, \
     c using 3:(sel('bn', 5)):(sel('bn', 6)) with filledcurves fs transparent solid 0.2 noborder lc rgb '#3b7dd8' notitle, \
     c using 3:(sel('ln', 5)):(sel('ln', 6)) with filledcurves fs transparent solid 0.2 noborder lc rgb '#e8772e' notitle, \
     c using 3:(sel('none', 4)) with lines ls 1 title 'none', \
     c using 3:(sel('bn', 4)) with lines ls 2 title 'BatchNorm', \
     c using 3:(sel('ln', 4)) with lines ls 3 title 'LayerNorm'
set xlabel 'normalization'
set ylabel 'final test accuracy'
unset logscale y
set autoscale y
set ytics autofreq
set format y '%.3f'
set xrange [-0.5:2.5]
set xtics ('none' 0, 'BatchNorm' 1, 'LayerNorm' 2)
unset key
vx(v) = v eq 'none' ? 0 : v eq 'bn' ? 1 : 2
# runs.csv: experiment, model, variant, batch_size, lr, seed, epochs, parameters, test_accuracy
run(v) = (strcol(1) eq 'curves' && strcol(2) eq model && strcol(3) eq v) ? vx(v) + 0.06 * ($6 - 3) : NaN
# summary.csv: experiment, model, variant, batch_size, lr, measure, runs, diverged, mean, sd
mean(v) = (strcol(1) eq 'curves' && strcol(2) eq model && strcol(3) eq v && strcol(6) eq 'test_accuracy') ? vx(v) + 0.35 : NaN
plot runs using (run('none')):9 with points ls 1 notitle, \
     runs using (run('bn')):9 with points ls 2 notitle, \
     runs using (run('ln')):9 with points ls 3 notitle, \
     summary using (mean('none')):9:10 with yerrorbars ls 1 pt 2 ps 1.2 notitle, \
     summary using (mean('bn')):9:10 with yerrorbars ls 2 pt 2 ps 1.2 notitle, \
     summary using (mean('ln')):9:10 with yerrorbars ls 3 pt 2 ps 1.2 notitle
unset multiplot
