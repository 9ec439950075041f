# BatchNorm at inference: accuracy with the statistics of the test batch, by
# test batch size, against the running statistics (dashed); and how many
# predictions change when the same images are batched differently.
# gnuplot -e "results='DIR'; out='bn_inference.svg'" bn_inference.gp
load dir.'/style.gp'
set output out
f = results.'/bn_inference.csv'
set multiplot layout 2,1 title 'BatchNorm models trained with batches of 64'
set logscale x 2
set xtics (2, 8, 32, 128)
set xrange [1.6:160]
set xlabel 'test batch size'
set ylabel 'test accuracy'
set format y '%.2f'
set key bottom right
batch(m) = (strcol(1) eq m && $2 == 64 && strcol(3) eq 'batch') ? $4 : NaN
stats f using (strcol(1) eq 'mlp' && $2 == 64 && strcol(3) eq 'running' ? $5 : NaN) nooutput name 'MLP'
stats f using (strcol(1) eq 'cnn' && $2 == 64 && strcol(3) eq 'running' ? $5 : NaN) nooutput name 'CNN'
plot f using (batch('mlp')):5 smooth unique with linespoints ls 6 title 'MLP, batch statistics', \
     MLP_max with lines ls 8 title 'MLP, running statistics', \
     f using (batch('cnn')):5 smooth unique with linespoints ls 7 title 'CNN, batch statistics', \
     CNN_max with lines ls 9 title 'CNN, running statistics'
set xrange [1.6:160]
set ylabel 'predictions changed (%)'
set format y '%g'
set key top right
set yrange [0:*]
plot f using (batch('mlp')):($6 * 100) smooth unique with linespoints ls 6 title 'MLP', \
     f using (batch('cnn')):($6 * 100) smooth unique with linespoints ls 7 title 'CNN'
unset multiplot
