#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the seed corpora of the fuzz targets (docs/FUZZING.md).

    tests/fuzz/make-corpus.py [--out tests/fuzz/corpus]

From the tests' own data, deterministically (the output is committed):
  cmdline/  command lines of tests/unit/data/*.rules and of the
            iptables/ip6tables steps of tests/shell/cases/*.t
  restore/  the restore-file steps of tests/shell/cases/*.t, and one
            restore file per unit data file made of its accepted rules
  decoder/  the NEWRULE messages iptables-nft 1.8.9 wrote for the unit
            records (their "raw" lines, captured from the kernel by
            tests/unit/record.py), and chain messages as the kernel
            lists a base chain and a user chain (first byte bit 2)
Input formats: see the header comments of tests/fuzz/fuzz-*.c.
"""
import argparse
import os
import shlex
import shutil
import struct
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))))
PER_FILE = 3            # unit records per data file and target
PER_CASE = 2            # steps per shell case and target


def family_byte(tool):
    return 1 if tool.startswith('ip6tables') else 0


def spread(items, n):
    """n items spread evenly over the list, first and last included."""
    if len(items) <= n:
        return list(items)
    if n == 1:
        return [items[0]]
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)]


def unit_records(path):
    """(command, exit status, [raw message bytes]) of each record."""
    recs = []
    cur = None
    raw = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        if not line.startswith('\t'):
            cur = {'cmd': line, 'exit': 0, 'raw': []}
            recs.append(cur)
            raw = None
            continue
        key, _, val = line[1:].partition(' ')
        if key == 'save':
            raw = bytearray()
            cur['raw'].append(raw)
        elif key == 'raw' and raw is not None:
            raw += bytes.fromhex(val)
        elif key == 'exit':
            cur['exit'] = int(val)
    return recs


def shell_steps(path):
    """(tool line, stdin or None) of each step of a case file."""
    steps = []
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith('#'):
            continue
        stdin = None
        words = line.split()
        if words and words[-1].startswith('<<'):
            end = words[-1][2:]
            body = []
            while i < len(lines) and lines[i] != end:
                body.append(lines[i])
                i += 1
            i += 1
            stdin = '\n'.join(body) + '\n'
            line = line[:line.rindex('<<')]
        steps.append((line, stdin))
    return steps


def cmdline_input(argv):
    return bytes([family_byte(argv[0])]) + \
        '\n'.join(argv[1:]).encode('utf-8', 'surrogateescape')


def restore_input(tool, opts, text):
    flags = family_byte(tool)
    if '-n' in opts or '--noflush' in opts:
        flags |= 2
    if '-c' in opts or '--counters' in opts:
        flags |= 4
    if '-v' in opts:
        flags |= 8
    return bytes([flags]) + text.encode('utf-8', 'surrogateescape')


EXPR_NAMES = ('payload', 'meta', 'cmp', 'bitwise', 'range', 'immediate',
              'counter', 'match', 'target', 'ct', 'limit', 'log', 'lookup',
              'nat', 'masq', 'redir', 'reject', 'queue', 'fib', 'rt',
              'socket', 'tproxy', 'exthdr', 'quota', 'connlimit', 'dup',
              'fwd', 'hash', 'numgen', 'objref', 'osf', 'synproxy', 'tunnel',
              'xfrm', 'last', 'inner', 'dynset', 'notrack')


def nla(atype, payload):
    """One netlink attribute, padded to 4 bytes."""
    n = 4 + len(payload)
    return (n.to_bytes(2, 'little') + atype.to_bytes(2, 'little') +
            payload + bytes((4 - n % 4) % 4))


def dict_entry(data):
    return '"%s"\n' % ''.join('\\x%02x' % b for b in data)


def write_decoder_dict(path):
    """libFuzzer dictionary: expression names, extension names (match and
    target names of nft_compat), as NUL-terminated string attributes."""
    names = set()
    for fn in os.listdir(os.path.join(TOP, 'extensions')):
        if not fn.endswith('.c'):
            continue
        for line in open(os.path.join(TOP, 'extensions', fn),
                         encoding='utf-8'):
            if line.startswith('\t.name = "'):
                names.add(line.split('"')[1])
    with open(path, 'w') as f:
        f.write('# written by tests/fuzz/make-corpus.py\n')
        for name in EXPR_NAMES + tuple(sorted(names)):
            f.write(dict_entry(nla(1, name.encode() + b'\0')))


def nla(atype, payload):
    n = 4 + len(payload)
    return (struct.pack('=HH', n, atype) + payload +
            b'\0' * ((4 - n % 4) % 4))


def chain_message(table, name, handle, use, hook=None):
    """A NEWCHAIN message as a GETCHAIN dump gives it (NFTA_CHAIN_*)."""
    attrs = (nla(1, table.encode() + b'\0') + nla(3, name.encode() + b'\0') +
             nla(2, struct.pack('>Q', handle)))
    if hook is not None:
        num, prio, policy = hook
        attrs += nla(4 | 0x8000, nla(1, struct.pack('>I', num)) +
                     nla(2, struct.pack('>i', prio)))
        attrs += nla(5, struct.pack('>I', policy))
        attrs += nla(7, b'filter\0')
        attrs += nla(8 | 0x8000, nla(2, struct.pack('>Q', 7)) +
                     nla(1, struct.pack('>Q', 700)))
    attrs += nla(6, struct.pack('>I', use))
    body = struct.pack('=BBH', 2, 0, 0) + attrs
    hdr = struct.pack('=IHHII', 16 + len(body), (10 << 8) | 3, 2, 0, 0)
    return hdr + body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(TOP, 'tests/fuzz/corpus'))
    args = ap.parse_args()
    out = {}

    def add(target, name, data):
        out.setdefault(target, {})
        if data not in out[target].values():
            out[target][name] = data

    datadir = os.path.join(TOP, 'tests/unit/data')
    for fn in sorted(os.listdir(datadir)):
        if not fn.endswith('.rules'):
            continue
        base = fn[:-len('.rules')]
        recs = unit_records(os.path.join(datadir, fn))
        for k, r in enumerate(spread(recs, PER_FILE)):
            try:
                argv = shlex.split(r['cmd'])
            except ValueError:
                continue
            add('cmdline', '%s-%d' % (base, k), cmdline_input(argv))
        msgs = [(r['cmd'], m) for r in recs for m in r['raw']]
        for k, (cmd, m) in enumerate(spread(msgs, PER_FILE)):
            add('decoder', '%s-%d' % (base, k),
                bytes([family_byte(cmd)]) + bytes(m))
        # the accepted rules as one restore file per table and family
        blocks = {}
        for r in recs:
            if r['exit'] or not r['raw']:
                continue
            try:
                argv = shlex.split(r['cmd'])
            except ValueError:
                continue
            table = 'filter'
            if len(argv) > 2 and argv[1] == '-t':
                table = argv[2]
                argv = argv[:1] + argv[3:]
            blocks.setdefault((argv[0], table), []).append(
                ' '.join(shlex.quote(w) for w in argv[1:]))
        for (tool, table), rules in sorted(blocks.items()):
            text = '*%s\n%s\nCOMMIT\n' % (table, '\n'.join(rules[:20]))
            add('restore', '%s-%s-%s' % (base, tool, table),
                restore_input(tool, [], text))

    add('decoder', 'chain-base',
        bytes([4]) + chain_message('filter', 'INPUT', 1, 3, (1, 0, 1)))
    add('decoder', 'chain-user',
        bytes([4]) + chain_message('nat', 'KUBE-SERVICES', 9, 2))

    casedir = os.path.join(TOP, 'tests/shell/cases')
    for fn in sorted(os.listdir(casedir)):
        if not fn.endswith('.t'):
            continue
        base = fn[:-len('.t')]
        cmds, restores = [], []
        for line, stdin in shell_steps(os.path.join(casedir, fn)):
            try:
                argv = shlex.split(line)
            except ValueError:
                continue
            if not argv:
                continue
            if argv[0] in ('iptables', 'ip6tables'):
                cmds.append(argv)
            elif argv[0] in ('iptables-restore', 'ip6tables-restore') and \
                    stdin is not None:
                restores.append(restore_input(argv[0], argv[1:], stdin))
        for k, argv in enumerate(spread(cmds, PER_CASE)):
            add('cmdline', 'case-%s-%d' % (base, k), cmdline_input(argv))
        for k, data in enumerate(spread(restores, PER_CASE)):
            add('restore', 'case-%s-%d' % (base, k), data)

    write_decoder_dict(os.path.join(os.path.dirname(args.out),
                                    'decoder.dict'))
    for target in ('cmdline', 'restore', 'decoder'):
        d = os.path.join(args.out, target)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for name, data in sorted(out.get(target, {}).items()):
            with open(os.path.join(d, name), 'wb') as f:
                f.write(data)
        print('%s: %d files' % (target, len(out.get(target, {}))))
    return 0


if __name__ == '__main__':
    sys.exit(main())
