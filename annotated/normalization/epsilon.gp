# The factor that multiplies x - mu, against the row's standard deviation
# sigma (biased, divided by D): PyTorch's 1/sqrt(sigma^2 + eps), eps = 1e-5,
# and the tutorial variant's 1/(s + eps'), s = sigma sqrt(D/(D-1)) the
# unbiased standard deviation, eps' = 1e-6, for D = 768. Computed here from
# the two formulas of readme.md.
#
#   gnuplot -e 'outfile="epsilon.svg"' epsilon.gp
if (!exists("outfile")) outfile = "epsilon.svg"
set terminal svg size 640,420 dynamic enhanced font 'sans-serif,15' background rgb 'white'
set encoding utf8
set output outfile
set border 3 lw 1 lc rgb '#444444'
set tics nomirror textcolor rgb '#333333'
set grid lc rgb '#e3e3e3' lw 1
set key bottom left opaque box lc rgb '#dddddd'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set xrange [1e-8:10]
set yrange [0.05:2e6]
set samples 400
set xlabel 'standard deviation of the row, σ'
set ylabel 'factor applied to x − μ'
D = 768.0
eps = 1e-5
eps2 = 1e-6
ours(s) = 1.0 / sqrt(s*s + eps)
variant(s) = 1.0 / (s * sqrt(D / (D - 1)) + eps2)
plot ours(x) w l lw 2.5 lc rgb '#3b7dd8' t '1/√(σ^2 + 10^{-5})   PyTorch, ours', \
     variant(x) w l lw 2.5 dt 2 lc rgb '#e8772e' t '1/(s + 10^{-6})   x.std() + eps'
