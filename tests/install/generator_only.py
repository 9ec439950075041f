"""A generator-only build (-Dgenerator_only=true) on a machine without
OpenBLAS, gnuplot, chromium or npm, simulated: meson and the tests run with
a PATH that has every program of /usr/bin but those, and a pkg-config that
knows every package but the BLAS ones. It must configure, build, and pass
its tests (the generator's, the translation tools', serve's, install's),
and must not have configured anything of annotated/ only (OpenMP, BLAS,
the data set's tests, gnuplot's plots). zlib is the generator's too: it
deflates the search index's text (src/gen/search.c).

    generator_only.py SOURCE_ROOT
"""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "generator"))
import harness  # noqa: E402

source = os.path.abspath(sys.argv[1])
ABSENT_PROGRAMS = ("gnuplot", "chromium", "npm", "npx")
ABSENT_PACKAGES = ("openblas", "blas", "cblas", "lapack")

with harness.Scratch() as tmp:
    bindir, pcdir, build = (os.path.join(tmp, d) for d in ("bin", "pkgconfig", "build"))
    os.makedirs(bindir)
    os.makedirs(pcdir)
    for d in ("/usr/local/bin", "/usr/bin", "/bin"):
        for path in glob.glob(d + "/*"):
            name = os.path.basename(path)
            if name.startswith(ABSENT_PROGRAMS) or os.path.lexists(os.path.join(bindir, name)):
                continue
            os.symlink(path, os.path.join(bindir, name))
    for d in ("/usr/lib/x86_64-linux-gnu/pkgconfig", "/usr/lib/pkgconfig", "/usr/share/pkgconfig"):
        for path in glob.glob(d + "/*.pc"):
            name = os.path.basename(path)
            if name[:-3].startswith(ABSENT_PACKAGES) or os.path.lexists(os.path.join(pcdir, name)):
                continue
            os.symlink(path, os.path.join(pcdir, name))
    env = dict(os.environ, PATH=bindir, PKG_CONFIG_LIBDIR=pcdir, PKG_CONFIG_PATH="")
    for prog in ABSENT_PROGRAMS:
        if shutil.which(prog, path=bindir):
            harness.fail("the simulated PATH still has " + prog)
    if subprocess.run(["pkg-config", "--exists", "openblas"], env=env).returncode == 0:
        harness.fail("the simulated pkg-config still finds openblas")

    def run(*cmd, timeout=900):
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
        if proc.returncode != 0:
            harness.fail("%s exited with %d\n%s\n%s" % (" ".join(cmd), proc.returncode,
                                                       proc.stdout[-6000:], proc.stderr[-3000:]))
        return proc.stdout

    run("meson", "setup", "-Dgenerator_only=true", build, source)
    deps = {d["name"] for d in json.loads(run("meson", "introspect", "--dependencies", build))}
    for unwanted in ("openblas", "openmp"):
        if unwanted in deps:
            harness.fail("a generator-only build still configures " + unwanted)
    if "zlib" not in deps:
        harness.fail("a generator-only build lacks zlib, which the search index needs")
    tests = [t["name"] for t in json.loads(run("meson", "introspect", "--tests", build))]
    for t in tests:
        # The tests of our own site and libraries; `site rule, ...` tests
        # are the generator's own, on fixtures, and stay.
        if t.startswith(("experiments", "normalization", "layer_norm", "batch_norm", "browser",
                         "site is up to date", "site links")):
            harness.fail("a generator-only build still has the test " + t)
    out = run("meson", "test", "-C", build, "--print-errorlogs", "--num-processes", "2")
    print("generator-only build without %s: configured (dependencies: %s) and passed its %d tests"
          % (", ".join(ABSENT_PROGRAMS + ABSENT_PACKAGES), ", ".join(sorted(deps)), len(tests)))
    print(out.strip().splitlines()[-8] if out.strip() else "")
