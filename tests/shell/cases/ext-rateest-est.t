# rateest match against estimators made by the RATEEST target (needs that
# target): absolute, relative and delta forms, rate units, the print and
# save orders, -C/-D by spec
iptables -A INPUT -j RATEEST --rateest-name foo --rateest-interval 250ms --rateest-ewmalog 500ms
iptables -A INPUT -j RATEEST --rateest-name bar --rateest-interval 250ms --rateest-ewmalog 500ms
iptables -A INPUT -m rateest --rateest foo --rateest-bps 1000 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps1 1000 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps1 10 --rateest-lt
iptables -A INPUT -m rateest --rateest1 foo ! --rateest-eq --rateest-bps1 1mbit
iptables -A INPUT -m rateest --rateest-delta --rateest1 foo --rateest-bps1 100kbit --rateest-gt --rateest2 bar --rateest-bps2 1kbit
iptables -A INPUT -m rateest --rateest1 foo --rateest2 bar --rateest-bps --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest2 bar --rateest-pps --rateest-lt
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps1 10 --rateest-lt --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 8 --rateest-pps 5 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps --rateest-pps --rateest-eq --rateest2 bar
iptables -A INPUT -m rateest --rateest-delta --rateest1 foo --rateest-bps1 80 --rateest-pps1 1 --rateest-lt --rateest2 bar --rateest-bps2 16000000 --rateest-pps2 2
iptables -A INPUT -m rateest --rateest-delta --rateest1 foo --rateest-pps1 7 --rateest-pps 9 --rateest-bps1 16 --rateest-bps2 24 ! --rateest-lt
iptables -A INPUT -m rateest --rateest-delta --rateest1 foo --rateest-pps1 7 --rateest-pps2 3 ! --rateest-gt --rateest2 bar
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps ! --rateest-eq --rateest2 bar
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 9 --rateest-eq --rateest-delta
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps ! --rateest-gt
iptables -S
iptables -L
iptables -L -n
iptables -F INPUT
iptables -A INPUT -j RATEEST --rateest-name foo --rateest-interval 250ms --rateest-ewmalog 500ms
# units, rounding and the size of a u32
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1000000 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 999999 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1000000000 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 999999992 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 15 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1.5 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1.5mbit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1BPS --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1kibit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 3MBps --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 2GiBps --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1e3 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 0x10 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps inf --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 4gbit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 40gbit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1tbit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 0x10 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 4294967295 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-delta --rateest-bps1 8000000000 --rateest-lt
iptables -S
iptables -L
iptables -L -n
iptables-save
# -C and -D by spec, in other words than the rule was written with
iptables -C INPUT -m rateest --rateest foo --rateest-eq --rateest-bps 8000Mbit
iptables -C INPUT -m rateest --rateest foo --rateest-eq --rateest-bps 8000Kbit
iptables -C INPUT -m rateest --rateest1 foo --rateest-pps 16 --rateest-eq
iptables -C INPUT -m rateest --rateest1 foo --rateest-pps 16 --rateest-lt
iptables -C INPUT -m rateest --rateest1 foo --rateest-pps 16 ! --rateest-eq
iptables -D INPUT -m rateest --rateest1 foo --rateest-bps 1KiBps --rateest-eq
iptables -D INPUT -m rateest --rateest1 foo --rateest-bps 1KiBps --rateest-eq
iptables -S INPUT
# names are cut to 15 characters
iptables -A INPUT -j RATEEST --rateest-name 123456789012345 --rateest-interval 250ms --rateest-ewmalog 500ms
iptables -A INPUT -m rateest --rateest1 1234567890123456 --rateest-pps 9 --rateest-eq
iptables -A INPUT -m rateest --rateest1 123456789012345 --rateest-pps 9 --rateest-eq --rateest2 123456789012345xyz
iptables -S INPUT
# IPv6
ip6tables -A INPUT -j RATEEST --rateest-name six --rateest-interval 1s --rateest-ewmalog 2s
ip6tables -A INPUT -m rateest --rateest six --rateest-bps 64kbit --rateest-gt -j DROP
ip6tables -A INPUT -m rateest --rateest-delta --rateest1 six --rateest-pps1 3 ! --rateest-lt --rateest2 six --rateest-pps2 4
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m rateest --rateest six --rateest-bps 64000 --rateest-gt -j DROP
ip6tables -S
