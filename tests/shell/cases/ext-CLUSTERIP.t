# CLUSTERIP target (compat, IPv4): the kernel has no ipt_CLUSTERIP, so
# iptables warns at -j CLUSTERIP, checks the options, and the kernel
# refuses the rule
iptables -A INPUT -d 1.2.3.4 -j CLUSTERIP
iptables -A INPUT -d 1.2.3.4 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1
iptables -A INPUT -d 1.2.3.4 -j CLUSTERIP --new --hashmode sourceip-sourceport-destport --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1 --hash-init 5
iptables -A INPUT -d 1.2.3.4 -j CLUSTERIP --new --hashmode sourceip-sourceport --clustermac 1:0:5e:0:0:20 --total-nodes 16 --local-node 0
iptables -A INPUT -j CLUSTERIP --new
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip
iptables -A INPUT -j CLUSTERIP --new --hashmode foo --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 00:00:5e:00:00:20 --total-nodes 2 --local-node 1
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 17 --local-node 1
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac xx --total-nodes 2 --local-node 1
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00 --total-nodes 2 --local-node 1
iptables -A INPUT -j CLUSTERIP --hashmode sourceip
iptables -A INPUT -j CLUSTERIP --clustermac 01:00:5e:00:00:20
iptables -A INPUT -j CLUSTERIP --hash-init 5
iptables -A INPUT -j CLUSTERIP --local-node 17
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1 --hash-init x
iptables -A INPUT -j CLUSTERIP --new --new
iptables -A INPUT -j CLUSTERIP ! --new
ip6tables -A INPUT -j CLUSTERIP
iptables -S
iptables -j CLUSTERIP -h
