# short options: glued arguments, clusters, odd placements
iptables -AINPUT -p tcp --dport 22 -jACCEPT
iptables -A INPUT -p udp -s1.1.1.1 -d2.2.2.2/8 -ieth0 -jDROP
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
# -p glued to its argument, or given as --protocol=, is taken literally
iptables -A INPUT -ptcp
iptables -A INPUT -pudp --dport 53
iptables -A INPUT -p6
iptables -A INPUT --protocol=tcp
iptables -A INPUT --protocol tcp
iptables -A INPUT --proto=all
iptables -A INPUT ! -pudp
# ... and so are the other rule options glued to their argument
iptables -A INPUT -s1.1.1.1
iptables -A INPUT -d2.2.2.2/8
iptables -A INPUT -ieth0
iptables -A OUTPUT -oeth0
iptables -A INPUT -jACCEPT
iptables -N G
iptables -A INPUT -gG
iptables -A INPUT -f -jDROP
iptables -A INPUT --source=1.1.1.1
iptables -A INPUT --jump=ACCEPT
iptables -A INPUT --in-interface=lo
iptables -A INPUT --in-interface=eth0
iptables -A OUTPUT --out-interface=x
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
