# rulesets made by nft directly: what iptables makes of them
!nft add table ip foo
iptables -L -n
iptables-save
!nft <<EOF
table ip filter {
	chain INPUT {
		type filter hook input priority 0; policy accept;
		ip saddr 1.2.3.4 counter drop
		tcp dport 22 counter accept
	}
	chain USER {
		counter return
	}
}
EOF
iptables -S
iptables -L -n -v
iptables-save
iptables -A INPUT -s 5.6.7.8 -j USER
iptables -D INPUT 1
iptables -S INPUT
!nft add rule ip filter INPUT meta mark 0x1 counter accept
iptables -S INPUT
iptables -L INPUT -n
iptables-save
!nft flush ruleset
!nft <<EOF
table ip filter {
	chain INPUT {
		type filter hook input priority 10; policy accept;
	}
	chain FORWARD {
		type filter hook forward priority 0; policy drop;
	}
}
EOF
iptables -L -n
iptables -S
iptables-save
iptables -A INPUT -j ACCEPT
iptables -A FORWARD -j ACCEPT
iptables -S FORWARD
!nft flush ruleset
!nft add table ip6 filter
!nft add chain ip6 filter INPUT { type filter hook input priority 0; policy drop; }
ip6tables -S
ip6tables -A INPUT -j ACCEPT
ip6tables-save
