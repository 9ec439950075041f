"""`meson install --destdir`: the files land where a package would put them,
and they work from there, with nothing from the build tree.

    install_check.py BUILD_ROOT [--generator-only]

  - sidenotes and sidenotes-po in bin/, answering --version; their man pages
    in share/man/man1/; the libclang module in LIBDIR/sidenotes/;
  - (full build) liblayer_norm and libbatch_norm, shared and static, their
    headers and pkg-config files; a program compiled and linked with only
    `pkg-config --cflags --libs layer_norm batch_norm` from the staged tree
    runs and normalises;
  - the installed sidenotes, run from elsewhere with no RUNPATH into the
    build tree, renders the `basic` fixture exactly as golden/basic says.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "generator"))
import harness  # noqa: E402

build = os.path.abspath(sys.argv[1])
generator_only = "--generator-only" in sys.argv


def run(*cmd, env=None, cwd=None):
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    if proc.returncode != 0:
        harness.fail("%s exited with %d\n%s%s" % (" ".join(cmd), proc.returncode, proc.stdout, proc.stderr))
    return proc.stdout


options = {o["name"]: o["value"] for o in json.loads(run("meson", "introspect", "--buildoptions", build))}
prefix, bindir, libdir = options["prefix"], options["bindir"], options["libdir"]
mandir, includedir = options["mandir"], options["includedir"]
version = json.loads(run("meson", "introspect", "--projectinfo", build))["version"]

with harness.Scratch() as tmp:
    dest = os.path.join(tmp, "dest")
    run("meson", "install", "-C", build, "--no-rebuild", "--quiet", "--destdir", dest)

    def staged(*parts):
        return os.path.join(dest + prefix, *parts)

    expected = [staged(bindir, "sidenotes"), staged(bindir, "sidenotes-po"),
                staged(mandir, "man1", "sidenotes.1"), staged(mandir, "man1", "sidenotes-po.1"),
                # the libclang module the installed sidenotes loads (basic's
                # calc.c is linked only if it finds it)
                staged(libdir, "sidenotes", "sidenotes-clang.so")]
    if not generator_only:
        for lib in ("layer_norm", "batch_norm"):
            expected += [staged(includedir, lib + ".h"), staged(libdir, "lib%s.a" % lib),
                         staged(libdir, "lib%s.so" % lib), staged(libdir, "lib%s.so.%s" % (lib, version)),
                         staged(libdir, "pkgconfig", lib + ".pc")]
    missing = [p for p in expected if not os.path.exists(p)]
    if missing:
        harness.fail("not installed:\n  " + "\n  ".join(missing))
    for name in ("sidenotes", "sidenotes-po"):
        out = run(staged(bindir, name), "--version")
        if out.strip() != "%s %s" % (name, version):
            harness.fail("%s --version says %r, expected %r" % (name, out, "%s %s" % (name, version)))
        dynamic = run("readelf", "-d", staged(bindir, name))
        if build in dynamic or "RUNPATH" in dynamic or "RPATH" in dynamic:
            harness.fail("installed %s still has a run path:\n%s" % (name, dynamic))
    for page in ("sidenotes.1", "sidenotes-po.1"):
        roff = harness.read(staged(mandir, "man1", page)).decode()
        if not roff.startswith(".") or ".SH" not in roff:
            harness.fail("%s is not a rendered man page" % page)

    # The installed generator, run from the scratch folder with a bare
    # environment: the same pages as the golden test expects.
    env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8"}
    out = os.path.join(tmp, "out")
    proc = subprocess.run([staged(bindir, "sidenotes"), os.path.join(harness.FIXTURES, "basic"),
                           "-o", out, "--no-cache", "-q", "--xref"],
                          capture_output=True, text=True, env=env, cwd=tmp)
    if proc.returncode != 0:
        harness.fail("the installed sidenotes failed:\n" + proc.stderr)
    harness.fold_inline_css(out)
    problems = harness.tree_differences(out, os.path.join(harness.HERE, "golden", "basic"),
                                        skip=("static/", ".sidenotes-manifest"))
    if problems:
        harness.fail("the installed sidenotes renders basic differently:\n  " + "\n  ".join(problems))

    if not generator_only:
        # Another project linking the libraries through pkg-config alone.
        prog = os.path.join(tmp, "use.c")
        harness.write(prog, r'''#include <layer_norm.h>
#include <batch_norm.h>
#include <math.h>
#include <stdio.h>
int main(void)
{
    float x[8] = {1, 2, 3, 4, -1, 0, 1, 2}, y[8];
    const char *msg = NULL;
    if (layer_norm_forward(y, NULL, NULL, x, NULL, NULL, 2, 4, 1e-5f, &msg) != LAYER_NORM_OK) {
        fprintf(stderr, "layer_norm_forward: %s\n", msg);
        return 1;
    }
    for (int r = 0; r < 2; r++) {
        float mean = 0, var = 0;
        for (int i = 0; i < 4; i++) mean += y[4 * r + i] / 4;
        for (int i = 0; i < 4; i++) var += (y[4 * r + i] - mean) * (y[4 * r + i] - mean) / 4;
        if (fabsf(mean) > 1e-6f || fabsf(var - 1) > 1e-4f) return 1;
    }
    batch_norm_state st;
    if (batch_norm_state_init(&st, 4, NULL, NULL, &msg) != BATCH_NORM_OK) {
        fprintf(stderr, "batch_norm_state_init: %s\n", msg);
        return 1;
    }
    st.affine = false; /* no gain and bias */
    if (batch_norm_forward(&st, y, NULL, NULL, x, NULL, NULL, 2, 1, true, &msg) != BATCH_NORM_OK) {
        fprintf(stderr, "batch_norm_forward: %s\n", msg);
        return 1;
    }
    /* each channel has two values a, b: normalised to -1 and +1 (up to eps) */
    for (int c = 0; c < 4; c++)
        if (fabsf(y[c] + y[4 + c]) > 1e-5f || fabsf(fabsf(y[c]) - 1) > 1e-3f) return 1;
    puts("ok");
    return 0;
}
''')
        pc_env = dict(os.environ, PKG_CONFIG_SYSROOT_DIR=dest,
                      PKG_CONFIG_LIBDIR=staged(libdir, "pkgconfig"))
        flags = run("pkg-config", "--cflags", "--libs", "layer_norm", "batch_norm", env=pc_env).split()
        exe = os.path.join(tmp, "use")
        # A sanitizer build's libraries need the sanitizer's runtime.
        sanitize = options.get("b_sanitize", "none")
        san = ["-fsanitize=" + sanitize] if sanitize not in ("none", "") else []
        run("cc", "-std=c11", "-Wall", "-Werror", *san, prog, "-o", exe, *flags, "-lm")
        got = run(exe, env=dict(os.environ, LD_LIBRARY_PATH=staged(libdir)))
        if got.strip() != "ok":
            harness.fail("the program linked against the installed libraries said %r" % got)
        if "liblayer_norm.so" not in run("ldd", exe, env=dict(os.environ, LD_LIBRARY_PATH=staged(libdir))):
            harness.fail("the program did not link the shared liblayer_norm")
    print("installed: %d files checked; the installed sidenotes renders basic as golden/basic%s"
          % (len(expected), "" if generator_only else "; a program links the libraries via pkg-config"))
