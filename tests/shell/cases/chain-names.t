# what a chain name may be
iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -N bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
iptables -N cccccccccccccccccccccccccccccc
iptables -N ddddddddddddddddddddddddddddddd
iptables -N ACCEPT
iptables -N DROP
iptables -N RETURN
iptables -N QUEUE
iptables -N -x
iptables -N !x
iptables -N 'a b'
iptables -N x,y
iptables -N 1234
iptables -N my-chain_1.2
iptables -N ''
iptables -N LOG
iptables -N tcp
iptables -S
iptables -L -n
iptables-save
