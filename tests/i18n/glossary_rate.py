"""The glossary notes' false-positive rate on the committed catalogs
(./build.sh bench; issue 12, point 5): runs `sidenotes-po check`, and counts
its notes against tests/i18n/glossary_judged.tsv, where each note was judged
by reading the English and the translation. Notes not judged yet are
listed, to be judged and added.

    glossary_rate.py SIDENOTES_PO PROJECT_ROOT
"""
import os
import re
import subprocess
import sys

tool, root = sys.argv[1], sys.argv[2]
judged = {}
with open(os.path.join(root, "tests/i18n/glossary_judged.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        label, where, term = line.rstrip("\n").split("\t")
        judged[(where, term)] = label
out = subprocess.run([tool, "-C", root, "check", "annotated", "po"], capture_output=True,
                     text=True).stdout
counts = {"TP": 0, "FP": 0}
unjudged = []
for m in re.finditer(r"^note: (\S+?:\d+): glossary \([^)]*\): (.*)$", out, re.M):
    for term in re.findall(r"“([^”]*)” is “", m.group(2)):
        label = judged.get((m.group(1), term))
        if label:
            counts[label] += 1
        else:
            unjudged.append("%s %s" % (m.group(1), term))
accepted = 0
for d, _, files in os.walk(os.path.join(root, "po")):
    for f in files:
        if f.endswith(".po"):
            with open(os.path.join(d, f), encoding="utf-8") as c:
                accepted += sum(1 for l in c if l.startswith("# glossary:"))
total = counts["TP"] + counts["FP"]
print("glossary notes on the committed catalogs: %d judged (%d right, %d false), %d not judged"
      % (total, counts["TP"], counts["FP"], len(unjudged)))
if total:
    print("false positives: %.0f%% (aim: at most 10%%)" % (100.0 * counts["FP"] / total))
print("deviations accepted by translator comments (# glossary: TERM): %d" % accepted)
for u in unjudged[:20]:
    print("not judged:", u)
