# policy match: directions, policies, elements with --next, tunnel ends, inversion, errors, listing, -C/-D
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x1 --proto esp --mode tunnel --tunnel-dst 10.0.0.0/8 --tunnel-src 10.0.0.0/8 --next --reqid 2
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x1 --proto esp --tunnel-dst 10.0.0.0/8
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x1 --proto ipcomp --mode tunnel --tunnel-dst 10.0.0.0/8 --tunnel-src 10.0.0.0/8 --next --reqid 2
iptables -A INPUT -m policy --dir in --pol none
iptables -A OUTPUT -m policy --dir out --pol ipsec
iptables -A INPUT -m policy ! --dir in --pol ipsec
iptables -A INPUT -m policy --pol ipsec
iptables -A INPUT -m policy --dir foo
iptables -A INPUT -m policy --dir in --pol foo
iptables -A INPUT -m policy --dir in --pol none --strict
iptables -A INPUT -m policy --dir in --pol none --reqid 5
iptables -A INPUT -m policy --dir in --pol ipsec ! --reqid 5 ! --spi 256 ! --proto ah ! --mode transport
iptables -A INPUT -m policy --dir in --pol ipsec --reqid 5 --reqid 6
iptables -A INPUT -m policy --dir in --pol ipsec --proto tcp
iptables -A INPUT -m policy --dir in --pol ipsec --proto foo
iptables -A INPUT -m policy --dir in --pol ipsec --proto 50
iptables -A INPUT -m policy --dir in --pol ipsec --mode foo
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4 ! --tunnel-dst 5.6.7.0/255.255.255.0
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4/255.0.255.0
iptables -A INPUT -m policy --dir in --pol ipsec ! --mode transport --tunnel-src 1.2.3.4
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4
iptables -A INPUT -m policy --dir in --pol ipsec --reqid 1 --next --reqid 2
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 1 --next --mode tunnel --next --proto ah
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 1 --next --mode tunnel --next --proto ah --next
iptables -A INPUT -m policy --dir in --pol ipsec --strict
iptables -A INPUT -m policy --dir in --dir out
iptables -A INPUT -m policy --dir in --reqid 4294967296
iptables -A INPUT -m policy --dir in --spi -1
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src foo
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.2.3.4/33
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.2.3.4/0
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.2.3.4/32
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.2.3.4/24 --tunnel-src 1.1.1.1
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src localhost
iptables -A INPUT -m policy --dir in --mode tunnel --tunnel-src ::1
iptables -A INPUT -m policy --dir in --strict --strict --reqid 1
iptables -A INPUT -m policy -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 1 --next --mode tunnel --next --proto ah
iptables -C INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 1 --next --mode tunnel --next --proto esp
iptables -D INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.2.3.4/0
iptables -D INPUT -m policy --dir in --pol ipsec ! --reqid 5 ! --spi 256 ! --proto 51 ! --mode transport
iptables -S INPUT
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::/32 --tunnel-dst ::1 --proto esp
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::/ffff::ff
ip6tables -A FORWARD -m policy --dir out --pol ipsec --strict ! --mode transport ! --tunnel-dst fe80::/10 --next --reqid 7 -j DROP
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D FORWARD -m policy --dir out --pol ipsec --strict ! --mode transport ! --tunnel-dst fe80::/10 --next --reqid 7 -j DROP
ip6tables -S
