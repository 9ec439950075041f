# MLP, SGD with momentum 0.9, one pass over 10,000 training images, by
# learning rate, none / BN / LN, 5
# seeds. Dots: seeds; lines: means, drawn only where no run diverged (a mean
# of the runs that survived would read as all five); runs whose loss became
# infinite or NaN are left out (the table counts them).
# gnuplot -e "dir='PLOTS'; results='DIR'; out='lr_sweep.svg'" lr_sweep.gp
load dir.'/style.gp'
set terminal svg size 640,460 dynamic enhanced font 'sans-serif,17' background rgb 'white'
set output out
runs = results.'/runs.csv'
summary = results.'/summary.csv'
set title 'MLP, SGD with momentum, 10,000 images, 5 seeds'
set logscale x 10
set xtics (0.01, 0.03, 0.1, 0.3, 1)
set xrange [0.007:1.4]
set xlabel 'learning rate'
set ylabel 'test accuracy'
set format y '%.2f'
set key bottom left
off(v) = v eq 'none' ? 0.92 : v eq 'bn' ? 1.0 : 1.08
run(v) = (strcol(1) eq 'lr' && strcol(3) eq v) ? $5 * off(v) : NaN
mean(v) = (strcol(1) eq 'lr' && strcol(3) eq v && strcol(6) eq 'test_accuracy' && $8 == 0) ? $5 * off(v) : NaN
plot summary using (mean('none')):9 smooth unique with lines ls 1 title 'none', \
     summary using (mean('bn')):9 smooth unique with lines ls 2 title 'BatchNorm', \
     summary using (mean('ln')):9 smooth unique with lines ls 3 title 'LayerNorm', \
     runs using (run('none')):9 with points ls 1 notitle, \
     runs using (run('bn')):9 with points ls 2 notitle, \
     runs using (run('ln')):9 with points ls 3 notitle
