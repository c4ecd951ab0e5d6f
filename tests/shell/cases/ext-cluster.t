# cluster match: node number and mask, totals, hash seed, errors in iptables' order, listing, -C/-D
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef
iptables -A INPUT -m cluster --cluster-total-nodes 2 ! --cluster-local-node 2 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 5 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-node 1 --cluster-local-nodemask 5 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 0 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 33 --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 32 --cluster-local-node 32 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 0 --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 33 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 0 --cluster-hash-seed 1
iptables -A INPUT -m cluster ! --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 ! --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes x --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 5 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 33 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 3
iptables -A INPUT -m cluster --cluster-total-nodes 3 --cluster-local-node 3 --cluster-hash-seed 4294967295
iptables -A INPUT -m cluster -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 1 --cluster-hash-seed 0xdeadbeef
iptables -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 2 --cluster-hash-seed 0xdeadbeef
iptables -D INPUT -m cluster --cluster-total-nodes 2 ! --cluster-local-node 2 --cluster-hash-seed 1
iptables -D INPUT -m cluster --cluster-total-nodes 2 ! --cluster-local-node 2 --cluster-hash-seed 1
iptables -S INPUT
ip6tables -A INPUT -m cluster --cluster-total-nodes 8 --cluster-local-node 5 --cluster-hash-seed 7 -j DROP
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m cluster --cluster-total-nodes 8 --cluster-local-nodemask 16 --cluster-hash-seed 7 -j DROP
ip6tables -S
