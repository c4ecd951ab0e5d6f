# ipcomp: an inverted full range (1.8.9 drops it from save, upstream keeps
# it as it does for esp) and a reversed range (1.8.9 accepts it, upstream
# rejects it)
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi :
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 4:3
iptables -S
iptables -L -n
