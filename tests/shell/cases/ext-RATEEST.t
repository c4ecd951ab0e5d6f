# RATEEST target: interval/ewmalog times turned into the kernel's exponents
iptables -A INPUT -j RATEEST --rateest-name RE1 --rateest-interval 250.0ms --rateest-ewmalog 500.0ms
iptables -A INPUT -j RATEEST --rateest-name RE2 --rateest-interval 1s --rateest-ewmalog 2s
iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 250ms --rateest-ewmalog 250ms
iptables -A INPUT -j RATEEST --rateest-name RE4 --rateest-interval 8 --rateest-ewmalog 16
iptables -A INPUT -j RATEEST --rateest-name RE5 --rateest-interval 300ms --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name RE6 --rateest-interval 100us --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name RE7 --rateest-interval x --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name RE8 --rateest-interval 1s
iptables -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name RE9 --rateest-interval 1s --rateest-ewmalog 100ms
iptables -A INPUT -j RATEEST --rateest-name 12345678901234567890 --rateest-interval 1s --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name R10 --rateest-interval 2.5s --rateest-ewmalog 30s
iptables -A INPUT -j RATEEST --rateest-name R11 --rateest-interval 8s --rateest-ewmalog 30s
iptables -A INPUT -j RATEEST --rateest-name R12 --rateest-interval 9s --rateest-ewmalog 30s
iptables -A INPUT -j RATEEST --rateest-name R13 --rateest-interval 250MSEC --rateest-ewmalog 4secs
iptables -A INPUT -j RATEEST --rateest-name R14 --rateest-interval 1s --rateest-ewmalog 1x
iptables -A INPUT -j RATEEST --rateest-name R15 --rateest-interval 0.5s --rateest-ewmalog 1000000s
iptables -A INPUT -j RATEEST --rateest-name R16 --rateest-interval 1s --rateest-ewmalog 1.4s
iptables -A INPUT -j RATEEST --rateest-name R1 --rateest-name R2 --rateest-interval 1s --rateest-ewmalog 2s
iptables -A FORWARD -j RATEEST --rateest-name 0123456789abcdefXYZ --rateest-interval 1s --rateest-ewmalog 2s
iptables-save
iptables -L -n
iptables -C INPUT -j RATEEST --rateest-name RE2 --rateest-interval 1s --rateest-ewmalog 2s
iptables -C INPUT -j RATEEST --rateest-name RE2 --rateest-interval 600ms --rateest-ewmalog 2100ms
iptables -D INPUT -j RATEEST --rateest-name RE5 --rateest-interval 0.4s --rateest-ewmalog 1.2s
iptables -D INPUT -j RATEEST --rateest-name RE1 --rateest-interval 250.0ms --rateest-ewmalog 500.0ms
iptables -S INPUT
ip6tables -A INPUT -j RATEEST --rateest-name six --rateest-interval 4s --rateest-ewmalog 64s
ip6tables-save
iptables -j RATEEST -h
