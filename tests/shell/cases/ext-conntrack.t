# conntrack match: every option, !, address/port/range forms, errors
iptables -A INPUT -m conntrack
iptables -A INPUT -m conntrack --ctstate wrong
iptables -A INPUT -m conntrack --ctstate NEW,
iptables -A INPUT -m conntrack --ctstate ,NEW
iptables -A INPUT -m conntrack --ctstate NEW,foo,NEW
iptables -A INPUT -m conntrack --ctstate UNTRACKEDX
iptables -A INPUT -m conntrack --ctstate NEW --ctstate NEW
iptables -A INPUT -m conntrack --ctstatus wrong
iptables -A INPUT -m conntrack --ctstatus ,
iptables -A INPUT -m conntrack --ctstatus foo,NONE
iptables -A INPUT -m conntrack --ctproto foo
iptables -A INPUT -m conntrack --ctproto 256
iptables -A INPUT -m conntrack --ctexpire 42949672956
iptables -A INPUT -m conntrack --ctexpire x
iptables -A INPUT -m conntrack --ctexpire 5:6:7
iptables -A INPUT -m conntrack --ctexpire 5x
iptables -A INPUT -m conntrack --ctexpire 5 --ctexpire 6
iptables -A INPUT -m conntrack --ctdir foo
iptables -A INPUT -m conntrack --ctdir O
iptables -A INPUT -m conntrack ! --ctdir REPLY
iptables -A INPUT -m conntrack --ctdir REPLY --ctdir REPLY
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/x
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/-1
iptables -A INPUT -m conntrack --ctorigsrcport -5
iptables -A INPUT -m conntrack --ctorigsrcport foo
iptables -A INPUT -m conntrack --ctorigsrcport 1:foo
iptables -A INPUT -m conntrack --ctorigsrcport 1:2:3
iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -m conntrack --ctstate new,established
iptables -A INPUT -m conntrack --ctstate INVALID,NEW,ESTABLISHED,RELATED,UNTRACKED,SNAT,DNAT
iptables -A INPUT -m conntrack --ctstate E
iptables -A INPUT -m conntrack --ctstate s,d
iptables -A INPUT -m conntrack ! --ctstate NEW ! --ctproto udp ! --ctstatus EXPECTED,SEEN_REPLY
iptables -A INPUT -m conntrack --ctstatus NONE,ASSURED,CONFIRMED
iptables -A INPUT -m conntrack --ctstatus NONE
iptables -A INPUT -m conntrack ! --ctstatus none
iptables -A INPUT -m conntrack --ctstatus A,e
iptables -A INPUT -m conntrack --ctproto tcp
iptables -A INPUT -m conntrack --ctproto TCP
iptables -A INPUT -m conntrack --ctproto 132
iptables -A INPUT -m conntrack --ctproto ipv6-icmp
iptables -A INPUT -m conntrack --ctexpire 5:10
iptables -A INPUT -m conntrack ! --ctexpire 5
iptables -A INPUT -m conntrack --ctexpire :
iptables -A INPUT -m conntrack --ctexpire 0x10:0x20
iptables -A INPUT -m conntrack --ctexpire 5:
iptables -A INPUT -m conntrack --ctexpire :5
iptables -A INPUT -m conntrack --ctexpire 3:3
iptables -A INPUT -m conntrack --ctdir ORIGINAL
iptables -A INPUT -m conntrack --ctdir reply
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 ! --ctorigdst 1.2.3.4 --ctreplsrc 10.1.0.0/255.255.0.0 --ctrepldst 0.0.0.0/0
iptables -A INPUT -m conntrack --ctorigsrc 10.1.2.3/255.0.255.0
iptables -A INPUT -m conntrack --ctorigsrc 10.1.2.3/16
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/32
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/33
iptables -A INPUT -m conntrack --ctorigdst 127.0.0.1
iptables -A INPUT -m conntrack --ctrepldst localhost
iptables -A INPUT -m conntrack --ctorigsrcport 80 ! --ctorigdstport 1000:2000 --ctreplsrcport :5 --ctrepldstport 6:
iptables -A INPUT -m conntrack --ctorigsrcport http
iptables -A INPUT -m conntrack --ctorigsrcport 70000
iptables -A INPUT -m conntrack --ctorigsrcport ""
iptables -A INPUT -m conntrack --ctorigdstport :
iptables -A INPUT -m conntrack --ctorigdstport 4:4
iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 443 --ctstate NEW --ctdir ORIGINAL --ctexpire 3 --ctstatus ASSURED --ctorigsrc 1.1.1.1 --ctorigdst 2.2.2.2 --ctreplsrc 3.3.3.3 --ctrepldst 4.4.4.4 --ctorigsrcport 5 --ctreplsrcport 6 --ctrepldstport 7
iptables -A INPUT -m conntrack ! --ctorigsrcport 5 ! --ctreplsrc 1.1.1.1/24 ! --ctexpire 1:2
iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -C INPUT -m conntrack --ctstate NEW
iptables -C FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -D FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -D INPUT -m conntrack --ctorigsrc 10.1.2.3/16
iptables -D INPUT -m conntrack --ctorigsrc 1.2.3.4
iptables -D INPUT -m conntrack --ctorigsrc 1.2.3.4/32
iptables -D INPUT -m conntrack --ctexpire 0:4294967295
iptables -D INPUT -m conntrack --ctorigsrcport 80 ! --ctorigdstport 1000:2000 --ctreplsrcport 0:5 --ctrepldstport 6:65535
iptables -D INPUT -m conntrack ! --ctstate NEW ! --ctproto 17 ! --ctstatus SEEN_REPLY,EXPECTED
iptables -S INPUT
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1 --ctorigdst 2001:db8::/32 ! --ctreplsrc ::/0 --ctrepldst ::1/ffff::
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/129
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/ffff:0:ffff::
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/x
ip6tables -A INPUT -m conntrack --ctorigsrc 1.2.3.4
ip6tables -A INPUT -m conntrack --ctproto ipv6-icmp --ctdir REPLY
ip6tables -A INPUT -m conntrack
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -C INPUT -m conntrack --ctproto 58 --ctdir REPLY
ip6tables -S
