#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""iptables-translate corpus: iptnft against the oracle, and nft loads it.

Each case of cases.txt is translated by iptnft and by the oracle
(xtables-nft-multi 1.8.9).  A case passes when iptnft prints what the
oracle prints with the same success, or, for the cases listed in
differences.txt (the oracle is wrong there, or iptnft reports what it
cannot translate exactly), what that file says.  Then every rule iptnft
translated is loaded with `nft -c -f` in a private network namespace
(the whole corpus at once, then rule by rule when that fails): a
translation nft rejects is a failure.

  run.py [--iptnft PATH] [--oracle PATH] [--dir DIR] [-v]

Prints one ok/FAIL line per case and "N passed, N failed" at the end.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..'))
sys.dont_write_bytecode = True
import sanitizer  # noqa: E402

HOOKS = {
    'filter': {'INPUT': 'input', 'FORWARD': 'forward', 'OUTPUT': 'output'},
    'nat': {'PREROUTING': 'prerouting', 'INPUT': 'input',
            'OUTPUT': 'output', 'POSTROUTING': 'postrouting'},
    'mangle': {'PREROUTING': 'prerouting', 'INPUT': 'input',
               'FORWARD': 'forward', 'OUTPUT': 'output',
               'POSTROUTING': 'postrouting'},
    'raw': {'PREROUTING': 'prerouting', 'OUTPUT': 'output'},
    'security': {'INPUT': 'input', 'FORWARD': 'forward',
                 'OUTPUT': 'output'},
}
PRIO = {'filter': 0, 'nat': -100, 'mangle': -150, 'raw': -300,
        'security': 50}


def read_cases(path):
    cases = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            fam, _, args = line.partition(' ')
            cases.append((n, fam, args))
    return cases


def read_differences(path):
    """case line -> (expected stdout lines, expected rc)"""
    diffs = {}
    case = None
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('case: '):
                case = line[len('case: '):]
                diffs[case] = ([], 0)
            elif line.startswith('> ') and case is not None:
                diffs[case][0].append(line[2:])
            elif line.startswith('rc: ') and case is not None:
                diffs[case] = (diffs[case][0], int(line[4:]))
    return diffs


def run(argv):
    p = subprocess.run(argv, capture_output=True, text=True,
                       env=dict(sanitizer.environ(os.environ), LC_ALL='C'))
    return p.stdout, p.stderr, p.returncode


def applet(fam):
    return 'iptables-translate' if fam == '4' else 'ip6tables-translate'


def rule_of(line):
    """the nft rule text of an "nft '...'" line, or None"""
    if not (line.startswith("nft '") and line.endswith("'")):
        return None
    text = line[5:-1].replace("'\\''", "'")
    if not text.startswith(('add rule ', 'insert rule ')):
        return None
    return text


def nft_check(rules):
    """rules: [(family, table, chain, text)] -> list of failing texts"""
    def script(rs):
        out, seen = [], set()
        for fam, table, chain, _ in rs:
            if (fam, table) not in seen:
                seen.add((fam, table))
                out.append('add table %s %s' % (fam, table))
            if (fam, table, chain) not in seen:
                seen.add((fam, table, chain))
                hook = HOOKS.get(table, {}).get(chain)
                if hook:
                    ctype = 'nat' if table == 'nat' else 'filter'
                    out.append('add chain %s %s %s { type %s hook %s '
                               'priority %d; }' % (fam, table, chain, ctype,
                                                   hook, PRIO[table]))
                else:
                    out.append('add chain %s %s %s' % (fam, table, chain))
        for fam, table, _, t in rs:
            w = t.split()
            for k, word in enumerate(w[:-1]):
                if word in ('jump', 'goto') and \
                        (fam, table, w[k + 1]) not in seen:
                    seen.add((fam, table, w[k + 1]))
                    out.append('add chain %s %s %s' % (fam, table, w[k + 1]))
        out += [t for _, _, _, t in rs]
        return '\n'.join(out) + '\n'

    def ok(rs):
        with tempfile.NamedTemporaryFile('w', suffix='.nft',
                                         delete=False) as f:
            f.write(script(rs))
            name = f.name
        try:
            p = subprocess.run(['unshare', '-n', 'nft', '-c', '-f', name],
                               capture_output=True, text=True)
            return p.returncode == 0, p.stderr
        finally:
            os.unlink(name)

    if not rules or ok(rules)[0]:
        return []
    return [r for r in rules if not ok([r])[0]]


RESTORE_CASES = [
    # (what, file, exit status, words stderr must have, stdout must have)
    ('an untranslatable rule is reported with its line',
     '*filter\n:INPUT DROP [0:0]\n:FOO - [0:0]\n'
     '-A INPUT -m u32 --u32 "0>>22&0x3C@0>>16=0x50" -j ACCEPT\n'
     '-A FOO -p tcp -m tcp -j ACCEPT\nCOMMIT\n',
     1, ['line 4: not translated', 'u32'],
     ['add chain ip filter INPUT { type filter hook input priority 0; '
      'policy drop; }', '# -t filter -A INPUT -m u32',
      'add rule ip filter FOO ip protocol tcp counter accept']),
    ('a line that does not parse ends it with its line number',
     '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\n'
     '-A INPUT --bogus -j ACCEPT\nCOMMIT\n',
     2, ['unknown option "--bogus"', 'Error occurred at line: 4'], []),
]


def restore_checks(a):
    passed = failed = 0
    with open(os.path.join(a.dir, 'docker-ufw.rules')) as f:
        docker = f.read()
    cases = RESTORE_CASES + [
        ('a docker and ufw host: all but recent and TCPMSS', docker, 1,
         ['line 44: not translated: the recent match',
          'line 72: not translated: the TCPMSS target',
          '2 line(s) not translated'],
         ['add rule ip nat DOCKER iifname != "docker0" tcp dport 8080 '
          'counter dnat to 172.17.0.2:80',
          'add rule ip filter ufw-logging-deny limit rate 3/minute burst '
          '10 packets counter log prefix "[UFW BLOCK] "',
          'add rule ip mangle PREROUTING counter meta mark set ct mark']),
    ]
    for what, text, want_rc, errs, outs in cases:
        p = subprocess.run([a.iptnft, 'iptables-restore-translate'],
                           input=text, capture_output=True, text=True)
        bad = [e for e in errs if e not in p.stderr] + \
            [o for o in outs if o not in p.stdout]
        memerr = sanitizer.finding(p.returncode, p.stderr)
        if memerr:
            bad.append('memory error: ' + memerr)
        if p.returncode != want_rc or bad:
            failed += 1
            print('FAIL restore-translate: %s (exit %d, missing %s)' %
                  (what, p.returncode, bad))
            print(p.stdout + p.stderr)
            continue
        if want_rc == 1:
            # what was translated loads
            q = subprocess.run(['unshare', '-n', 'nft', '-f', '-'],
                               input=p.stdout, capture_output=True,
                               text=True)
            if q.returncode:
                failed += 1
                print('FAIL restore-translate: %s: nft -f: %s' %
                      (what, q.stderr))
                continue
        passed += 1
        print('ok restore-translate: %s' % what)
    return passed, failed


def replace_checks(a):
    """a translation replaces the table as iptables-restore does; with
    --noflush it keeps what the file does not name"""
    text = ('*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n'
            ':KEEP - [0:0]\n-A KEEP -j ACCEPT\nCOMMIT\n')
    before = ('nft add table ip filter; nft add chain ip filter OLD; '
              'nft add rule ip filter OLD counter; '
              'nft add chain ip filter KEEP; '
              'nft add rule ip filter KEEP counter drop; '
              'nft \'add chain ip filter FORWARD { type filter hook '
              'forward priority 0; policy drop; }\'; ')
    passed = failed = 0
    for opt, want, unwanted in (
            ([], ['chain KEEP', 'accept'],
             ['chain OLD', 'policy drop', 'drop']),
            (['--noflush'], ['chain OLD', 'chain KEEP', 'policy accept'],
             ['policy drop', 'counter packets 0 bytes 0 drop'])):
        tr = subprocess.run([a.iptnft, 'iptables-restore-translate'] + opt,
                            input=text, capture_output=True, text=True)
        p = subprocess.run(['unshare', '-n', 'bash', '-c',
                            before + 'nft -f - && nft list ruleset'],
                           input=tr.stdout, capture_output=True, text=True)
        bad = [w for w in want if w not in p.stdout] + \
            ['not: ' + u for u in unwanted if u in p.stdout]
        what = 'restore-translate %s replaces as iptables-restore %s' % (
            ' '.join(opt) or '(no option)', ' '.join(opt))
        if p.returncode or tr.returncode or bad:
            failed += 1
            print('FAIL %s: %s\n%s%s' % (what, bad, p.stdout, p.stderr))
        else:
            passed += 1
            print('ok %s' % what)
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--iptnft', default=os.environ.get('IPTNFT',
                    os.path.join(here, '..', '..', 'src', 'iptnft')))
    ap.add_argument('--oracle', default='xtables-nft-multi')
    ap.add_argument('--dir', default=here)
    ap.add_argument('-v', '--verbose', action='store_true')
    a = ap.parse_args()

    cases = read_cases(os.path.join(a.dir, 'cases.txt'))
    diffs = read_differences(os.path.join(a.dir, 'differences.txt'))
    passed = failed = 0
    loadable = []
    used = set()
    for n, fam, args in cases:
        argv = shlex.split(args)
        ours, err, rc = run([a.iptnft, applet(fam)] + argv)
        case = '%s %s' % (fam, args)
        if case in diffs:
            used.add(case)
            want, want_rc = diffs[case]
            want = '\n'.join(want) + '\n' if want else ''
            good = ours == want and rc == want_rc
            if good and want_rc and 'not translated' not in err and \
                    'not implemented' not in err:
                good = False
            ref = 'differences.txt'
        else:
            want, _, orc = run([a.oracle, applet(fam)] + argv)
            good = ours == want and (rc == 0) == (orc == 0)
            # 1.8.9 writes what it cannot translate as a comment and
            # succeeds; iptnft writes the same, says so and fails
            if ours == want and want.startswith('nft #') and rc == 1 \
                    and 'not translated' in err:
                good = True
            ref = 'oracle'
        memerr = sanitizer.finding(rc, err)
        if memerr:
            failed += 1
            print('FAIL %d: %s (memory error: %s)' % (n, case, memerr))
            for line in err.splitlines():
                print('    ' + line)
            continue
        if good:
            passed += 1
            if a.verbose:
                print('ok %d: %s' % (n, case))
        else:
            failed += 1
            print('FAIL %d: %s' % (n, case))
            print('  %s:' % ref)
            for line in want.splitlines():
                print('    ' + line)
            print('  iptnft (exit %d):' % rc)
            for line in (ours + err).splitlines():
                print('    ' + line)
        if rc == 0:
            table = 'filter'
            if '-t' in argv:
                table = argv[argv.index('-t') + 1]
            for line in ours.splitlines():
                text = rule_of(line)
                if text:
                    w = text.split()
                    loadable.append((w[2], w[3], w[4], text))
    for case in sorted(set(diffs) - used):
        failed += 1
        print('FAIL differences.txt: no such case: %s' % case)

    for check in (restore_checks, replace_checks):
        p, f = check(a)
        passed += p
        failed += f

    bad = nft_check(loadable)
    for fam, table, chain, text in bad:
        failed += 1
        print('FAIL nft -c rejects: %s' % text)
    if not bad:
        passed += 1
        print('ok nft -c -f accepts all %d translated rules' % len(loadable))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
