"""Catalogs saved by translators' editors (issue 12, point 8: "translate with
Weblate or Poedit, tried as written").

    editors.py SIDENOTES_PO SOURCE_ROOT [poedit]

On a copy of po/:
  * translate-toolkit, the library Weblate reads and writes PO files with:
    every catalog loaded, every translation set anew (what an edit does)
    and saved. `sidenotes-po check` still passes, and so does the canonical
    form up to line wrapping (test_po_files.sh form-wrap); the strict form
    does not (translate-toolkit wraps CJK text elsewhere than msgmerge: the
    count is printed), and `sidenotes-po update` brings every catalog back
    byte for byte.
  * with `poedit`: Poedit, driven under Xvfb (xvfb-run, xdotool) with the
    settings CONTRIBUTING.md gives (no MO file on save), opens a Japanese
    catalog, one translation gets a character typed at its end, Ctrl+S. The
    file is in msgmerge's form (msgcat leaves it unchanged), no .mo is
    written, `sidenotes-po check` passes, and what differs from the
    original is the edit and the header fields Poedit sets
    (PO-Revision-Date, X-Generator, an empty POT-Creation-Date).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sidenotes_po, root = sys.argv[1], os.path.abspath(sys.argv[2])
with_poedit = "poedit" in sys.argv[3:]
here = os.path.dirname(os.path.abspath(__file__))
problems = []


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def catalogs(po):
    return sorted(os.path.relpath(os.path.join(d, n), po) for d, _, names in os.walk(po)
                  for n in names if n.endswith(".po") and "/templates/" not in d + "/")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check(po, who):
    proc = run(sidenotes_po, "-C", root, "check", "annotated", po)
    if proc.returncode != 0 or ": error:" in proc.stderr:
        problems.append("%s: sidenotes-po check fails:\n%s" % (who, proc.stderr[-2000:]))


with tempfile.TemporaryDirectory() as tmp:
    po = os.path.join(tmp, "po")
    shutil.copytree(os.path.join(root, "po"), po)
    names = catalogs(po)
    # translate-toolkit, as Weblate saves a catalog after an edit
    from translate.storage import po as tt_po
    for name in names:
        path = os.path.join(po, name)
        with open(path, "rb") as f:
            store = tt_po.pofile(f)
        for unit in store.units:
            if not unit.isheader() and unit.target:
                text = unit.target
                unit.target = ""
                unit.target = text
        with open(path, "wb") as f:
            store.serialize(f)
    rewrapped = [n for n in names if read(os.path.join(po, n)) != read(os.path.join(root, "po", n))]
    check(po, "after translate-toolkit's save")
    form = run("sh", os.path.join(here, "test_po_files.sh"), "form-wrap", po)
    if form.returncode != 0:
        problems.append("after translate-toolkit's save, not canonical up to wrapping:\n" + form.stderr[-2000:])
    update = run(sidenotes_po, "-C", root, "update", "annotated", po)
    if update.returncode != 0:
        problems.append("sidenotes-po update failed:\n" + update.stderr[-2000:])
    back = [n for n in names if read(os.path.join(po, n)) != read(os.path.join(root, "po", n))]
    if back:
        problems.append("sidenotes-po update did not bring back byte for byte: %s" % ", ".join(back[:5]))
    print("translate-toolkit: %d of %d catalogs saved with other line breaks; sidenotes-po update "
          "brought %d back byte for byte" % (len(rewrapped), len(names), len(rewrapped) - len(back)))

    if with_poedit:
        name = "ja/experiments/dataset.h.po"
        path = os.path.join(po, name)
        original = read(path)
        home = os.path.join(tmp, "home")
        os.makedirs(os.path.join(home, ".config", "poedit"))
        # CONTRIBUTING: Preferences → General → "Automatically compile MO
        # file when saving" off (its key in Poedit's configuration file)
        with open(os.path.join(home, ".config", "poedit", "config"), "w") as f:
            f.write("compile_mo=0\n")
        # Poedit's window at 1280x900 in a fresh profile: the third message's
        # row, then its translation's text.
        script = os.path.join(tmp, "drive.sh")
        with open(script, "w") as f:
            f.write("""#!/bin/sh
poedit "$1" >"$HOME/poedit.log" 2>&1 &
P=$!
xdotool search --sync --name "dataset.h.po" >/dev/null
sleep 3
xdotool mousemove 170 151 click 1; sleep 1
xdotool mousemove 300 600 click 1; sleep 1
xdotool key ctrl+End; sleep 0.5
xdotool type --delay 200 x; sleep 1
xdotool key ctrl+s
for i in $(seq 60); do cmp -s "$1" "$2" || break; sleep 0.5; done
sleep 1
kill $P
""")
        saved = os.path.join(tmp, "before.po")
        with open(saved, "wb") as f:
            f.write(original)
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_DATA_HOME=os.path.join(home, ".local", "share"), NO_AT_BRIDGE="1")
        proc = run("timeout", "120", "xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "sh", script, path, saved,
                   env=env)
        after = read(path)
        if after == original:
            problems.append("Poedit did not save %s (xvfb-run exit %d): %s" % (name, proc.returncode, proc.stderr[-500:]))
        else:
            old = original.decode().splitlines()
            new = after.decode().splitlines()
            removed = [l for l in old if l not in new]
            added = [l for l in new if l not in old]
            header = re.compile(r'^"(PO-Revision-Date|X-Generator|POT-Creation-Date): .*\\n"$')
            edit = [l for l in added if not header.match(l)]
            if len(edit) != 1 or not edit[0].endswith('x"') or \
                    [l for l in removed if not header.match(l)] != [edit[0][:-2] + '"']:
                problems.append("Poedit's save differs by more than the edit and its header fields:\n-%s\n+%s"
                                % ("\n-".join(removed), "\n+".join(added)))
            canon = os.path.join(tmp, "canon.po")
            run("msgcat", "--force-po", "-o", canon, path)
            if read(canon) != after:
                problems.append("Poedit's save is not in msgmerge's form: %s" %
                                run("diff", path, canon).stdout[:1000])
            if os.path.exists(path[:-3] + ".mo"):
                problems.append("Poedit wrote %s.mo with compile_mo=0" % name[:-3])
            check(po, "after Poedit's save")
            print("Poedit: saved %s in msgmerge's form; besides the edit it changed %s"
                  % (name, ", ".join(sorted({header.match(l).group(1) for l in added if header.match(l)}))))
    if not rewrapped:
        problems.append("translate-toolkit rewrapped nothing: the trial tried nothing")

if problems:
    print("FAIL:\n" + "\n".join(problems))
    sys.exit(1)
print("ok")
