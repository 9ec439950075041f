#!/usr/bin/python3
"""The error messages that the documentation quotes are the ones the code returns.

    doc_messages.py ROOT

Collects every message the normalization libraries can return: string
literals of the form "layer_norm_...: ..." or "batch_norm_...: ...", and the
messages that batch_norm.c builds with CHECK_MESSAGES("name") from the
fragments `fn ": ..."` of that macro. Then it finds every such quoted
message in the notes (comments of the headers and sources, the .md pages of
annotated/normalization, README.md, doc/measurements.md) and fails, naming
file and line, for any that the code cannot return. In Markdown a quote may
be wrapped over lines (not over a blank line); its line breaks are spaces.
"""
import pathlib
import re
import sys

QUOTED = re.compile(r'"((?:layer|batch)_norm_\w+: [^"]+)"')
WRAPPED = re.compile(r'"((?:layer|batch)_norm_\w+: (?:[^"\n]|\n(?![ \t]*\n))+)"')


def code_messages(root):
    found = set()
    for src in sorted((root / "annotated/normalization").rglob("*.c")):
        text = src.read_text()
        found.update(QUOTED.findall(text))
        macro = re.search(r"#define CHECK_MESSAGES\(fn\)(.*?)\n\s*\}\s*\n", text, re.S)
        if macro:
            fragments = re.findall(r'fn\s*"([^"]*)"', macro.group(1))
            for name in re.findall(r'CHECK_MESSAGES\("(\w+)"\)', text):
                found.update(name + f for f in fragments)
    return found


def quoted_in_notes(root):
    files = sorted((root / "annotated/normalization").rglob("*.[ch]"))
    files += sorted((root / "annotated/normalization").rglob("*.md"))
    files += [root / "README.md", root / "doc/measurements.md"]
    for path in files:
        if path.suffix == ".md":
            text = path.read_text()
            for m in WRAPPED.finditer(text):
                message = re.sub(r"\s+", " ", m.group(1))
                yield path.relative_to(root), text.count("\n", 0, m.start()) + 1, message
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if "//" not in line:
                continue
            line = line[line.index("//"):]
            for message in QUOTED.findall(line):
                yield path.relative_to(root), number, message


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    known = code_messages(root)
    if len(known) < 10:
        print(f"doc_messages.py: found only {len(known)} messages in the code; is ROOT right?")
        return 1
    bad = checked = 0
    for path, number, message in quoted_in_notes(root):
        checked += 1
        if message not in known:
            print(f"{path}:{number}: quotes \"{message}\", which the code never returns")
            bad += 1
    print(f"doc_messages.py: {checked} quoted messages checked against {len(known)} in the code")
    if checked == 0:
        print("doc_messages.py: no quoted message found in the notes; the pattern is out of date")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
