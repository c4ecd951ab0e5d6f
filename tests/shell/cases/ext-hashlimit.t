# hashlimit match (revision 3): packet and byte rates, bursts, modes, masks, table options, rate-match, errors, listing, -C/-D
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-above 1/min --hashlimit-name foo
iptables -A INPUT -m hashlimit ! --hashlimit-above 1/hour --hashlimit-name foo
iptables -A INPUT -m hashlimit ! --hashlimit-upto 1/day --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit 3/s --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/m --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/minute --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/x --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/ --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 0/sec --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3000000/sec --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 7 --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 7/hour --hashlimit-name foo --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-dstmask 16 --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 300 --hashlimit-htable-expire 400
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-mode srcport,dstip,srcip,dstport
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-mode foo
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-mode srcip\|dstip
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-burst 0
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-burst 1000001
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-burst 1000000
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-burst 5k
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-srcmask 33
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-srcmask 0
iptables -A INPUT -m hashlimit --hashlimit-upto 4kb/s --hashlimit-burst 400kb --hashlimit-name mini5
iptables -A INPUT -m hashlimit --hashlimit-upto 10mb/s --hashlimit-name mini6
iptables -A INPUT -m hashlimit --hashlimit-upto 123456b/s --hashlimit-burst 1mb --hashlimit-name mini7
iptables -A INPUT -m hashlimit --hashlimit-upto 96b/s --hashlimit-burst 5 --hashlimit-name mini1
iptables -A INPUT -m hashlimit --hashlimit-upto 40mb/s --hashlimit-mode srcip --hashlimit-name rate2 --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 40/sec --hashlimit-burst 20 --hashlimit-mode srcip --hashlimit-name rate3 --hashlimit-rate-match --hashlimit-rate-interval 10
iptables -A INPUT -m hashlimit --hashlimit-upto 40/min --hashlimit-name rate4 --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 40/sec --hashlimit-name rate3 --hashlimit-rate-interval 0
iptables -A INPUT -m hashlimit --hashlimit-upto 40/sec --hashlimit-name rate3 --hashlimit-rate-interval x
iptables -A INPUT -m hashlimit --hashlimit-name mini1
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec
iptables -A INPUT -m hashlimit
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-above 1/sec --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name ""
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name 0123456789012345678901234567890123456789012345678901234567890123456789
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name "a b"
iptables -A INPUT -m hashlimit --hashlimit-upto 13/sec --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 333/day --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo --hashlimit-burst 5x
iptables -A INPUT -m hashlimit --hashlimit-upto 5kb/s --hashlimit-name foo --hashlimit-burst 2m
iptables -A INPUT -m hashlimit --hashlimit-upto 999999999mb/s --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 17b/s --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/Sec --hashlimit-name foo
iptables -A INPUT -m hashlimit --hashlimit-upto 3/d --hashlimit-name foo --hashlimit-burst 1
iptables -A INPUT -m hashlimit --hashlimit-upto 3/h --hashlimit-name foo --hashlimit-htable-expire 3600000
iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-name foo --hashlimit-rate-interval 5
iptables -A INPUT -m hashlimit --hashlimit-upto 7kb/s --hashlimit-name foo --hashlimit-rate-match
iptables -A INPUT -m hashlimit -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo --hashlimit-burst 5
iptables -C INPUT -m hashlimit --hashlimit-upto 6/sec --hashlimit-name foo
iptables -D INPUT -m hashlimit --hashlimit-upto 40/min --hashlimit-name rate4 --hashlimit-rate-match
iptables -D INPUT -m hashlimit --hashlimit-upto 4kb/s --hashlimit-burst 400kb --hashlimit-name mini5
iptables -S INPUT
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo --hashlimit-srcmask 64 --hashlimit-dstmask 129
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo --hashlimit-srcmask 64
ip6tables -A INPUT -m hashlimit --hashlimit-above 2/min --hashlimit-burst 3 --hashlimit-mode srcip,srcport --hashlimit-srcmask ffff:ffff:: --hashlimit-name six -j DROP
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m hashlimit --hashlimit-above 2/min --hashlimit-burst 3 --hashlimit-mode srcip,srcport --hashlimit-srcmask 32 --hashlimit-name six -j DROP
ip6tables -S
