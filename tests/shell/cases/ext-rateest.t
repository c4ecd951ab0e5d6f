# rateest match without estimators (they need the RATEEST target, see
# ext-rateest-est.t): help, parse errors, optional rates, kernel refusals
iptables -A INPUT -m rateest -h
ip6tables -A INPUT -m rateest -h
iptables -A INPUT -m rateest
iptables -A INPUT -m rateest --rateest1 foo
iptables -A INPUT -m rateest --rateest1 foo --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps --rateest-gt --rateest-eq
iptables -A INPUT -m rateest --rateest1 nosuch --rateest-bps1 1 --rateest-gt
iptables -A INPUT -m rateest --rateest nosuch --rateest-pps 1 --rateest-lt --rateest2 other
iptables -A INPUT -m rateest --rateest1 12345678901234567890 --rateest-bps 1 --rateest-gt
iptables -A INPUT -m rateest --rateest1 "" --rateest-pps 9 --rateest-eq
ip6tables -A INPUT -m rateest --rateest1 nosuch --rateest-bps 1mbit ! --rateest-eq
# rates and pps values
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps1 xyz --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 1x --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps "" --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps bit --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps1 1k --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 4294967296 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps "" --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps -1 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps -8 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 9 10 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 9 --rateest-eq 9
# what cannot be inverted or given twice
iptables -A INPUT -m rateest ! --rateest1 foo --rateest-bps 8 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo ! --rateest-bps 8 --rateest-gt
iptables -A INPUT -m rateest ! --rateest-pps1 xyz
iptables -A INPUT -m rateest --rateest-delta ! --rateest-delta
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 9 ! --rateest2 bar --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest1 bar --rateest-bps1 1 --rateest-gt
iptables -A INPUT -m rateest --rateest foo --rateest1 foo
iptables -A INPUT -m rateest --rateest1 foo ! --rateest1 bar
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps 8 --rateest-bps2 9 --rateest-gt
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps --rateest-pps 8 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps1 9 --rateest-pps1 8 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-delta --rateest-delta
iptables -A INPUT -m rateest --rateest1 foo --rateest2 bar --rateest2 baz
iptables -A INPUT -m rateest --rateest1 foo --rateest-pps 9 ! --rateest-eq ! --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-bps=8 --rateest-eq
iptables -A INPUT -m rateest --rateest1 foo --rateest-eq=5
iptables -S
ip6tables -S
