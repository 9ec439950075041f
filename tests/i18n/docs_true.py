"""Docs that are true (issue 12, point 8): what CONTRIBUTING.md and README's
"Translations" section tell a translator to type names things that exist.

    docs_true.py SIDENOTES_PO SIDENOTES BUILD_DIR SOURCE_ROOT

For every command in their shell blocks and inline code:
  * `meson compile -C build T`: T is a target of the build (meson introspect);
  * `sidenotes-po SUB ...`, `sidenotes [serve] ...`: SUB is a subcommand of
    `sidenotes-po --help`, each --option one of the program's --help;
  * `./build.sh MODE`: MODE is one of build.sh's modes;
  * msgmerge, msgattrib, msgfmt, ...: the program exists, its options too;
  * `i18n ...`, `site is up to date`: a test or benchmark of the build.
Every path they name (po/..., annotated/..., build/..., tests/..., site/...)
exists. What they say of po/COMPLETE is how `sidenotes-po complete` reads
it: the documented example is accepted (every pattern matches a page, every
language is one of LINGUAS), `*` crosses folders, and the lines README says
po/COMPLETE has today are its lines.

Then the same checks run on broken copies of the docs (a renamed target,
subcommand, option, mode, path, test, a COMPLETE example that names a
folder that is not there): each must be caught, so the test cannot pass by
checking nothing.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sidenotes_po, sidenotes, build_dir, root = (os.path.abspath(a) for a in sys.argv[1:5])


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def introspect(what):
    return json.loads(run("meson", "introspect", "--" + what, build_dir).stdout)


TARGETS = {t["name"] for t in introspect("targets")}
TESTS = {t["name"] for t in introspect("tests")} | {t["name"] for t in introspect("benchmarks")}
PO_HELP = run(sidenotes_po, "--help").stdout
PO_COMMANDS = set(re.findall(r"^  ([a-z]+) [A-Z]", PO_HELP, re.M))
with open(os.path.join(root, "build.sh")) as f:
    BUILD_SH = f.read()
MODES = set()
for labels in re.findall(r"^  ([a-z|]+)\)$", BUILD_SH, re.M):
    MODES |= set(labels.split("|"))
_options = {}


def options(prog):
    """The --long and -s options a program's --help names."""
    if prog not in _options:
        text = run(prog, "--help").stdout if shutil.which(prog) or os.path.exists(prog) else ""
        _options[prog] = set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", text))
    return _options[prog]


PROGRAMS = {"sidenotes-po": sidenotes_po, "sidenotes": sidenotes}
GETTEXT = {"msgattrib", "msgcat", "msgcmp", "msgcomm", "msgconv", "msgen", "msgexec", "msgfilter",
           "msgfmt", "msggrep", "msginit", "msgmerge", "msgunfmt", "msguniq"}


def check_command(words, where, problems):
    """One command line, split into words."""
    while words and re.match(r"^[A-Z_]+=", words[0]):  # VAR=value before the command
        words = words[1:]
    if not words:
        return
    prog, args = words[0], words[1:]
    base = os.path.basename(prog)
    if prog.startswith("build/"):  # what the build made
        if not os.path.exists(os.path.join(build_dir, prog[len("build/"):])):
            problems.append("%s: `%s` is not in the build" % (where, prog))
    if base in PROGRAMS:
        real = PROGRAMS[base]
        known = options(real)
        rest = list(args)
        if base == "sidenotes-po":
            while rest and rest[0] == "-C":
                rest = rest[2:]
            if rest and not rest[0].startswith("-") and rest[0] != "...":
                if rest[0] not in PO_COMMANDS:
                    problems.append("%s: `sidenotes-po %s`: no such command (sidenotes-po --help: %s)"
                                    % (where, rest[0], ", ".join(sorted(PO_COMMANDS))))
        for a in args:
            opt = a.split("=", 1)[0]
            if opt.startswith("-") and opt not in known:
                problems.append("%s: `%s`: %s has no option %s" % (where, " ".join(words), base, opt))
    elif base == "meson":
        if args[:1] == ["compile"]:
            targets = [a for a in args[1:] if not a.startswith("-")]
            if "-C" in args:
                targets = [a for a in targets if a != args[args.index("-C") + 1]]
            for t in targets:
                if t not in TARGETS:
                    problems.append("%s: meson target `%s` does not exist" % (where, t))
    elif prog in ("./build.sh", "build.sh"):
        mode = args[0] if args else "site"
        if mode not in MODES:
            problems.append("%s: `./build.sh %s`: build.sh has the modes %s"
                            % (where, mode, ", ".join(sorted(MODES))))
    elif base in GETTEXT:
        if not shutil.which(base):
            problems.append("%s: no program `%s`" % (where, base))
            return
        for a in args:
            opt = a.split("=", 1)[0]
            if opt.startswith("-") and opt not in options(base):
                problems.append("%s: `%s`: %s has no option %s" % (where, " ".join(words), base, opt))


PATH = re.compile(r"(?<![\w/.])((?:po|annotated|tests|src|site|templates|build)/[\w./@-]*)")


def check_paths(text, where, problems):
    for m in PATH.finditer(text):
        path = m.group(1).rstrip(".")
        after = text[m.end():m.end() + 1]
        if after in ("<", "*") or "..." in path or path.endswith("/.") or after == "." and text[m.end():m.end() + 3] == "...":
            continue  # a pattern (po/<lang>/..., po/*/...), not a file
        if path.startswith("build/"):
            full = os.path.join(build_dir, path[len("build/"):])
        else:
            full = os.path.join(root, path)
        if not os.path.exists(full.rstrip("/")):
            problems.append("%s: `%s` does not exist" % (where, path))


def section(text, title):
    """The Markdown section `## title`, up to the next `## `."""
    m = re.search(r"^## %s\n(.*?)(?=^## |\Z)" % re.escape(title), text, re.M | re.S)
    return m.group(1) if m else ""


def shell_commands(block):
    """The commands of a ```sh block: continuations joined, comments off."""
    for line in block.replace("\\\n", " ").splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line:
            try:
                yield shlex.split(line)
            except ValueError:
                yield line.split()


_complete = {}


def complete(rules):
    """`sidenotes-po complete` on this project with `rules` as its RULES
    file (once per text: it extracts every template afresh)."""
    if rules not in _complete:
        with tempfile.NamedTemporaryFile("w", suffix=".COMPLETE", delete=False) as f:
            f.write(rules)
        try:
            proc = run(sidenotes_po, "-C", root, "complete", "annotated", "po", f.name)
        finally:
            os.unlink(f.name)
        _complete[rules] = (proc.stdout.replace(f.name, "RULES"), proc.stderr.replace(f.name, "RULES"))
    return _complete[rules]


def check_complete_docs(contributing, readme, problems):
    """What the docs say about po/COMPLETE against `sidenotes-po complete`."""
    sec = section(contributing, "Declaring translations complete")
    example = re.search(r"```text\n(.*?)```", sec, re.S)
    if not example:
        problems.append("CONTRIBUTING: no example of po/COMPLETE under \"Declaring translations complete\"")
        return
    _, err = complete(example.group(1))
    # A catalog behind the English is the translators' business (an
    # English-only branch has some), not the docs': only the rules count.
    for line in err.splitlines():
        if "matches no page" in line or "is not a language" in line or "cannot read" in line:
            problems.append("CONTRIBUTING's po/COMPLETE example: " + line)
    # "`*` matches across folders": one folder's pattern reaches the pages
    # of the folders inside it.
    if "`*` matches across folders" in sec:
        nested = []
        for d, _, names in os.walk(os.path.join(root, "po", "templates", "normalization")):
            nested += [n for n in names if n.endswith(".pot") and d != os.path.join(root, "po", "templates", "normalization")]
        out, err = complete("zh normalization/*\n")
        m = re.search(r"^(\d+) catalog\(s\) declared complete", out, re.M)
        if m:
            crosses = int(m.group(1)) >= len(nested) + 1
            counted = int(m.group(1))
        else:
            # Some catalogs are behind the English (an English-only branch):
            # then no count is printed, and the catalogs named among the
            # errors are only those behind. The claim is checked on main,
            # where every catalog is complete (the release suite).
            counted = len(re.findall(r"^po/zh/normalization/\S+: error: .* untranslated", err, re.M))
            crosses = True
        if not nested or not crosses:
            problems.append("CONTRIBUTING says `*` matches across folders, but `zh normalization/*` "
                            "covers %d catalog(s) (%d in subfolders): %s"
                            % (counted, len(nested), out + err))
    # README: "today `zh *`, `ja *`, `ko *`" are po/COMPLETE's lines.
    today = re.search(r"today ((?:`[^`]+`,? ?(?:and )?)+)", section(readme, "Translations"))
    with open(os.path.join(root, "po", "COMPLETE")) as f:
        lines = sorted(l.split("#")[0].strip() for l in f if l.split("#")[0].strip())
    said = sorted(re.findall(r"`([^`]+)`", today.group(1))) if today else None
    if said != lines:
        problems.append("README says po/COMPLETE is today %s; its lines are %s" % (said, lines))


def check_docs(contributing, readme):
    problems = []
    texts = {"CONTRIBUTING.md": contributing, "README.md (Translations)": section(readme, "Translations")}
    for name, text in texts.items():
        for block in re.findall(r"```sh\n(.*?)```", text, re.S):
            for words in shell_commands(block):
                check_command(words, name + " shell block", problems)
            check_paths(block, name + " shell block", problems)
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        for span in re.findall(r"`([^`\n]+)`", prose):
            where = name + " `%s`" % span
            if span.startswith(("sidenotes", "meson ", "./build.sh", "SIDENOTES_STRICT=", "build/src/")) \
                    or (span.split() or [""])[0] in GETTEXT:
                if "|" in span and span.startswith("sidenotes-po "):  # sidenotes-po a | b | c
                    for sub in span[len("sidenotes-po "):].split("|"):
                        check_command(["sidenotes-po", sub.strip()], where, problems)
                else:
                    check_command(span.split(), where, problems)
            elif re.fullmatch(r"po-[a-z]+", span):
                check_command(["meson", "compile", span], where, problems)
            elif span.startswith("i18n ") or span == "site is up to date":
                if span not in TESTS:
                    problems.append("%s: no such test or benchmark" % where)
            elif re.fullmatch(r"--[a-z-]+(?: \S+)?", span):  # an option of ours
                if span.split()[0] not in options(sidenotes) | options(sidenotes_po):
                    problems.append("%s: neither sidenotes nor sidenotes-po has it" % where)
            elif re.match(r"(?:check|complete|status) --", span):  # `check --strict`
                check_command(["sidenotes-po"] + span.split(), where, problems)
        # paths in the prose and the shell blocks, not in examples of other text
        check_paths(re.sub(r"^ *```(\w*)\n.*?^ *```", lambda m: m.group(0) if m.group(1) == "sh" else "",
                           text, flags=re.S | re.M), name, problems)
    if "build/src/sidenotes-po" in contributing + readme and not re.search(
            r"^  site\)\n(?:    .*\n)*?    ninja -C build [^\n]*src/sidenotes-po", BUILD_SH, re.M):
        problems.append("the docs say ./build.sh builds build/src/sidenotes-po; build.sh's site mode does not")
    check_complete_docs(contributing, readme, problems)
    return problems


def read(name):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        return f.read()


contributing, readme = read("CONTRIBUTING.md"), read("README.md")
problems = check_docs(contributing, readme)
if problems:
    print("FAIL: the translation docs are not true:\n" + "\n".join(problems))
    sys.exit(1)

# Broken copies: each one change, each must be caught.
BROKEN = [
    ("CONTRIBUTING", "meson compile -C build po-update\n", "meson compile -C build po-updates\n"),
    ("CONTRIBUTING", "`sidenotes-po status po [LANG...]`", "`sidenotes-po stats po [LANG...]`"),
    ("CONTRIBUTING", "`po/ko/normalization/layer_norm/layer_norm.h.po`, in a",
     "`po/ko/normalization/layernorm.h.po`, in a"),
    ("CONTRIBUTING", "ja site normalization/*", "ja site normalisation/*"),
    ("CONTRIBUTING", "(`sidenotes --min-translated N`", "(`sidenotes --min-translation N`"),
    ("CONTRIBUTING", "`./build.sh release`", "`./build.sh publish`"),
    ("CONTRIBUTING", "msgmerge --update --backup=none --previous", "msgmerge --update --backup=none --prev-msgid"),
    ("CONTRIBUTING", "`i18n complete`", "`i18n completeness`"),
    ("CONTRIBUTING", "--po po --assets build/annotated", "--po po --assets build/assets"),
    ("README", "today `zh *`, `ja *`, `ko *`", "today `zh *`, `ja site`, `ko *`"),
    ("README", "`sidenotes-po extract | update | status", "`sidenotes-po extract | merge | status"),
]
missed = []
for doc, old, new in BROKEN:
    c, r = contributing, readme
    text = c if doc == "CONTRIBUTING" else r
    if old not in text:
        missed.append("%s no longer has %r: update this test's broken copies" % (doc, old))
        continue
    if doc == "CONTRIBUTING":
        c = c.replace(old, new, 1)
    else:
        r = r.replace(old, new, 1)
    caught = check_docs(c, r)
    if not caught:
        missed.append("a copy of %s with %r for %r passed" % (doc, new, old))
    elif os.environ.get("VERBOSE"):
        print("%r: %s" % (new, caught[0]))
if missed:
    print("FAIL: the check misses broken docs:\n" + "\n".join(missed))
    sys.exit(1)
print("ok: the translation docs name only what exists; %d broken copies caught" % len(BROKEN))
