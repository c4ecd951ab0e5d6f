#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes random case files for the differential suite, to look for
divergences nobody thought of (docs/ARCHITECTURE.md, "Lessons").

    tests/shell/explore.py MODE SEED COUNT OUTDIR
    tests/shell/difftest.py -j2 OUTDIR/*.t

MODE is one of:
  commands   8-20 iptables commands (some ip6tables), mostly valid, over
             every table, user chains, addresses, matches, targets,
             listing options and mistakes
  commands6  the same for ip6tables, with IPv6 addresses and matches
  restore    iptables-restore blocks (--noflush or not, -c, -v) with
             chain lines, rules, positions, -F/-X/-N/-E/-Z/-P, after a
             few commands that leave chains and rules behind

The same SEED gives the same files.  Not a test: its cases are not kept;
what a run finds becomes a case in tests/shell/cases/ (or an XFAIL entry
when 1.8.9 is wrong).  The known divergences (tests/shell/XFAIL) show up
again in its runs: restore blocks that use rule positions after ":CHAIN"
or -X, or zero a chain after setting its policy.
"""

import os
import random
import sys

TABLES = {
    "filter": ["INPUT", "FORWARD", "OUTPUT"],
    "nat": ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
    "mangle": ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
    "raw": ["PREROUTING", "OUTPUT"],
}
USERS = ["U1", "U2", "LONG-CHAIN-NAME-X"]

ADDR4 = ["10.0.0.1", "10.0.0.0/8", "192.168.1.0/255.255.255.0", "1.2.3.4/32",
         "0/0", "localhost", "10.1.1.1,10.2.2.2", "300.1.1.1", "1.2.3.4/33",
         "! 1.1.1.1", "foo.invalid/0"]
ADDR6 = ["2001:db8::1", "2001:db8::/32", "::1/128", "::/0",
         "fe80::1/ffff:ffff::", "2001:db8::1,2001:db8::2", "1.2.3.4",
         "2001:db8::/129", "! ::2", "localhost"]


class Gen:
    def __init__(self, seed, v6):
        self.r = random.Random(seed)
        self.v6 = v6

    def pick(self, seq):
        return self.r.choice(seq)

    def addr(self):
        return self.pick(ADDR6 if self.v6 else ADDR4)

    def match(self):
        m = [
            "-p tcp --dport " + self.pick(["80", "1:1024", "ssh", "http:https",
                                           ":100", "70000", "! 22", "22:"]),
            "-p udp --sport " + self.pick(["53", "domain", "1000:2000"]),
            "-m multiport -p tcp --dports " + self.pick(["80,443", "1:10,20",
                                                         "a,b"]),
            "-m conntrack --ctstate " + self.pick(["NEW,ESTABLISHED",
                                                   "RELATED", "BOGUS",
                                                   "DNAT"]),
            "-m state --state " + self.pick(["NEW", "ESTABLISHED,RELATED"]),
            "-m comment --comment " + self.pick(['"hello world"', "x",
                                                 "'a\"b'"]),
            "-m mark --mark " + self.pick(["1", "0x10/0xff", "!2"]),
            "-m limit --limit " + self.pick(["5/min",
                                             "3/s --limit-burst 7", "0/s"]),
            self.pick(["-i", "-o", "! -i"]) + " " +
            self.pick(["eth0", "eth+", "lo", "veryveryverylongifname0"]),
            "-m addrtype --dst-type LOCAL",
            "-m tcp -p tcp --tcp-flags SYN,ACK SYN",
            "-m length --length 100:200",
            "-m pkttype --pkt-type broadcast",
            "-m owner --uid-owner 0",
        ]
        if self.v6:
            m += ["-p icmpv6 --icmpv6-type echo-request",
                  "-p ipv6-icmp --icmpv6-type 1/3", "-m hl --hl-eq 5",
                  "-m frag --fragid 5", "-m ipv6header --header hop-by-hop"]
        else:
            m += ["-p icmp --icmp-type echo-request", "-p icmp --icmp-type 3/1",
                  "-f", "! -f", "-m ttl --ttl-gt 5",
                  "-m iprange --src-range 1.1.1.1-1.1.1.9"]
        return self.pick(m + ["", "-p 47", "-p esp", "-p all"])

    def target(self, table):
        t = ["-j ACCEPT", "-j DROP", "-j RETURN", "-j " + self.pick(USERS),
             "-g " + self.pick(USERS), "", "-j CONNMARK --set-mark 3",
             "-j LOG --log-prefix " + self.pick(['"p: "', "x"]),
             "-j MARK --set-mark " + self.pick(["1", "0x1/0xff"]),
             "-j REJECT" + self.pick(["", " --reject-with tcp-reset"])]
        if table == "nat":
            t += ["-j MASQUERADE", "-j REDIRECT --to-ports 8080",
                  "-j SNAT --to-source " + ("2001:db8::5" if self.v6
                                            else "1.1.1.1")]
        return self.pick(t)

    def rule(self, table):
        parts = []
        if self.r.random() < 0.5:
            parts.append(self.pick(["-s ", "-d "]) + self.addr())
        parts += [self.match() for _ in range(self.r.randint(0, 2))]
        parts.append(self.target(table))
        return " ".join(p for p in parts if p)

    def command(self):
        table = self.pick(list(TABLES))
        chain = self.pick(TABLES[table] + USERS)
        t = "" if table == "filter" and self.r.random() < 0.5 \
            else "-t %s " % table
        opts = " ".join(self.r.sample(["-n", "-v", "-x", "--line-numbers",
                                       "-w", "-c 1 2"],
                                      self.r.randint(0, 2)))
        forms = [
            "-A %s %s" % (chain, self.rule(table)),
            "-I %s %s%s" % (chain, self.pick(["", "1 ", "2 ", "5 "]),
                            self.rule(table)),
            "-D %s %s" % (chain, self.pick(["1", "2", self.rule(table)])),
            "-R %s %s %s" % (chain, self.pick(["1", "2"]), self.rule(table)),
            "-C %s %s" % (chain, self.rule(table)),
            "-N " + self.pick(USERS),
            "-X " + self.pick(USERS + [""]),
            "-F %s %s" % (self.pick([chain, ""]), opts),
            "-Z %s %s" % (self.pick([chain, "", chain + " 1"]), opts),
            "-P %s %s" % (self.pick(TABLES[table]),
                          self.pick(["ACCEPT", "DROP", "QUEUE"])),
            "-E %s %s" % (self.pick(USERS), self.pick(USERS + ["NEW1"])),
            "-S %s %s" % (self.pick([chain, "", chain + " 1"]), opts),
            "-L %s %s" % (self.pick([chain, ""]), opts),
        ]
        weights = [6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]
        return t + self.r.choices(forms, weights)[0]

    def block(self, table):
        lines = ["*" + table]
        chains = TABLES[table] + USERS
        for u in self.r.sample(USERS, self.r.randint(0, 3)):
            lines.append(":%s - [0:0]" % u)
        if self.r.random() < 0.3:
            lines.append(":%s %s [0:0]" % (self.pick(TABLES[table]),
                                           self.pick(["ACCEPT", "DROP"])))
        for _ in range(self.r.randint(1, 10)):
            chain = self.pick(chains)
            lines.append(self.pick([
                "-A %s %s" % (chain, self.rule(table)),
                "-A %s %s" % (chain, self.rule(table)),
                "-I %s %d %s" % (chain, self.r.randint(1, 4),
                                 self.rule(table)),
                "-D %s %d" % (chain, self.r.randint(1, 4)),
                "-R %s %d %s" % (chain, self.r.randint(1, 3),
                                 self.rule(table)),
                "-D %s %s" % (chain, self.rule(table)),
                "-F " + self.pick([chain, ""]),
                "-X " + self.pick(USERS + [""]),
                "-N " + self.pick(USERS + ["NEWC"]),
                "-E %s %s" % (self.pick(USERS), self.pick(USERS + ["REN"])),
                "-Z " + self.pick([chain, ""]),
                "-P %s %s" % (self.pick(TABLES[table]),
                              self.pick(["ACCEPT", "DROP"])),
            ]))
        lines.append("COMMIT")
        return lines


def tool(gen, v6_share):
    return "ip6tables" if gen.r.random() < v6_share else "iptables"


def commands_case(gen, v6):
    out = ["# random commands"]
    t = "ip6tables" if v6 else "iptables"
    if gen.r.random() < 0.8:
        out += ["%s -N U1" % t, "%s -N U2" % t, "%s -t nat -N U1" % t,
                "%s -A INPUT -j ACCEPT" % t]
    for _ in range(gen.r.randint(8, 20)):
        name = tool(gen, 0.9 if v6 else 0.05)
        out.append(" ".join((name + " " + gen.command()).split()))
    out.append("iptables-save -c")
    return out


def restore_case(gen):
    out = ["# random restore blocks",
           "iptables -N U1", "iptables -A U1 -s 1.1.1.1 -j ACCEPT",
           "iptables -A U1 -s 2.2.2.2 -j DROP", "iptables -A INPUT -j U1",
           "iptables -N U2", "iptables -t nat -N U1",
           "iptables -t nat -A U1 -j RETURN",
           "iptables -t nat -A PREROUTING -j U1"]
    for _ in range(gen.r.randint(1, 3)):
        opts = gen.pick(["--noflush", "--noflush", "-n", "--noflush -c", "",
                         "-v", "--noflush -v"])
        out.append(" ".join(("iptables-restore %s <<EOF" % opts).split()))
        for _ in range(gen.r.randint(1, 2)):
            out += gen.block(gen.pick(["filter", "filter", "nat", "mangle"]))
        out += ["EOF", "iptables-save"]
    out.append("iptables-save -c")
    return out


def main(argv):
    if len(argv) != 5 or argv[1] not in ("commands", "commands6", "restore"):
        sys.stderr.write(__doc__)
        return 2
    mode, seed, count, outdir = argv[1], int(argv[2]), int(argv[3]), argv[4]
    os.makedirs(outdir, exist_ok=True)
    gen = Gen(seed, mode == "commands6")
    for i in range(count):
        lines = restore_case(gen) if mode == "restore" else \
            commands_case(gen, mode == "commands6")
        with open(os.path.join(outdir, "%s-%04d.t" % (mode, i)), "w") as f:
            f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
