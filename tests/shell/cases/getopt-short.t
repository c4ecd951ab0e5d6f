# short options: glued arguments, clusters, odd placements
iptables -AOUTPUT -oeth1 -gINPUT
iptables -IINPUT 1 -p icmp
iptables -RINPUT 2 -p icmp
iptables -DINPUT 3
iptables -NNEW
iptables -ENEW NEWER
iptables -XNEWER
iptables -FOUTPUT
iptables -POUTPUT DROP
iptables -c1 2 -A INPUT
# rule options glued to their value or given as --opt=value: 1.8.9 takes
# the whole word literally; those steps are in getopt-glued.t (a known
# divergence, see ../XFAIL).  -g and --goto= are fine in 1.8.9 too.
iptables -A INPUT --protocol tcp
iptables -N G
iptables -A INPUT -gG
iptables -A INPUT --goto=G
iptables -A INPUT -m comment --comment=hello
iptables -A INPUT -p tcp --dport=22 --sport=1:2 -j ACCEPT
iptables -nvL
iptables -vnL INPUT
iptables -Lnv
iptables -Ln
iptables -L -nvx --line-numbers
iptables -nxvL INPUT
iptables -SINPUT
iptables -S INPUT -v
iptables -vS
iptables -tnat -nL
iptables -w10 -nL INPUT
iptables -Z -L INPUT -n
iptables -nL -Z
iptables -LZ
iptables -ZL
iptables -vvL INPUT
iptables -L -n -n
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2
iptables -A INPUT -p tcp -p udp
iptables -A INPUT -j ACCEPT -j DROP
iptables -A INPUT -i eth0 -i eth1
iptables -A INPUT -A OUTPUT
iptables -A INPUT -L
iptables -A INPUT -x
iptables -L -c 1 2
iptables -S INPUT -n
iptables -F -n
iptables -X -v
iptables
iptables -
iptables -A INPUT stray
iptables -A INPUT -s
iptables -ZN foo
iptables -S
