# After training with batches of 64: the test set evaluated in batches of 2
# to 128. Top: BatchNorm with each test batch's statistics (dots: seeds, line:
# mean) against its running statistics (dashed, mean). Bottom: the share of
# predictions that change when the same test set is batched in another order,
# BatchNorm and LayerNorm.
# gnuplot -e "dir='PLOTS'; results='DIR'; out='bn_inference.svg'" bn_inference.gp
load dir.'/style.gp'
set output out
f = results.'/batching.csv'
summary = results.'/summary.csv'
set multiplot layout 2,1 title 'Models trained with batches of 64, a dot per seed'
set logscale x 2
set xtics (2, 8, 32, 128)
set xrange [1.6:160]
set xlabel 'test batch size'
set ylabel 'test accuracy'
set format y '%.2f'
set key bottom right
# batching.csv: experiment, model, variant, train_batch, seed, eval_batch, test_accuracy, changed
pick(m, v) = (strcol(1) eq 'curves' && strcol(2) eq m && strcol(3) eq v) ? $6 : NaN
stats summary using (strcol(1) eq 'curves' && strcol(2) eq 'mlp' && strcol(3) eq 'bn' && strcol(6) eq 'test_accuracy' ? $9 : NaN) nooutput name 'MLP'
stats summary using (strcol(1) eq 'curves' && strcol(2) eq 'cnn' && strcol(3) eq 'bn' && strcol(6) eq 'test_accuracy' ? $9 : NaN) nooutput name 'CNN'
plot f using (pick('mlp', 'bn')):7 smooth unique with lines ls 6 title 'MLP, batch statistics', \
     f using (pick('mlp', 'bn')):7 with points ls 6 notitle, \
     MLP_max with lines ls 8 title 'MLP, running statistics', \
     f using (pick('cnn', 'bn')):7 smooth unique with lines ls 7 title 'CNN, batch statistics', \
     f using (pick('cnn', 'bn')):7 with points ls 7 notitle, \
     CNN_max with lines ls 9 title 'CNN, running statistics'
set ylabel 'predictions changed (%)'
set format y '%g'
set key top right
set yrange [0:*]
plot f using (pick('mlp', 'bn')):($8 * 100) smooth unique with lines ls 6 title 'MLP, BatchNorm', \
     f using (pick('mlp', 'bn')):($8 * 100) with points ls 6 notitle, \
     f using (pick('cnn', 'bn')):($8 * 100) smooth unique with lines ls 7 title 'CNN, BatchNorm', \
     f using (pick('cnn', 'bn')):($8 * 100) with points ls 7 notitle, \
     f using (pick('mlp', 'ln')):($8 * 100) with points ls 3 title 'MLP and CNN, LayerNorm', \
     f using (pick('cnn', 'ln')):($8 * 100) with points ls 3 notitle
unset multiplot
