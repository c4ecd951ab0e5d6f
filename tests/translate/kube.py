#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""kube-proxy rulesets through iptables-restore-translate, loaded with nft.

For each family, tests/bench/gen-kube-ruleset.py makes a ruleset (1000
service ports by default); iptnft's (ip6)iptables-restore-translate turns
it into an nft file, which must
  1. be produced without any rule reported untranslatable (exit 0);
  2. load with `nft -f` in a fresh network namespace;
  3. have, chain by chain, the rules the original means: each original
     rule is turned here, independently of iptnft, into the pieces nft
     lists for its meaning (addresses, protocol and ports, states, marks,
     probability, comment, verdict or statement), and the kernel's rule at
     the same position must consist of exactly those pieces, in any order;
     every DNAT rule must carry its protocol;
  4. have the same tables and chains as the original loaded by
     iptnft iptables-restore in another namespace, and as many rules per
     chain (plus one per rule that needs two nft rules).

  kube.py [--iptnft PATH] [--services N] [--family 4|6]...

Prints ok/FAIL lines and "N passed, N failed".
"""
import argparse
import ipaddress
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, '..', 'bench', 'gen-kube-ruleset.py')


class Unexpected(Exception):
    pass


def addr(v):
    n = ipaddress.ip_network(v, strict=False)
    if n.prefixlen == n.max_prefixlen:
        return str(n.network_address)
    return str(n)


def expect(words, fam):
    """the nft rules (lists of pieces) that one "-A" line means"""
    nh = 'ip6' if fam == 6 else 'ip'
    pieces, split = [], None
    proto = comment = None
    ports = False
    inv = False
    i = 0
    chain = None
    target = None
    while i < len(words):
        w = words[i]
        arg = words[i + 1] if i + 1 < len(words) else None
        neg = '!= ' if inv else ''
        if w == '!':
            inv = True
            i += 1
            continue
        if w == '-A':
            chain = arg
        elif w in ('-s', '-d'):
            pieces.append('%s %s %s%s' % (nh, 'saddr' if w == '-s' else
                                          'daddr', neg, addr(arg)))
        elif w == '-p':
            proto = arg
        elif w == '-m':
            pass
        elif w in ('--dport', '--sport'):
            pieces.append('%s %s %s%s' % (proto, w[2:], neg, arg))
            ports = True
        elif w == '--comment':
            comment = arg
        elif w == '--ctstate':
            states = set(arg.split(','))
            if not inv and states == {'NEW'}:
                pieces.append('ct state new')
            elif not inv and states == {'INVALID'}:
                pieces.append('ct state invalid')
            elif not inv and states == {'RELATED', 'ESTABLISHED'}:
                pieces.append('ct state established,related')
            elif inv and states == {'RELATED', 'ESTABLISHED', 'DNAT'}:
                # no conntrack entry (INVALID, UNTRACKED): the state
                # test passes and DNAT, a status bit of an entry, is not
                # looked at; with an entry: NEW and not DNATed.  nft's
                # "ct status" does not match without an entry, so two
                # disjoint rules.
                split = (['ct state new', 'ct status ! dnat'],
                         ['ct state invalid,untracked'])
            else:
                raise Unexpected('--ctstate %s' % arg)
        elif w == '--mark':
            v, m = (int(x, 0) for x in arg.split('/'))
            pieces.append('meta mark & 0x%08x %s 0x%08x' %
                          (m, '!=' if inv else '==', v))
        elif w == '--mode':
            if arg != 'random':
                raise Unexpected('--mode %s' % arg)
        elif w == '--probability':
            # the match compares 31 random bits with p * 2^31
            pieces.append('meta random & 2147483647 %s %d' %
                          ('>=' if inv else '<',
                           int(float(arg) * 0x80000000 + 0.5)))
        elif w == '--dst-type':
            if arg != 'LOCAL' or inv:
                raise Unexpected('--dst-type %s' % arg)
            pieces.append('fib daddr type local')
        elif w == '-j':
            target = arg
        elif w == '--to-destination':
            pieces.append('dnat to %s' % arg)
        elif w == '--set-xmark':
            # as iptables-save writes --or-mark and --xor-mark
            v, m = (int(x, 0) for x in arg.split('/'))
            if m not in (0, v):
                raise Unexpected('--set-xmark %s' % arg)
            pieces.append('meta mark set meta mark %s 0x%08x' %
                          ('^' if m == 0 else '|', v))
        elif w == '--reject-with':
            if arg not in ('icmp-port-unreachable',
                           'icmp6-port-unreachable'):
                raise Unexpected('--reject-with %s' % arg)
        elif w in ('--xor-mark', '--or-mark'):
            pieces.append('meta mark set meta mark %s 0x%08x' %
                          ('^' if w == '--xor-mark' else '|', int(arg, 0)))
        elif w == '--random-fully':
            pieces.append('masquerade fully-random')
            i += 1
            continue
        else:
            raise Unexpected(w)
        inv = False
        i += 2
    if proto and not ports:
        pieces.append('%s %s' % ('meta l4proto' if fam == 6 else
                                 'ip protocol', proto))
    pieces.append('counter packets 0 bytes 0')
    verdicts = {'ACCEPT': 'accept', 'DROP': 'drop', 'RETURN': 'return',
                'REJECT': 'reject', 'DNAT': None, 'MARK': None,
                'MASQUERADE': None}
    if target in verdicts:
        if verdicts[target]:
            pieces.append(verdicts[target])
        if target == 'MASQUERADE' and \
                'masquerade fully-random' not in pieces:
            pieces.append('masquerade')
    elif target:
        pieces.append('jump %s' % target)
    if comment is not None:
        pieces.append('comment "%s"' % comment)
    if split:
        return chain, [pieces + split[0], pieces + split[1]]
    return chain, [pieces]


def expected_rules(path, fam, text=None):
    """{(table, chain): [pieces...]}, {(table, chain): iptables rules}"""
    rules, chains, table = {}, {}, None
    if text is None:
        with open(path) as f:
            text = f.read()
    if True:
        for line in text.splitlines(True):
            line = line.rstrip('\n')
            if line.startswith('*'):
                table = line[1:]
            elif line.startswith(':'):
                chains[(table, line[1:].split()[0])] = 0
            elif line.startswith('-A'):
                chain, rs = expect(shlex.split(line), fam)
                rules.setdefault((table, chain), []).extend(rs)
                chains[(table, chain)] += 1
    return rules, chains


def listed(text):
    """nft list ruleset -> {(table, chain): [rule lines]}"""
    out, table, chain = {}, None, None
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r'table (\S+) (\S+) \{', s)
        if m:
            table = m.group(2)
            continue
        m = re.match(r'chain (\S+) \{', s)
        if m:
            chain = m.group(1)
            out[(table, chain)] = []
            continue
        if not s or s == '}' or s.startswith('type '):
            continue
        out[(table, chain)].append(s)
    return out


def consists_of(rule, pieces):
    rest = ' %s ' % rule
    for p in sorted(pieces, key=len, reverse=True):
        k = rest.find(' %s ' % p)
        if k < 0:
            return False
        rest = rest[:k] + ' ' + rest[k + len(p) + 2:]
    return rest.strip() == ''


def netns(script):
    return subprocess.run(['unshare', '-n', 'bash', '-c', script],
                          capture_output=True, text=True)


def check_family(a, fam, results):
    name = 'IPv%d, %d services' % (fam, a.services)

    def report(ok, what, detail=''):
        results.append(ok)
        print('%s %s: %s' % ('ok' if ok else 'FAIL', name, what))
        if not ok and detail:
            for line in detail.splitlines()[:20]:
                print('    ' + line)

    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'rules')
        nftf = os.path.join(d, 'rules.nft')
        with open(src, 'w') as f:
            subprocess.run([sys.executable, GEN, '--services',
                            str(a.services), '--family', str(fam)],
                           stdout=f, check=True)
        applet = 'ip6tables' if fam == 6 else 'iptables'
        with open(nftf, 'w') as f:
            p = subprocess.run([a.iptnft, applet + '-restore-translate',
                                '-f', src], stdout=f, stderr=subprocess.PIPE,
                               text=True)
        report(p.returncode == 0 and not p.stderr,
               'translated without a reported rule',
               'exit %d\n%s' % (p.returncode, p.stderr))
        p = netns('nft -f %s && nft list ruleset' % shlex.quote(nftf))
        report(p.returncode == 0, 'nft -f loads the translation', p.stderr)
        if p.returncode:
            return
        got = listed(p.stdout)
        try:
            want, chains = expected_rules(src, fam)
        except Unexpected as e:
            report(False, 'the generator wrote an option this test does '
                   'not know: %s' % e)
            return
        bad = []
        for key, rules in want.items():
            have = got.get(key)
            if have is None or len(have) != len(rules):
                bad.append('%s %s: %s rules, want %d' %
                           (key[0], key[1],
                            'no' if have is None else len(have), len(rules)))
                continue
            for k, (r, pieces) in enumerate(zip(have, rules)):
                if not consists_of(r, pieces):
                    bad.append('%s %s rule %d: %s\n  want: %s' %
                               (key[0], key[1], k + 1, r,
                                ' | '.join(pieces)))
        n = sum(len(r) for r in want.values())
        report(not bad, 'each of %d nft rules means its iptables rule' % n,
               '\n'.join(bad))
        dnat = [r for rs in got.values() for r in rs if ' dnat to ' in r]
        noproto = [r for r in dnat
                   if not re.search(r'(meta l4proto|ip protocol) (tcp|udp)'
                                    r'|(tcp|udp) dport', r)]
        report(dnat and not noproto,
               '%d DNAT rules keep their protocol' % len(dnat),
               '\n'.join(noproto))

        # the original, loaded by iptnft: same chains, same rule counts
        p = netns('%s %s-restore < %s && %s %s-save' %
                  (a.iptnft, applet, shlex.quote(src), a.iptnft, applet))
        if p.returncode:
            report(False, 'iptnft restores the original', p.stderr)
            return
        orig, table = {}, None
        for line in p.stdout.splitlines():
            if line.startswith('*'):
                table = line[1:]
            elif line.startswith(':'):
                orig[(table, line[1:].split()[0])] = 0
            elif line.startswith('-A '):
                orig[(table, line.split()[1])] += 1
        diff = []
        if set(orig) != set(got):
            diff.append('chains only in the original: %s' %
                        sorted(set(orig) - set(got)))
            diff.append('chains only in the translation: %s' %
                        sorted(set(got) - set(orig)))
        for key in sorted(set(orig) & set(got)):
            # one more nft rule for each iptables rule that needs two
            extra = len(want.get(key, [])) - chains.get(key, 0)
            if orig[key] != chains.get(key) or \
                    len(got[key]) != orig[key] + extra:
                diff.append('%s %s: %d rules in the file, %d in the '
                            'kernel via iptnft, %d via nft (%d split)' %
                            (key[0], key[1], chains.get(key, -1),
                             orig[key], len(got[key]), extra))
        report(not diff, 'same %d chains and rule counts as the original '
               'restored by iptnft' % len(orig), '\n'.join(diff))


def check_update(a, fam, results):
    """a --noflush update: iptnft restores it, nft loads its translation"""
    name = 'IPv%d, %d services, --noflush update of %d' % (
        fam, a.services, a.update)

    def report(ok, what, detail=''):
        results.append(ok)
        print('%s %s: %s' % ('ok' if ok else 'FAIL', name, what))
        if not ok and detail:
            for line in detail.splitlines()[:20]:
                print('    ' + line)

    applet = 'ip6tables' if fam == 6 else 'iptables'
    with tempfile.TemporaryDirectory() as d:
        full, upd = os.path.join(d, 'full'), os.path.join(d, 'update')
        for path, extra in ((full, []), (upd, ['--noflush-update',
                                               str(a.update)])):
            with open(path, 'w') as f:
                subprocess.run([sys.executable, GEN, '--services',
                                str(a.services), '--family', str(fam)] +
                               extra, stdout=f, check=True)
        q = shlex.quote
        p = netns('set -e; %s %s-restore < %s; %s %s-restore --noflush < %s;'
                  ' %s %s-save' % (a.iptnft, applet, q(full), a.iptnft,
                                   applet, q(upd), a.iptnft, applet))
        if p.returncode:
            report(False, 'iptnft restores the update', p.stderr)
            return
        saved = p.stdout
        p = netns('set -e; %s %s-restore-translate %s | nft -f -; '
                  '%s %s-restore-translate --noflush %s | nft -f -; '
                  'nft list ruleset' % (a.iptnft, applet, q(full), a.iptnft,
                                        applet, q(upd)))
        report(p.returncode == 0, 'nft -f loads both translations',
               p.stderr)
        if p.returncode:
            return
        got = listed(p.stdout)
        want, chains = expected_rules(None, fam, saved)
        bad = []
        if set(chains) != set(got):
            bad.append('chains differ: %s' %
                       sorted(set(chains) ^ set(got)))
        for key, rules in want.items():
            have = got.get(key, [])
            if len(have) != len(rules):
                bad.append('%s %s: %d rules, want %d' %
                           (key[0], key[1], len(have), len(rules)))
                continue
            for k, (r, pieces) in enumerate(zip(have, rules)):
                if not consists_of(r, pieces):
                    bad.append('%s %s rule %d: %s\n  want: %s' %
                               (key[0], key[1], k + 1, r,
                                ' | '.join(pieces)))
        for key in set(got) - set(want):
            if got[key]:
                bad.append('%s %s: %d rules, want none' %
                           (key[0], key[1], len(got[key])))
        n = sum(len(r) for r in want.values())
        report(not bad, 'the same %d rules as iptnft restore --noflush '
               'leaves (from its iptables-save)' % n, '\n'.join(bad))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--iptnft', default=os.environ.get('IPTNFT',
                    os.path.join(HERE, '..', '..', 'src', 'iptnft')))
    ap.add_argument('--services', type=int, default=1000)
    ap.add_argument('--family', type=int, action='append',
                    choices=(4, 6))
    ap.add_argument('--update', type=int, default=50,
                    help='service ports a --noflush update changes')
    a = ap.parse_args()
    results = []
    for fam in a.family or (4, 6):
        check_family(a, fam, results)
        check_update(a, fam, results)
    print('%d passed, %d failed' % (results.count(True),
                                    results.count(False)))
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
