# ipcomp match (compat): CPI ranges; the kernel refuses it without
# -p ipcomp; an inverted full range is saved as upstream does
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 18 -j DROP
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 18 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi :
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi :4
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 4:
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 3:4
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 4:4
iptables -A INPUT -p ipcomp -m ipcomp
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi -1
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 4294967296
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 1:2:3
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 1x
iptables -A INPUT -m ipcomp --ipcompspi 5
ip6tables -A INPUT -p ipcomp -m ipcomp --ipcompspi 0x100:0x200
ip6tables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 7
iptables -S
iptables -L -n
iptables -L -v
iptables-save
ip6tables -L -n
ip6tables-save
iptables -D INPUT -p ipcomp -m ipcomp ! --ipcompspi 18 -j ACCEPT
iptables -C INPUT -p ipcomp -m ipcomp --ipcompspi 3:4
iptables -C INPUT -p ipcomp -m ipcomp --ipcompspi 3:5
iptables -S INPUT
iptables -m ipcomp -h
# --compres (not in -h): the reserved field
iptables -F INPUT
iptables -A INPUT -p ipcomp -m ipcomp --compres
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 5 --compres
ip6tables -A INPUT -p ipcomp -m ipcomp --compres --ipcompspi 6:7
iptables -A INPUT -p ipcomp -m ipcomp ! --compres
iptables -A INPUT -p ipcomp -m ipcomp --compres --compres
iptables -S INPUT
iptables -L INPUT -n
ip6tables -L INPUT
iptables -D INPUT -p ipcomp -m ipcomp --ipcompspi 5 --compres
iptables -C INPUT -p ipcomp -m ipcomp --ipcompspi 0
iptables -S INPUT
