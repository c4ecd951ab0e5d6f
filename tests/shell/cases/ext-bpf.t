# bpf match (revision 1): classic programs as text, scanf-like number
# reading, program length errors, pinned objects that do not exist, the -L
# form (no leading blank, a NUL byte at the end), -C/-D by spec
iptables -A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "2,6 0 0 0,6 0 0 1" -j ACCEPT
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0" -m comment --comment x
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0 7"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 4294967295"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 4294967296"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 99999999999999999999"
iptables -A INPUT -m bpf --bytecode "1,6 256 0 0"
iptables -A INPUT -m bpf --bytecode "1,65542 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 -1"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 +5"
iptables -A INPUT -m bpf --bytecode " 1, 6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0,"
iptables -A INPUT -m bpf --bytecode "1,6	0	0	0 "
iptables -A INPUT -m bpf --bytecode "65537,6 0 0 0x"
iptables -A INPUT -m bpf --bytecode "+01,6 0 0 0;7 1 1 1"
iptables -S
iptables -L
iptables -L -n
iptables -L -v
iptables-save
iptables -C INPUT -m bpf --bytecode "2,6 0 0 0,6 0 0 1" -j ACCEPT
iptables -C INPUT -m bpf --bytecode "2,6 0 0 0,6 0 0 1"
iptables -C INPUT -m bpf --bytecode "1,6 0 0 1"
iptables -D INPUT -m bpf --bytecode "1,6 0 0 65536"
iptables -D INPUT -m bpf --bytecode "1,6 0 0 0,"
iptables -D INPUT -m bpf --bytecode "1,6 0 0 0,"
iptables -S INPUT
# errors
iptables -A INPUT -m bpf ! --bytecode "1,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0" --bytecode "1,6 0 0 1"
iptables -A INPUT -m bpf --bytecode
iptables -A INPUT -m bpf --bytecode "2,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0,6 0 0 1"
iptables -A INPUT -m bpf --bytecode "0"
iptables -A INPUT -m bpf --bytecode "0,6 0 0 0"
iptables -A INPUT -m bpf --bytecode ""
iptables -A INPUT -m bpf --bytecode "x"
iptables -A INPUT -m bpf --bytecode "1 ,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1;6 0 0 0"
iptables -A INPUT -m bpf --bytecode "-1,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "65,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "64,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,"
iptables -A INPUT -m bpf --bytecode "1, "
iptables -A INPUT -m bpf --bytecode "1,6 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 x"
iptables -A INPUT -m bpf --bytecode "1,0x6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6,0 0 0"
iptables -A INPUT -m bpf --bytecode "1,,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0,,"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0,x"
iptables -A INPUT -m bpf --bytecode "2,6 0 0 0,,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,99 0 0 0"
iptables -A INPUT -m bpf
iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/iptnft-nosuch
iptables -A INPUT -m bpf --object-pinned ""
iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/iptnft-nosuch --bytecode "1,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0" --object-pinned /sys/fs/bpf/iptnft-nosuch
iptables -A INPUT -m bpf ! --object-pinned /x
iptables-restore --noflush <<END
*filter
-A INPUT -m bpf --bytecode "3,6 0 0 0,6 0 0 1,6 0 0 2"
-A INPUT -m bpf --object-pinned /sys/fs/bpf/iptnft-nosuch
COMMIT
END
iptables -A INPUT -m bpf -h
iptables -S
# IPv6
ip6tables -A INPUT -m bpf --bytecode "4,48 0 0 6,21 0 1 17,6 0 0 1,6 0 0 0" -j DROP
ip6tables -A INPUT -p udp -m bpf --bytecode "1,6 0 0 65535"
ip6tables -A INPUT -m bpf --bytecode "1,6 0 0"
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m bpf --bytecode "4,48 0 0 6,21 0 1 17,6 0 0 1,6 0 0 0" -j DROP
ip6tables -S
