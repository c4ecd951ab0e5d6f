#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks that a manual page documents every extension and option.

stdin: tests/install/ext-opts output, "match|target NAME FAMILY [!]--opt...".
argv[1]: man/iptnft-extensions.8.  Each extension must have a ".SS NAME"
heading (under the MATCHES or TARGETS section), and each of its options
must appear as "--opt" between that heading and the next one.  Options
of a match that may be negated must be shown with "[!]" in front of them
(targets are never negated, whatever their option table says)."""
import re
import sys


def sections(path):
    text = open(path, encoding='utf-8').read()
    part = None
    out = {}
    name = None
    for line in text.splitlines():
        if line.startswith('.SH '):
            part = line[4:].strip().strip('"')
            name = None
            continue
        if line.startswith('.SS '):
            name = (part, line[4:].strip().strip('"').split()[0])
            out.setdefault(name, [])
            continue
        if name:
            out[name].append(line)
    # roff escapes: \- is a minus, \fB etc. change fonts, \& is nothing
    clean = {}
    for k, lines in out.items():
        s = '\n'.join(lines)
        s = s.replace('\\-', '-').replace('\\&', '').replace('\\~', ' ')
        s = re.sub(r'\\f[BIRP]|\\f\[[A-Z]*\]', '', s)
        clean[k] = s
    return clean


def main():
    secs = sections(sys.argv[1])
    errors = 0
    for line in sys.stdin:
        kind, name, _fam, *opts = line.split()
        part = 'MATCHES' if kind == 'match' else 'TARGETS'
        body = secs.get((part, name))
        if body is None:
            print(f'{kind} {name}: no ".SS {name}" under {part}')
            errors += 1
            continue
        for o in opts:
            inv = o.startswith('!')
            o = o.lstrip('!')
            if not re.search(re.escape(o) + r'(?![\w-])', body):
                print(f'{kind} {name}: option {o} not documented')
                errors += 1
            elif inv and kind == 'match' and not re.search(r'\[!\] *' + re.escape(o) +
                                       r'(?![\w-])', body):
                print(f'{kind} {name}: option {o} takes "!", not shown')
                errors += 1
    return 1 if errors else 0


sys.exit(main())
