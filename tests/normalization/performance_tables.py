"""The performance page and README show one benchmark run, as it printed.

Usage: performance_tables.py SOURCE_ROOT

performance.md names the committed log its tables come from
(annotated/normalization/results/bench-*.log). Every table on the page must
be one of that log's tables, row for row; README's two speed tables must be
the log's first two; README must name the same log. The counts the page's
prose gives (targets met, rows where we are faster) must be those of the
tables. A new run therefore cannot update one place and leave another.
"""
import pathlib
import re
import sys


def tables(text):
    """Every Markdown table of `text`, as a list of its lines."""
    found, current = [], []
    for line in text.splitlines():
        if line.startswith('|'):
            current.append(line.rstrip())
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def cells(row):
    return [c.strip() for c in row.strip().strip('|').split('|')]


def main():
    root = pathlib.Path(sys.argv[1])
    folder = root / 'annotated' / 'normalization'
    page = (folder / 'performance.md').read_text(encoding='utf-8')
    readme = (root / 'README.md').read_text(encoding='utf-8')
    errors = []

    logs = sorted(set(re.findall(r'results/(bench-[0-9-]+\.log)', page)))
    if len(logs) != 1:
        sys.exit(f'performance.md: names {len(logs)} logs {logs}, expected exactly one')
    log_name = logs[0]
    log_path = folder / 'results' / log_name
    notes_path = log_path.with_suffix('.notes.txt')
    for p in (log_path, notes_path):
        if not p.is_file():
            sys.exit(f'performance.md: names {p.relative_to(root)}, which is not committed')
    run = tables(log_path.read_text(encoding='utf-8'))
    if len(run) < 3:
        sys.exit(f'{log_name}: {len(run)} tables, expected 3 (STREAM, PyTorch, allocation)')

    page_tables = tables(page)
    for i, t in enumerate(page_tables, 1):
        if t not in run:
            errors.append(f'performance.md: table {i} ({t[0][:50]}...) is not a table of {log_name}')
    for want in run[:3]:
        if want not in page_tables:
            errors.append(f'performance.md: lacks the table of {log_name} that starts {want[0][:50]}')

    if f'annotated/normalization/results/{log_name}' not in readme:
        errors.append(f'README.md: does not name {log_name}, the log of performance.md')
    readme_tables = [t for t in tables(readme) if t[0].startswith('| kernel | shape | threads')]
    if readme_tables != run[:2]:
        errors.append(f'README.md: its two kernel speed tables are not the first two of {log_name}')

    # "In this run N of the M one-thread rows with a target meet it".
    stream = [cells(r) for r in run[0][2:]]
    targets = [r for r in stream if r[2] == '1' and r[9] != '–']
    met = sum(r[10] == 'yes' for r in targets)
    for r in targets:
        ok = float(r[7]) >= float(r[9])
        if ok != (r[10] == 'yes'):
            errors.append(f'{log_name}: row {r[:3]} says met={r[10]} for {r[7]} against {r[9]}')
    m = re.search(r'In this run (\d+) of the (\d+) one-thread rows with\s+a target meet it', page)
    if not m:
        errors.append('performance.md: lacks "In this run N of the M one-thread rows with a target meet it"')
    elif (int(m[1]), int(m[2])) != (met, len(targets)):
        errors.append(f'performance.md: says {m[1]} of {m[2]} targets met, the run has {met} of {len(targets)}')

    # "our time is the lower on all N rows" or "on K of the N rows".
    torch = [cells(r) for r in run[1][2:]]
    faster = sum(float(r[5]) < 1 for r in torch)
    m = re.search(r'our time is the lower on (all|\d+ of the) (\d+)\s+rows', page, re.I)
    if not m:
        errors.append('performance.md: lacks "our time is the lower on all N rows" or "on K of the N rows"')
    else:
        said = int(m[2]) if m[1] == 'all' else int(m[1].split()[0])
        if int(m[2]) != len(torch) or said != faster:
            errors.append(f'performance.md: says faster on {m[1]} {m[2]} rows, the run has {faster} of {len(torch)}')

    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    print(f'performance.md and README: {len(page_tables)} tables, all from {log_name}; '
          f'{met} of {len(targets)} targets met, faster on {faster} of {len(torch)}')


if __name__ == '__main__':
    main()
