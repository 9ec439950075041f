"""Bad input: each case must fail with a clear "file:line[:col]: error:"
message and a non-zero exit, and leave the previous output exactly as it
was (same files, same bytes, same times).

    bad_input.py SIDENOTES CASE
"""
import os
import re
import stat
import sys

import harness

sidenotes, case = sys.argv[1], sys.argv[2]


GOOD_C = "// # Good\n//\n// Math $x^2$.\nint x;\n"


def fake_interpreter(tmp, name, body):
    path = os.path.join(tmp, name)
    harness.write(path, "#!/bin/sh\n" + body)
    os.chmod(path, 0o755)
    return path


# Each case: (how to break the sources, extra options, expected message).
def unterminated_comment(src, tmp):
    harness.write(os.path.join(src, "a.c"), "int a;\n\n  /* never closed\nint b;\n")
    return [], r"/src/a\.c:3:3: error: unterminated comment$"


def invalid_utf8(src, tmp):
    harness.write(os.path.join(src, "notes.md"), b"# Notes\n\nab\xe9c\n")
    return ["--strict"], r"/src/notes\.md:3:3: error: not UTF-8"


def katex_error(src, tmp):
    # A warning (the formula shown as written); --strict makes it an error.
    harness.write(os.path.join(src, "a.c"), GOOD_C + "\n// Broken: $\\frac{1}{$ here.\nint y;\n")
    return ["--strict"], r"/src/a\.c:6:12: error: KaTeX parse error: .*"


def unclosed_display_math(src, tmp):
    harness.write(os.path.join(src, "notes.md"), "Fine $a$.\n\n$$x = 1\n")
    return ["--strict"], r"/src/notes\.md:3:1: error: display math `\$\$` is never closed"


def unknown_template_variable(src, tmp):
    harness.write(os.path.join(tmp, "tpl", "section.html"),
                  "<section id=\"section-{{n}}\">\n  {{notes}} {{cod}}\n</section>\n")
    return ["--templates", os.path.join(tmp, "tpl")], \
        r"/tpl/section\.html:2:13: error: unknown template variable `cod`"


def unreadable_file(src, tmp):
    os.symlink(os.path.join(tmp, "gone.c"), os.path.join(src, "link.c"))
    return [], r"/src/link\.c: error: cannot read: No such file or directory$"


def output_escapes(src, tmp):
    # OUT/sub is a link to a folder outside OUT: writing sub/x.c.html
    # through it would put a file outside the output folder.
    outside = os.path.join(tmp, "outside")
    os.makedirs(outside)
    os.symlink(outside, os.path.join(tmp, "out", "sub"))
    harness.write(os.path.join(src, "sub", "x.c"), GOOD_C)
    return [], (r"/out/sub/(index|x\.c)\.html: error: output path would leave the output folder "
                r"\(.*/out/sub leads to .*/outside\)$")


def dying_worker(src, tmp):
    # A "node" that says hello like the KaTeX worker, then is killed.
    node = fake_interpreter(tmp, "node", 'echo \'{"version":"0","lib":"/dev/null"}\'\nkill -9 $$\n')
    harness.write(os.path.join(src, "a.c"), GOOD_C.replace("x^2", "x^3"))
    return ["--node", node], r"^sidenotes: error: the KaTeX worker died \(killed by signal 9, Killed\)$"


def missing_worker(src, tmp):
    # C is highlighted by the generator itself (c_highlight.h); Python code
    # needs the Pygments worker.
    harness.write(os.path.join(src, "b.py"), "# A note.\nx = 1\n")
    return ["--python", os.path.join(tmp, "no-such-python")], \
        r"^sidenotes: error: cannot start the Pygments worker \(.*no-such-python\): No such file or directory$"


def bad_front_matter(src, tmp):
    harness.write(os.path.join(src, "a.c"), "// ---\n// title: A\n// sumary: typo\n// ---\nint a;\n")
    return [], r"/src/a\.c:3: error: unknown front matter key `sumary`"


cases = {f.__name__.replace("_", "-"): f for f in (
    unterminated_comment, invalid_utf8, katex_error, unclosed_display_math,
    unknown_template_variable, unreadable_file, output_escapes, dying_worker, missing_worker,
    bad_front_matter)}

with harness.Scratch() as tmp:
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "a.c"), GOOD_C)
    harness.write(os.path.join(src, "readme.md"), "# Home\n\nSee [a](a.c).\n")
    # A good build first; its output must survive the bad one. No cache, so
    # every run starts the workers (a cached result would hide a bad one).
    harness.run(sidenotes, src, "-o", out, "--no-cache")
    before = harness.snapshot(out)
    options, pattern = cases[case](src, tmp)
    proc = harness.run(sidenotes, src, "-o", out, "--no-cache", *options, expect=None)
    if proc.returncode == 0:
        harness.fail("a build with %s succeeded:\n%s" % (case, proc.stdout))
    if proc.returncode < 0:
        harness.fail("sidenotes crashed (signal %d):\n%s" % (-proc.returncode, proc.stderr))
    message = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    if not re.search(pattern, message):
        harness.fail("the error message\n  %s\ndoes not match\n  %s" % (message, pattern))
    if harness.snapshot(out) != before:
        harness.fail("the failed build changed the previous output")
    if case == "output-escapes" and os.listdir(os.path.join(tmp, "outside")):
        harness.fail("a file was written outside the output folder")
print("ok: %s: %s" % (case, message))
