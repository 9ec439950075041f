"""The man pages say what --help says: the same options, the same
subcommands, the same defaults.

    man_matches_help.py SIDENOTES SIDENOTES_1 SIDENOTES_PO SIDENOTES_PO_1

For each program: every option of --help (`-o`, `--po`, ...) is documented
in the man page's OPTIONS, and every option the man page documents is in
--help; every default value --help gives appears in the man page; for
sidenotes-po every command of --help has its entry in COMMANDS, and back.
"""
import re
import subprocess
import sys

import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator"))
import harness  # noqa: E402


def help_text(program):
    proc = subprocess.run([program, "--help"], capture_output=True, text=True)
    if proc.returncode != 0:
        harness.fail("%s --help exited with %d" % (program, proc.returncode))
    return proc.stdout


def roff_text(path):
    """The man page's text: fonts, escapes and requests dropped; each
    entry term (.PP then a bold line) kept on its own line."""
    text = harness.read(path).decode()
    text = text.replace("\\-", "-").replace("\\(aq", "'").replace("\\e", "\\")
    text = re.sub(r"\\f[BIRP]", "", text).replace("\\&", "")
    return text


def section(text, name):
    m = re.search(r"^\.SH %s\n(.*?)(?=^\.SH |\Z)" % name, text, re.S | re.M)
    return m.group(1) if m else ""


def help_options(text):
    """Options defined by --help: the ones at the start of its option lines."""
    found = set()
    for line in text.splitlines():
        m = re.match(r"^  (-\w)?(?:, )?(--[a-z][\w-]*)?(?=[ =]| *$)", line)
        if m and (m.group(1) or m.group(2)):
            found.update(x for x in m.groups() if x)
    return found


def man_options(options_section):
    """Options the OPTIONS section defines: the entry terms (the line
    before an indented block, `.RS`)."""
    found = set()
    for term in re.findall(r"^(.*)\n\.RS ", options_section, re.M):
        found.update(re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", term))
    return found


def defaults(text):
    """The defaults --help names: "(default: X)" or "(default X; ...)"."""
    flat = re.sub(r"\s+", " ", text)
    return {d.strip() for d in re.findall(r"\(default:? ([^;)]+)", flat)}


problems = []
sidenotes, sidenotes_1, po, po_1 = sys.argv[1:5]
for program, page in ((sidenotes, sidenotes_1), (po, po_1)):
    name = os.path.basename(program)
    helptext, man = help_text(program), roff_text(page)
    opts_man = man_options(section(man, "OPTIONS"))
    opts_help = help_options(helptext)
    for o in sorted(opts_help - opts_man):
        problems.append("%s: %s is in --help but not in the man page's OPTIONS" % (name, o))
    for o in sorted(opts_man - opts_help):
        problems.append("%s: the man page documents %s, which --help does not have" % (name, o))
    flat_man = re.sub(r"\s+", " ", man)
    for d in sorted(defaults(helptext)):
        if d not in flat_man:
            problems.append("%s: --help's default `%s` is not in the man page" % (name, d))
    if len(opts_help) < 3:
        problems.append("%s: only %d options found in --help: %r" % (name, len(opts_help), opts_help))

# sidenotes-po's commands: the words that start a command line of --help.
helptext, man = help_text(po), roff_text(po_1)
cmds_help = set(re.findall(r"^  ([a-z]+) ", helptext.split("commands:", 1)[-1], re.M))
cmds_man = set(re.findall(r"^([a-z]+)\b.*\n\.RS ", section(man, "COMMANDS"), re.M))
for c in sorted(cmds_help ^ cmds_man):
    problems.append("sidenotes-po: command %s is in %s only" % (c, "--help" if c in cmds_help else "the man page"))
if len(cmds_help) < 5:
    problems.append("sidenotes-po: only %d commands found in --help" % len(cmds_help))
if problems:
    harness.fail("\n".join(problems))
print("man pages match --help: %d and %d options, %d commands"
      % (len(help_options(help_text(sidenotes))), len(help_options(helptext)), len(cmds_help)))
