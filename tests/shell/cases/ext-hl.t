# hl match: ==, !=, <, >, errors, listing, -C/-D; not in the other family
ip6tables -A INPUT -m hl --hl-eq 0
ip6tables -A INPUT -m hl --hl-eq 255
ip6tables -A INPUT -m hl ! --hl-eq 5
ip6tables -A INPUT -m hl --hl-lt 5
ip6tables -A INPUT -m hl --hl-gt 5
ip6tables -A INPUT -m hl ! --hl-lt 5
ip6tables -A INPUT -m hl ! --hl-gt 5
ip6tables -A INPUT -m hl --hl-eq 256
ip6tables -A INPUT -m hl --hl-eq -1
ip6tables -A INPUT -m hl --hl-eq x
ip6tables -A INPUT -m hl --hl-eq 5 --hl-lt 6
ip6tables -A INPUT -m hl --hl-lt 5 --hl-gt 6
ip6tables -A INPUT -m hl --hl-eq 5 --hl-eq 6
ip6tables -A INPUT -m hl
ip6tables -A INPUT -m hl --hl-eq 0x10
ip6tables -A INPUT -m hl --hl-lt 7 -j DROP
ip6tables -A INPUT -m hl -h
iptables -A INPUT -m hl --hl-eq 1
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m hl --hl-lt 7 -j DROP
ip6tables -C INPUT -m hl --hl-gt 7 -j DROP
ip6tables -D INPUT -m hl ! --hl-eq 5
ip6tables -D INPUT -m hl ! --hl-eq 5
ip6tables -D INPUT -m hl --hl-lt 7 -j DROP
ip6tables -S
# --hl: the old name of --hl-eq
ip6tables -F INPUT
ip6tables -A INPUT -m hl --hl 5
ip6tables -A INPUT -m hl ! --hl 6
ip6tables -A INPUT -m hl --hl-lt 3 --hl 4
ip6tables -A INPUT -m hl --hl 4 --hl-eq 4
ip6tables -S INPUT
ip6tables -D INPUT -m hl --hl 5
ip6tables -S INPUT
