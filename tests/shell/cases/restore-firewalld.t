# iptables-restore as firewalld's iptables backend uses it: "-w -n"
# transactions that make, change and remove chains and rules
iptables-restore -w -n <<EOF
*filter
-F
-X
-Z
COMMIT
*nat
-F
-X
-Z
COMMIT
EOF
iptables-restore -w -n <<EOF
*filter
-P INPUT ACCEPT
-P FORWARD ACCEPT
-P OUTPUT ACCEPT
-N INPUT_direct
-N FORWARD_direct
-N OUTPUT_direct
-N INPUT_ZONES
-N FORWARD_IN_ZONES
-N FORWARD_OUT_ZONES
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT
-A INPUT -i lo -j ACCEPT
-A INPUT -j INPUT_direct
-A INPUT -j INPUT_ZONES
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT
-A FORWARD -i lo -j ACCEPT
-A FORWARD -j FORWARD_direct
-A FORWARD -j FORWARD_IN_ZONES
-A FORWARD -j FORWARD_OUT_ZONES
-A FORWARD -m conntrack --ctstate INVALID -j DROP
-A FORWARD -j REJECT --reject-with icmp-host-prohibited
-A OUTPUT -o lo -j ACCEPT
-A OUTPUT -j OUTPUT_direct
COMMIT
*nat
-N PREROUTING_direct
-N POSTROUTING_direct
-N OUTPUT_direct
-N PREROUTING_ZONES
-N POSTROUTING_ZONES
-A PREROUTING -j PREROUTING_direct
-A PREROUTING -j PREROUTING_ZONES
-A OUTPUT -j OUTPUT_direct
-A POSTROUTING -j POSTROUTING_direct
-A POSTROUTING -j POSTROUTING_ZONES
COMMIT
EOF
# a zone and its services
iptables-restore -w -n <<EOF
*filter
-N IN_public
-N IN_public_pre
-N IN_public_log
-N IN_public_deny
-N IN_public_allow
-N IN_public_post
-A IN_public -j IN_public_pre
-A IN_public -j IN_public_log
-A IN_public -j IN_public_deny
-A IN_public -j IN_public_allow
-A IN_public -j IN_public_post
-A IN_public -p icmp -j ACCEPT
-I INPUT_ZONES 1 -i eth0 -g IN_public
-A INPUT_ZONES -g IN_public
-A IN_public_allow -p tcp --dport 22 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_allow -d 192.168.122.0/24 -p udp --dport 67 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
COMMIT
EOF
iptables-restore -w -n <<EOF
*filter
-A IN_public_allow -p udp --dport 546 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_allow -p tcp --dport 9090 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-I IN_public_allow 2 -p tcp --dport 80 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_log -m limit --limit 5/min -j LOG --log-prefix "filter_IN_public_REJECT: " --log-level 4
COMMIT
*nat
-N POST_public
-N POST_public_allow
-A POST_public -j POST_public_allow
-I POSTROUTING_ZONES 1 -o eth0 -g POST_public
-A POST_public_allow ! -o lo -j MASQUERADE
COMMIT
EOF
iptables-save
# "firewall-cmd --remove-service=http" and a reload of one zone
iptables-restore -w -n <<EOF
*filter
-D IN_public_allow -p tcp --dport 80 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-D IN_public_log -m limit --limit 5/min -j LOG --log-prefix "filter_IN_public_REJECT: " --log-level 4
COMMIT
EOF
iptables-restore -w -n <<EOF
*filter
-D INPUT_ZONES -i eth0 -g IN_public
-D INPUT_ZONES -g IN_public
-F IN_public
-F IN_public_pre
-F IN_public_log
-F IN_public_deny
-F IN_public_allow
-F IN_public_post
-X IN_public
-X IN_public_pre
-X IN_public_log
-X IN_public_deny
-X IN_public_allow
-X IN_public_post
COMMIT
EOF
iptables-save
# a transaction that cannot be done leaves everything as it was
iptables-restore -w -n <<EOF
*filter
-N IN_work
-A IN_work -j ACCEPT
-D INPUT_ZONES -g IN_work
COMMIT
EOF
iptables-save
ip6tables-restore -w -n <<EOF
*filter
-N INPUT_direct
-N IN_public
-N IN_public_allow
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT
-A INPUT -j INPUT_direct
-A INPUT -j IN_public
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -j REJECT --reject-with icmp6-adm-prohibited
-A IN_public -p ipv6-icmp -j ACCEPT
-A IN_public -j IN_public_allow
-A IN_public_allow -p tcp --dport 22 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_allow -p udp --dport 546 -d fe80::/64 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
COMMIT
EOF
ip6tables-save
