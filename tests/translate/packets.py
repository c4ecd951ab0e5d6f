#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Packets through a rule and through its translation.

A restore file with the conntrack rule kube-proxy's KUBE-FIREWALL uses
(! --ctstate RELATED,ESTABLISHED,DNAT), one whose state test lets
untracked packets skip --ctstatus, and rules that give packets each kind
of conntrack state is loaded with iptnft iptables-restore in one
network namespace, and its iptables-restore-translate output with nft -f
in another (and, as the reference, with iptables-nft-restore in a
third).  In each, UDP datagrams are sent to 127.0.0.1 on ports that
are DNATed, left untracked or plain; a datagram the OUTPUT rule drops
fails with EPERM.  Both namespaces must drop exactly the expected ones.

  packets.py [--iptnft PATH]

Prints ok/FAIL lines and "N passed, N failed".
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

RULES = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A OUTPUT -p udp -m udp --dport 11 -j NOTRACK
-A OUTPUT -p udp -m udp --dport 21 -j NOTRACK
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A OUTPUT -p udp -m udp --dport 9 -j DNAT --to-destination 127.0.0.1:10
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A OUTPUT -p udp -m udp --dport 10:12 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A OUTPUT -p udp -m udp --dport 20:21 -m conntrack --ctstate UNTRACKED,NEW --ctstatus CONFIRMED -j DROP
COMMIT
"""

# port -> (what the packet is, dropped?)
EXPECT = {
    9: ('a NEW and DNATed', False),
    11: ('an untracked', True),
    12: ('a NEW', True),
    # in OUTPUT a new entry is not confirmed yet; an untracked packet
    # passes the state test and skips --ctstatus
    20: ('a NEW unconfirmed', False),
    21: ('an untracked (--ctstatus skipped)', True),
}

SEND = """
import errno, socket
for port in %s:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.sendto(b'x', ('127.0.0.1', port))
        print(port, 'sent')
    except OSError as e:
        print(port, 'dropped' if e.errno == errno.EPERM else e.strerror)
""" % sorted(EXPECT)


def run_ns(load):
    script = 'set -e; ip link set lo up; %s; python3 -c %s' % (
        load, shlex.quote(SEND))
    p = subprocess.run(['unshare', '-n', 'bash', '-c', script],
                       capture_output=True, text=True)
    res = {}
    for line in p.stdout.splitlines():
        port, what = line.split(' ', 1)
        res[int(port)] = what
    return p, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--iptnft', default=os.environ.get('IPTNFT',
                    os.path.join(HERE, '..', '..', 'src', 'iptnft')))
    ap.add_argument('--oracle', default='xtables-nft-multi')
    a = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'rules')
        with open(src, 'w') as f:
            f.write(RULES)
        q = shlex.quote
        loads = {
            'iptables-nft-restore (oracle)':
                '%s iptables-restore < %s' % (q(a.oracle), q(src)),
            'iptnft iptables-restore': '%s iptables-restore < %s' % (
                q(a.iptnft), q(src)),
            'nft -f of the translation':
                '%s iptables-restore-translate -f %s | nft -f -' % (
                    q(a.iptnft), q(src)),
        }
        for name, load in loads.items():
            p, res = run_ns(load)
            if p.returncode:
                failed += 1
                print('FAIL %s: %s' % (name, p.stderr.strip()))
                continue
            for port, (what, drop) in sorted(EXPECT.items()):
                want = 'dropped' if drop else 'sent'
                if res.get(port) == want:
                    passed += 1
                    print('ok %s: %s packet is %s' % (name, what, want))
                else:
                    failed += 1
                    print('FAIL %s: %s packet is %s, want %s' %
                          (name, what, res.get(port), want))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
