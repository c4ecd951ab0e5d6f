# Bad input catalogue: unknown matches, targets, options, tables,
# chains and command combinations.  Nothing may change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -m nosuchmatch
iptables -A INPUT -m nosuchmatch --foo 1
iptables -A INPUT -m TCP --dport 1
iptables -A INPUT -m LOG
iptables -A INPUT -j nosuchtarget
iptables -A INPUT -j NOSUCHTARGET
iptables -A INPUT -j log
iptables -A INPUT -j tcp
iptables -A INPUT -g nosuchchain
iptables -A INPUT -j ACCEPT --bogus
iptables -A INPUT -j ACCEPT --log-prefix x
iptables -A INPUT -p tcp --bogus
iptables -A INPUT -p tcp --dport 1 --d 1
iptables -A INPUT -p tcp --s 1
iptables -A INPUT -m mark --m 1
iptables -A INPUT --d
iptables -A INPUT --in 1
iptables -A INPUT -p nosuchproto
iptables -A INPUT -p TCPX
iptables -A INPUT -p ""
iptables -A INPUT -m ""
iptables -A INPUT -j ""
iptables -A "" -j ACCEPT
iptables -A NOSUCHCHAIN -j ACCEPT
iptables -I NOSUCHCHAIN -j ACCEPT
iptables -D NOSUCHCHAIN -j ACCEPT
iptables -R NOSUCHCHAIN 1 -j ACCEPT
iptables -L NOSUCHCHAIN
iptables -S NOSUCHCHAIN
iptables -F NOSUCHCHAIN
iptables -Z NOSUCHCHAIN
iptables -X NOSUCHCHAIN
iptables -E NOSUCHCHAIN OTHER
iptables -P NOSUCHCHAIN DROP
iptables -P KEEP DROP
iptables -P INPUT BOGUS
iptables -P INPUT RETURN
iptables -P INPUT KEEP
iptables -A INPUT -j KEEP2
iptables -t nosuchtable -A INPUT -j ACCEPT
iptables -t nosuchtable -L
iptables -t FILTER -L
iptables -t nat -A INPUT -j DROP
iptables -t nat -P PREROUTING DROP
iptables -t raw -A INPUT -j ACCEPT
iptables -t mangle -A INPUT -j DNAT --to-destination 1.1.1.1
iptables -t filter -A INPUT -j SNAT --to-source 1.1.1.1
iptables -t filter -A INPUT -j CT --notrack
iptables -t nat -A PREROUTING -j TPROXY --on-port 1
iptables -t filter -A OUTPUT -j MASQUERADE
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.1.1.1
iptables -t nat -A OUTPUT -j SNAT --to-source 1.1.1.1
iptables -t security -A INPUT -j DROP
iptables -D INPUT 99
iptables -D INPUT 0
iptables -R INPUT 99 -j ACCEPT
iptables -I INPUT 99 -j ACCEPT
iptables -I INPUT 0 -j ACCEPT
iptables -D INPUT -s 203.0.113.1 -j ACCEPT
iptables -C INPUT -s 203.0.113.1 -j ACCEPT
iptables -X INPUT
iptables -X KEEP
iptables -E INPUT OTHER
iptables -E KEEP INPUT
iptables -N INPUT
iptables -N KEEP
iptables -L INPUT 0
iptables -L INPUT x
iptables -S INPUT x
iptables -Z INPUT x
iptables -A INPUT extra -j ACCEPT
iptables -F INPUT extra
iptables -N A B
iptables -X A B
iptables -L -Z INPUT x
iptables -A
iptables -L -A INPUT
iptables -N X -X X
iptables --bogus
iptables -?
iptables -y
iptables
iptables x
iptables -- -A INPUT
iptables -h -A INPUT
ip6tables -A INPUT -p icmp
ip6tables -A INPUT -m nosuchmatch
ip6tables -t nat -A INPUT -j DNAT
ip6tables -t broute -L
iptables-save -t nosuchtable
iptables-save -t FILTER
iptables-save --bogus
iptables-save extra
iptables-save -M
iptables-restore --bogus
iptables-restore -T nosuchtable <<END
*filter
COMMIT
END
iptables-restore /nonexistent/file
iptables-restore extra1 extra2
# "--" ends the options: words after it are refused
iptables -A INPUT -- -j ACCEPT
iptables -- -L
iptables -D INPUT -- 1
iptables -A INPUT -s 1.2.3.999 -- x
iptables -A INPUT -p tcp --
# the order of iptables' checks after its option loop: -W, the
# extensions' final checks (whatever the command), "--" leftovers, no
# command, a dangling "!"
iptables -W 5 -A INPUT -m iprange
iptables -L -m iprange
iptables -L -s 1.1.1.1 -m iprange
iptables -t bogus -A INPUT -m iprange
iptables -A INPUT -o lo -m iprange
iptables -A INPUT -s 1.2.3.999 -m iprange
iptables -m iprange -- x
iptables ! -- x
iptables -W 5 !
iptables !
iptables -A INPUT -m iprange !
# extension options read protocol names as written; -p lowers them
iptables -A INPUT -p TCPX
iptables -A INPUT -m policy --dir in --pol ipsec --proto AH
iptables -A INPUT -m conntrack --ctproto Tcp
iptables -A INPUT -m conntrack --ctproto UDPLITE
iptables-save -c
ip6tables-save -c
