# CT target (compat revision 2): notrack, helper, timeout, events, zones;
# raw table only (the kernel refuses it elsewhere)
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -j CT --zone 3
iptables -t raw -A PREROUTING -j CT --zone mark
iptables -t raw -A PREROUTING -j CT --zone-orig MARK
iptables -t raw -A PREROUTING -j CT --zone-reply 7
iptables -t raw -A PREROUTING -j CT --zone-orig 3 --zone-reply 4
iptables -t raw -A PREROUTING -j CT --zone 5 --zone-orig 6
iptables -t raw -A PREROUTING -j CT --zone 0x10
iptables -t raw -A PREROUTING -j CT --zone " 65535"
iptables -t raw -A PREROUTING -j CT --zone 0
iptables -t raw -A PREROUTING -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark
iptables -t raw -A PREROUTING -j CT --ctevents secmark,new,new
iptables -t raw -A PREROUTING -j CT --expevents new
iptables -t raw -A PREROUTING -j CT --notrack --ctevents reply --expevents new --zone-reply mark
iptables -t raw -A PREROUTING -j CT --helper ""
iptables -t raw -A PREROUTING -j CT --timeout ""
iptables -t raw -A OUTPUT -p tcp -j CT --zone-orig 1
iptables -t raw -A PREROUTING -j CT --helper ftp
iptables -t raw -A PREROUTING -j CT --helper 12345678901234567890
iptables -t raw -A PREROUTING -j CT --timeout foo
iptables -t raw -A PREROUTING -j CT --zone 65536
iptables -t raw -A PREROUTING -j CT --zone x
iptables -t raw -A PREROUTING -j CT --zone -1
iptables -t raw -A PREROUTING -j CT --ctevents new,foo
iptables -t raw -A PREROUTING -j CT --ctevents ,new
iptables -t raw -A PREROUTING -j CT --ctevents NEW
iptables -t raw -A PREROUTING -j CT --expevents related
iptables -t raw -A PREROUTING -j CT --notrack --notrack
iptables -t raw -A PREROUTING -j CT --zone 5 --zone 6
iptables -t raw -A PREROUTING -j CT --ctevents new --ctevents reply
iptables -t raw -A PREROUTING -j CT ! --zone 3
iptables -t raw -A PREROUTING -j CT --zone-
iptables -t raw -A PREROUTING -j CT --notrack=1
iptables -A INPUT -j CT --notrack
iptables -t mangle -A PREROUTING -j CT --zone 1
iptables -t raw -v -A OUTPUT -j CT --notrack --zone-orig 5
iptables -t raw -S
iptables -t raw -L
iptables -t raw -L -n -v
iptables-save -t raw
iptables -t raw -C OUTPUT -j CT --zone-orig 1 -p tcp
iptables -t raw -C PREROUTING -j CT --zone-orig 6
iptables -t raw -C PREROUTING -j CT --zone 6
iptables -t raw -D PREROUTING -j CT --zone-reply 4 --zone-orig 3
iptables -t raw -D PREROUTING -j CT --zone 4
iptables -t raw -D PREROUTING -j CT --ctevents new,secmark
iptables -t raw -S PREROUTING
ip6tables -t raw -A PREROUTING -j CT --notrack
ip6tables -t raw -A OUTPUT -j CT --zone-reply mark --ctevents mark
ip6tables -t raw -A OUTPUT -j CT --timeout nosuch
ip6tables -t filter -A OUTPUT -j CT --notrack
ip6tables -t raw -S
ip6tables -t raw -L -n
ip6tables-save -t raw
ip6tables -t raw -D OUTPUT -j CT --ctevents mark --zone-reply mark
ip6tables -t raw -C PREROUTING -j CT --notrack
iptables -j CT -h
