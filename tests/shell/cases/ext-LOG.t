# LOG target: levels by number and name, prefix quoting and limits, flags
iptables -A INPUT -j LOG --log-level warn
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level bad
iptables -A INPUT -j LOG --log-level ALERT
iptables -A INPUT -j LOG --log-level -1
iptables -A INPUT -j LOG --log-prefix
iptables -A INPUT -j LOG --log-prefix ""
iptables -A INPUT -j LOG ! --log-uid
iptables -A INPUT -j LOG --log-uid --log-uid
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT -j LOG --log-level 1 --log-level 2
iptables -A INPUT -j LOG
iptables -A INPUT -j LOG --log-prefix "test: "
iptables -A INPUT -j LOG --log-prefix "test: " --log-level 1
iptables -A INPUT -j LOG --log-level alert
iptables -A INPUT -j LOG --log-level emerg
iptables -A INPUT -j LOG --log-level panic
iptables -A INPUT -j LOG --log-level error
iptables -A INPUT -j LOG --log-level warning
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level notice
iptables -A INPUT -j LOG --log-level info
iptables -A INPUT -j LOG --log-level debug
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level 0x3
iptables -A INPUT -j LOG --log-level 4
iptables -A INPUT -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
iptables -A INPUT -j LOG --log-prefix "123456789012345678901234567890"
iptables -A INPUT -j LOG --log-prefix "1234567890123456789012345678901"
iptables -A INPUT -j LOG --log-prefix 'q"uote'
iptables -A INPUT -j LOG --log-prefix "back\\slash 'single'"
iptables -A INPUT -j LOG --log-prefix plain_word-1
iptables -A INPUT -j LOG --log-level 3 --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode --log-prefix foo
iptables -A INPUT -j LOG --log-level 4 --log-prefix "spaced out"
iptables -A INPUT -p tcp --dport 22 -m limit --limit 3/min -j LOG --log-prefix "ssh: " --log-level info
iptables -t nat -A POSTROUTING -j LOG --log-uid
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -j LOG --log-prefix "test: " --log-level alert
iptables -C INPUT -j LOG --log-prefix "test: " --log-level 1
iptables -C INPUT -j LOG --log-level warning
iptables -D INPUT -j LOG --log-prefix "12345678901234567890123456789"
iptables -D INPUT -j LOG --log-macdecode --log-uid --log-ip-options --log-tcp-options --log-tcp-sequence
iptables -D INPUT -j LOG --log-level 7
iptables -S INPUT
ip6tables -A INPUT -j LOG --log-prefix "v6 " --log-level debug --log-uid
ip6tables -A INPUT -j LOG
ip6tables -A INPUT -j LOG --log-level bad
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -j LOG
ip6tables -C INPUT -j LOG --log-prefix "v6 " --log-level 7 --log-uid
ip6tables -S
