#!/bin/sh
# Run the checks.
#
# Exits non-zero when one fails.
set -e

# First the unit tests,
meson test -C build
# then the site.
./build.sh
