# iptables-restore as kube-proxy uses it: a full sync, then partial --noflush
# syncs that rewrite some chains and delete stale ones (tests/bench/gen-kube-ruleset.py)
iptables-restore -w 5 -W 100000 --noflush <<EOF
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FIREWALL - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-SERVICES - [0:0]
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES
-A INPUT -j KUBE-FIREWALL
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES
-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -j KUBE-FIREWALL
-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-SERVICES -m comment --comment "search/svc-00004:statsd has no endpoints" -m udp -p udp -d 10.96.0.14 --dport 8125 -j REJECT
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-R5TFM2UD2YQBQORO - [0:0]
:KUBE-SEP-AGEGGLUGNJOQW3XZ - [0:0]
:KUBE-SEP-KDOXYXURJBJILAVU - [0:0]
:KUBE-SEP-KZ465XN253JLCGJ4 - [0:0]
:KUBE-SVC-F4VF3IEI7OF5JPP6 - [0:0]
:KUBE-SEP-3N3MEVVJGEBHEONU - [0:0]
:KUBE-SEP-OLWH6M6SDEMOOTG2 - [0:0]
:KUBE-SEP-5BLNPVOBEPNDESTL - [0:0]
:KUBE-SVC-OPDFVQRDY3YNP23C - [0:0]
:KUBE-SEP-JYA2J6EL7R6RUAC3 - [0:0]
:KUBE-SEP-ZJGZKQLPTLQHDW5O - [0:0]
:KUBE-SEP-P3RQ6XEK3F7H7AWK - [0:0]
:KUBE-SVC-CFVHRKLBZOJHTX4X - [0:0]
:KUBE-SEP-YU3IB2TS66FZDLUN - [0:0]
:KUBE-SEP-3YSVTWRXCTSPSWUP - [0:0]
:KUBE-SEP-O3M34ZBR3KP74M2W - [0:0]
:KUBE-SVC-ALAMUBQZNE6QDI7O - [0:0]
:KUBE-EXT-ALAMUBQZNE6QDI7O - [0:0]
:KUBE-SEP-Y2W3TQGBXHSLR4OO - [0:0]
:KUBE-SEP-QDF5ZSIJLQPWGUWC - [0:0]
:KUBE-SEP-PT6CCE6QPZZDJ4D3 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -m comment --comment "default/svc-00000:grpc cluster IP" -m tcp -p tcp -d 10.96.0.10 --dport 9090 -j KUBE-SVC-R5TFM2UD2YQBQORO
-A KUBE-SVC-R5TFM2UD2YQBQORO -m comment --comment "default/svc-00000:grpc cluster IP" -m tcp -p tcp -d 10.96.0.10 --dport 9090 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-R5TFM2UD2YQBQORO -m comment --comment "default/svc-00000:grpc -> 10.244.60.236:9090" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-AGEGGLUGNJOQW3XZ
-A KUBE-SVC-R5TFM2UD2YQBQORO -m comment --comment "default/svc-00000:grpc -> 10.244.60.237:9090" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-KDOXYXURJBJILAVU
-A KUBE-SVC-R5TFM2UD2YQBQORO -m comment --comment "default/svc-00000:grpc -> 10.244.60.238:9090" -j KUBE-SEP-KZ465XN253JLCGJ4
-A KUBE-SEP-AGEGGLUGNJOQW3XZ -m comment --comment default/svc-00000:grpc -s 10.244.60.236 -j KUBE-MARK-MASQ
-A KUBE-SEP-AGEGGLUGNJOQW3XZ -m comment --comment default/svc-00000:grpc -m tcp -p tcp -j DNAT --to-destination 10.244.60.236:9090
-A KUBE-SEP-KDOXYXURJBJILAVU -m comment --comment default/svc-00000:grpc -s 10.244.60.237 -j KUBE-MARK-MASQ
-A KUBE-SEP-KDOXYXURJBJILAVU -m comment --comment default/svc-00000:grpc -m tcp -p tcp -j DNAT --to-destination 10.244.60.237:9090
-A KUBE-SEP-KZ465XN253JLCGJ4 -m comment --comment default/svc-00000:grpc -s 10.244.60.238 -j KUBE-MARK-MASQ
-A KUBE-SEP-KZ465XN253JLCGJ4 -m comment --comment default/svc-00000:grpc -m tcp -p tcp -j DNAT --to-destination 10.244.60.238:9090
-A KUBE-SERVICES -m comment --comment "kube-system/svc-00001:https cluster IP" -m tcp -p tcp -d 10.96.0.11 --dport 443 -j KUBE-SVC-F4VF3IEI7OF5JPP6
-A KUBE-SVC-F4VF3IEI7OF5JPP6 -m comment --comment "kube-system/svc-00001:https cluster IP" -m tcp -p tcp -d 10.96.0.11 --dport 443 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-F4VF3IEI7OF5JPP6 -m comment --comment "kube-system/svc-00001:https -> 10.244.60.239:8443" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-3N3MEVVJGEBHEONU
-A KUBE-SVC-F4VF3IEI7OF5JPP6 -m comment --comment "kube-system/svc-00001:https -> 10.244.60.240:8443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-OLWH6M6SDEMOOTG2
-A KUBE-SVC-F4VF3IEI7OF5JPP6 -m comment --comment "kube-system/svc-00001:https -> 10.244.60.241:8443" -j KUBE-SEP-5BLNPVOBEPNDESTL
-A KUBE-SEP-3N3MEVVJGEBHEONU -m comment --comment kube-system/svc-00001:https -s 10.244.60.239 -j KUBE-MARK-MASQ
-A KUBE-SEP-3N3MEVVJGEBHEONU -m comment --comment kube-system/svc-00001:https -m tcp -p tcp -j DNAT --to-destination 10.244.60.239:8443
-A KUBE-SEP-OLWH6M6SDEMOOTG2 -m comment --comment kube-system/svc-00001:https -s 10.244.60.240 -j KUBE-MARK-MASQ
-A KUBE-SEP-OLWH6M6SDEMOOTG2 -m comment --comment kube-system/svc-00001:https -m tcp -p tcp -j DNAT --to-destination 10.244.60.240:8443
-A KUBE-SEP-5BLNPVOBEPNDESTL -m comment --comment kube-system/svc-00001:https -s 10.244.60.241 -j KUBE-MARK-MASQ
-A KUBE-SEP-5BLNPVOBEPNDESTL -m comment --comment kube-system/svc-00001:https -m tcp -p tcp -j DNAT --to-destination 10.244.60.241:8443
-A KUBE-SERVICES -m comment --comment "monitoring/svc-00002:api cluster IP" -m tcp -p tcp -d 10.96.0.12 --dport 8443 -j KUBE-SVC-OPDFVQRDY3YNP23C
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api cluster IP" -m tcp -p tcp -d 10.96.0.12 --dport 8443 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.60.242:6443" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-JYA2J6EL7R6RUAC3
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.60.243:6443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-ZJGZKQLPTLQHDW5O
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.60.244:6443" -j KUBE-SEP-P3RQ6XEK3F7H7AWK
-A KUBE-SEP-JYA2J6EL7R6RUAC3 -m comment --comment monitoring/svc-00002:api -s 10.244.60.242 -j KUBE-MARK-MASQ
-A KUBE-SEP-JYA2J6EL7R6RUAC3 -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.242:6443
-A KUBE-SEP-ZJGZKQLPTLQHDW5O -m comment --comment monitoring/svc-00002:api -s 10.244.60.243 -j KUBE-MARK-MASQ
-A KUBE-SEP-ZJGZKQLPTLQHDW5O -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.243:6443
-A KUBE-SEP-P3RQ6XEK3F7H7AWK -m comment --comment monitoring/svc-00002:api -s 10.244.60.244 -j KUBE-MARK-MASQ
-A KUBE-SEP-P3RQ6XEK3F7H7AWK -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.244:6443
-A KUBE-SERVICES -m comment --comment "payments/svc-00003:api cluster IP" -m tcp -p tcp -d 10.96.0.13 --dport 8443 -j KUBE-SVC-CFVHRKLBZOJHTX4X
-A KUBE-SVC-CFVHRKLBZOJHTX4X -m comment --comment "payments/svc-00003:api cluster IP" -m tcp -p tcp -d 10.96.0.13 --dport 8443 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-CFVHRKLBZOJHTX4X -m comment --comment "payments/svc-00003:api -> 10.244.60.245:6443" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-YU3IB2TS66FZDLUN
-A KUBE-SVC-CFVHRKLBZOJHTX4X -m comment --comment "payments/svc-00003:api -> 10.244.60.246:6443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-3YSVTWRXCTSPSWUP
-A KUBE-SVC-CFVHRKLBZOJHTX4X -m comment --comment "payments/svc-00003:api -> 10.244.60.247:6443" -j KUBE-SEP-O3M34ZBR3KP74M2W
-A KUBE-SEP-YU3IB2TS66FZDLUN -m comment --comment payments/svc-00003:api -s 10.244.60.245 -j KUBE-MARK-MASQ
-A KUBE-SEP-YU3IB2TS66FZDLUN -m comment --comment payments/svc-00003:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.245:6443
-A KUBE-SEP-3YSVTWRXCTSPSWUP -m comment --comment payments/svc-00003:api -s 10.244.60.246 -j KUBE-MARK-MASQ
-A KUBE-SEP-3YSVTWRXCTSPSWUP -m comment --comment payments/svc-00003:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.246:6443
-A KUBE-SEP-O3M34ZBR3KP74M2W -m comment --comment payments/svc-00003:api -s 10.244.60.247 -j KUBE-MARK-MASQ
-A KUBE-SEP-O3M34ZBR3KP74M2W -m comment --comment payments/svc-00003:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.247:6443
-A KUBE-SERVICES -m comment --comment "frontend/svc-00005:http cluster IP" -m tcp -p tcp -d 10.96.0.15 --dport 80 -j KUBE-SVC-ALAMUBQZNE6QDI7O
-A KUBE-NODEPORTS -m comment --comment frontend/svc-00005:http -m tcp -p tcp --dport 30000 -j KUBE-EXT-ALAMUBQZNE6QDI7O
-A KUBE-EXT-ALAMUBQZNE6QDI7O -m comment --comment "masquerade traffic for frontend/svc-00005:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-ALAMUBQZNE6QDI7O -j KUBE-SVC-ALAMUBQZNE6QDI7O
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http cluster IP" -m tcp -p tcp -d 10.96.0.15 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.60.248:8080" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-Y2W3TQGBXHSLR4OO
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.60.249:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-QDF5ZSIJLQPWGUWC
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.60.250:8080" -j KUBE-SEP-PT6CCE6QPZZDJ4D3
-A KUBE-SEP-Y2W3TQGBXHSLR4OO -m comment --comment frontend/svc-00005:http -s 10.244.60.248 -j KUBE-MARK-MASQ
-A KUBE-SEP-Y2W3TQGBXHSLR4OO -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.60.248:8080
-A KUBE-SEP-QDF5ZSIJLQPWGUWC -m comment --comment frontend/svc-00005:http -s 10.244.60.249 -j KUBE-MARK-MASQ
-A KUBE-SEP-QDF5ZSIJLQPWGUWC -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.60.249:8080
-A KUBE-SEP-PT6CCE6QPZZDJ4D3 -m comment --comment frontend/svc-00005:http -s 10.244.60.250 -j KUBE-MARK-MASQ
-A KUBE-SEP-PT6CCE6QPZZDJ4D3 -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.60.250:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-save -c
iptables -t nat -S
iptables-restore -w 5 -W 100000 --noflush --counters <<EOF
*filter
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -m comment --comment "search/svc-00004:statsd has no endpoints" -m udp -p udp -d 10.96.0.14 --dport 8125 -j REJECT
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SVC-OPDFVQRDY3YNP23C - [0:0]
:KUBE-SEP-JYA2J6EL7R6RUAC3 - [0:0]
:KUBE-SEP-ZJGZKQLPTLQHDW5O - [0:0]
:KUBE-SEP-REGHPMPIR2O7477M - [0:0]
:KUBE-SVC-ALAMUBQZNE6QDI7O - [0:0]
:KUBE-EXT-ALAMUBQZNE6QDI7O - [0:0]
:KUBE-SEP-Y2W3TQGBXHSLR4OO - [0:0]
:KUBE-SEP-QDF5ZSIJLQPWGUWC - [0:0]
:KUBE-SEP-5664F72LXQGKLJS7 - [0:0]
:KUBE-SEP-P3RQ6XEK3F7H7AWK - [0:0]
:KUBE-SEP-PT6CCE6QPZZDJ4D3 - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -m comment --comment "default/svc-00000:grpc cluster IP" -m tcp -p tcp -d 10.96.0.10 --dport 9090 -j KUBE-SVC-R5TFM2UD2YQBQORO
-A KUBE-SERVICES -m comment --comment "kube-system/svc-00001:https cluster IP" -m tcp -p tcp -d 10.96.0.11 --dport 443 -j KUBE-SVC-F4VF3IEI7OF5JPP6
-A KUBE-SERVICES -m comment --comment "monitoring/svc-00002:api cluster IP" -m tcp -p tcp -d 10.96.0.12 --dport 8443 -j KUBE-SVC-OPDFVQRDY3YNP23C
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api cluster IP" -m tcp -p tcp -d 10.96.0.12 --dport 8443 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.60.242:6443" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-JYA2J6EL7R6RUAC3
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.60.243:6443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-ZJGZKQLPTLQHDW5O
-A KUBE-SVC-OPDFVQRDY3YNP23C -m comment --comment "monitoring/svc-00002:api -> 10.244.188.250:6443" -j KUBE-SEP-REGHPMPIR2O7477M
-A KUBE-SEP-JYA2J6EL7R6RUAC3 -m comment --comment monitoring/svc-00002:api -s 10.244.60.242 -j KUBE-MARK-MASQ
-A KUBE-SEP-JYA2J6EL7R6RUAC3 -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.242:6443
-A KUBE-SEP-ZJGZKQLPTLQHDW5O -m comment --comment monitoring/svc-00002:api -s 10.244.60.243 -j KUBE-MARK-MASQ
-A KUBE-SEP-ZJGZKQLPTLQHDW5O -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.60.243:6443
-A KUBE-SEP-REGHPMPIR2O7477M -m comment --comment monitoring/svc-00002:api -s 10.244.188.250 -j KUBE-MARK-MASQ
-A KUBE-SEP-REGHPMPIR2O7477M -m comment --comment monitoring/svc-00002:api -m tcp -p tcp -j DNAT --to-destination 10.244.188.250:6443
-A KUBE-SERVICES -m comment --comment "payments/svc-00003:api cluster IP" -m tcp -p tcp -d 10.96.0.13 --dport 8443 -j KUBE-SVC-CFVHRKLBZOJHTX4X
-A KUBE-SERVICES -m comment --comment "frontend/svc-00005:http cluster IP" -m tcp -p tcp -d 10.96.0.15 --dport 80 -j KUBE-SVC-ALAMUBQZNE6QDI7O
-A KUBE-NODEPORTS -m comment --comment frontend/svc-00005:http -m tcp -p tcp --dport 30000 -j KUBE-EXT-ALAMUBQZNE6QDI7O
-A KUBE-EXT-ALAMUBQZNE6QDI7O -m comment --comment "masquerade traffic for frontend/svc-00005:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-ALAMUBQZNE6QDI7O -j KUBE-SVC-ALAMUBQZNE6QDI7O
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http cluster IP" -m tcp -p tcp -d 10.96.0.15 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.60.248:8080" -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-Y2W3TQGBXHSLR4OO
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.60.249:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-QDF5ZSIJLQPWGUWC
-A KUBE-SVC-ALAMUBQZNE6QDI7O -m comment --comment "frontend/svc-00005:http -> 10.244.188.251:8080" -j KUBE-SEP-5664F72LXQGKLJS7
-A KUBE-SEP-Y2W3TQGBXHSLR4OO -m comment --comment frontend/svc-00005:http -s 10.244.60.248 -j KUBE-MARK-MASQ
-A KUBE-SEP-Y2W3TQGBXHSLR4OO -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.60.248:8080
-A KUBE-SEP-QDF5ZSIJLQPWGUWC -m comment --comment frontend/svc-00005:http -s 10.244.60.249 -j KUBE-MARK-MASQ
-A KUBE-SEP-QDF5ZSIJLQPWGUWC -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.60.249:8080
-A KUBE-SEP-5664F72LXQGKLJS7 -m comment --comment frontend/svc-00005:http -s 10.244.188.251 -j KUBE-MARK-MASQ
-A KUBE-SEP-5664F72LXQGKLJS7 -m comment --comment frontend/svc-00005:http -m tcp -p tcp -j DNAT --to-destination 10.244.188.251:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-X KUBE-SEP-P3RQ6XEK3F7H7AWK
-X KUBE-SEP-PT6CCE6QPZZDJ4D3
COMMIT
EOF
iptables-save -c
iptables -t nat -L -n -v
ip6tables-restore --noflush <<EOF
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-SERVICES - [0:0]
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES
-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-SPABG7BQM44HYLUU - [0:0]
:KUBE-EXT-SPABG7BQM44HYLUU - [0:0]
:KUBE-SEP-SPMVZS27GSHFEJCO - [0:0]
:KUBE-SEP-2JU27QFFI3XRTLZG - [0:0]
:KUBE-SVC-WYGTEF4ATCFE35ES - [0:0]
:KUBE-EXT-WYGTEF4ATCFE35ES - [0:0]
:KUBE-SEP-6CBSD6XJM7BIEA5Y - [0:0]
:KUBE-SEP-LBFIZDRDCXO2VESQ - [0:0]
:KUBE-SVC-NWHY4D54SDYK6E63 - [0:0]
:KUBE-EXT-NWHY4D54SDYK6E63 - [0:0]
:KUBE-SEP-EZDZ2P6GDCELINN2 - [0:0]
:KUBE-SEP-AQCVQBKQMVSYRRHA - [0:0]
:KUBE-SVC-P2YCBYCFB6DJ5N22 - [0:0]
:KUBE-EXT-P2YCBYCFB6DJ5N22 - [0:0]
:KUBE-SEP-NLSJGVCALXZL2DZX - [0:0]
:KUBE-SEP-ALPI7SWD57U6B2Q6 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -m comment --comment "default/svc-00000:api cluster IP" -m tcp -p tcp -d fd00:10:96::a --dport 8443 -j KUBE-SVC-SPABG7BQM44HYLUU
-A KUBE-NODEPORTS -m comment --comment default/svc-00000:api -m tcp -p tcp --dport 30000 -j KUBE-EXT-SPABG7BQM44HYLUU
-A KUBE-EXT-SPABG7BQM44HYLUU -m comment --comment "masquerade traffic for default/svc-00000:api external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-SPABG7BQM44HYLUU -j KUBE-SVC-SPABG7BQM44HYLUU
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api cluster IP" -m tcp -p tcp -d fd00:10:96::a --dport 8443 ! -s fd00:10:244::/64 -j KUBE-MARK-MASQ
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api -> [fd00:10:244::9f76:7c46]:6443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-SPMVZS27GSHFEJCO
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api -> [fd00:10:244::9f76:7c47]:6443" -j KUBE-SEP-2JU27QFFI3XRTLZG
-A KUBE-SEP-SPMVZS27GSHFEJCO -m comment --comment default/svc-00000:api -s fd00:10:244::9f76:7c46 -j KUBE-MARK-MASQ
-A KUBE-SEP-SPMVZS27GSHFEJCO -m comment --comment default/svc-00000:api -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c46]:6443
-A KUBE-SEP-2JU27QFFI3XRTLZG -m comment --comment default/svc-00000:api -s fd00:10:244::9f76:7c47 -j KUBE-MARK-MASQ
-A KUBE-SEP-2JU27QFFI3XRTLZG -m comment --comment default/svc-00000:api -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c47]:6443
-A KUBE-SERVICES -m comment --comment "kube-system/svc-00001:http cluster IP" -m tcp -p tcp -d fd00:10:96::b --dport 80 -j KUBE-SVC-WYGTEF4ATCFE35ES
-A KUBE-NODEPORTS -m comment --comment kube-system/svc-00001:http -m tcp -p tcp --dport 30001 -j KUBE-EXT-WYGTEF4ATCFE35ES
-A KUBE-EXT-WYGTEF4ATCFE35ES -m comment --comment "masquerade traffic for kube-system/svc-00001:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-WYGTEF4ATCFE35ES -j KUBE-SVC-WYGTEF4ATCFE35ES
-A KUBE-SVC-WYGTEF4ATCFE35ES -m comment --comment "kube-system/svc-00001:http cluster IP" -m tcp -p tcp -d fd00:10:96::b --dport 80 ! -s fd00:10:244::/64 -j KUBE-MARK-MASQ
-A KUBE-SVC-WYGTEF4ATCFE35ES -m comment --comment "kube-system/svc-00001:http -> [fd00:10:244::9f76:7c48]:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-6CBSD6XJM7BIEA5Y
-A KUBE-SVC-WYGTEF4ATCFE35ES -m comment --comment "kube-system/svc-00001:http -> [fd00:10:244::9f76:7c49]:8080" -j KUBE-SEP-LBFIZDRDCXO2VESQ
-A KUBE-SEP-6CBSD6XJM7BIEA5Y -m comment --comment kube-system/svc-00001:http -s fd00:10:244::9f76:7c48 -j KUBE-MARK-MASQ
-A KUBE-SEP-6CBSD6XJM7BIEA5Y -m comment --comment kube-system/svc-00001:http -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c48]:8080
-A KUBE-SEP-LBFIZDRDCXO2VESQ -m comment --comment kube-system/svc-00001:http -s fd00:10:244::9f76:7c49 -j KUBE-MARK-MASQ
-A KUBE-SEP-LBFIZDRDCXO2VESQ -m comment --comment kube-system/svc-00001:http -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c49]:8080
-A KUBE-SERVICES -m comment --comment "monitoring/svc-00002:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::c --dport 9100 -j KUBE-SVC-NWHY4D54SDYK6E63
-A KUBE-NODEPORTS -m comment --comment monitoring/svc-00002:metrics -m tcp -p tcp --dport 30002 -j KUBE-EXT-NWHY4D54SDYK6E63
-A KUBE-EXT-NWHY4D54SDYK6E63 -m comment --comment "masquerade traffic for monitoring/svc-00002:metrics external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-NWHY4D54SDYK6E63 -j KUBE-SVC-NWHY4D54SDYK6E63
-A KUBE-SVC-NWHY4D54SDYK6E63 -m comment --comment "monitoring/svc-00002:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::c --dport 9100 ! -s fd00:10:244::/64 -j KUBE-MARK-MASQ
-A KUBE-SVC-NWHY4D54SDYK6E63 -m comment --comment "monitoring/svc-00002:metrics -> [fd00:10:244::9f76:7c4a]:9100" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-EZDZ2P6GDCELINN2
-A KUBE-SVC-NWHY4D54SDYK6E63 -m comment --comment "monitoring/svc-00002:metrics -> [fd00:10:244::9f76:7c4b]:9100" -j KUBE-SEP-AQCVQBKQMVSYRRHA
-A KUBE-SEP-EZDZ2P6GDCELINN2 -m comment --comment monitoring/svc-00002:metrics -s fd00:10:244::9f76:7c4a -j KUBE-MARK-MASQ
-A KUBE-SEP-EZDZ2P6GDCELINN2 -m comment --comment monitoring/svc-00002:metrics -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c4a]:9100
-A KUBE-SEP-AQCVQBKQMVSYRRHA -m comment --comment monitoring/svc-00002:metrics -s fd00:10:244::9f76:7c4b -j KUBE-MARK-MASQ
-A KUBE-SEP-AQCVQBKQMVSYRRHA -m comment --comment monitoring/svc-00002:metrics -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c4b]:9100
-A KUBE-SERVICES -m comment --comment "payments/svc-00003:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::d --dport 9100 -j KUBE-SVC-P2YCBYCFB6DJ5N22
-A KUBE-NODEPORTS -m comment --comment payments/svc-00003:metrics -m tcp -p tcp --dport 30003 -j KUBE-EXT-P2YCBYCFB6DJ5N22
-A KUBE-EXT-P2YCBYCFB6DJ5N22 -m comment --comment "masquerade traffic for payments/svc-00003:metrics external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-P2YCBYCFB6DJ5N22 -j KUBE-SVC-P2YCBYCFB6DJ5N22
-A KUBE-SVC-P2YCBYCFB6DJ5N22 -m comment --comment "payments/svc-00003:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::d --dport 9100 ! -s fd00:10:244::/64 -j KUBE-MARK-MASQ
-A KUBE-SVC-P2YCBYCFB6DJ5N22 -m comment --comment "payments/svc-00003:metrics -> [fd00:10:244::9f76:7c4c]:9100" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-NLSJGVCALXZL2DZX
-A KUBE-SVC-P2YCBYCFB6DJ5N22 -m comment --comment "payments/svc-00003:metrics -> [fd00:10:244::9f76:7c4d]:9100" -j KUBE-SEP-ALPI7SWD57U6B2Q6
-A KUBE-SEP-NLSJGVCALXZL2DZX -m comment --comment payments/svc-00003:metrics -s fd00:10:244::9f76:7c4c -j KUBE-MARK-MASQ
-A KUBE-SEP-NLSJGVCALXZL2DZX -m comment --comment payments/svc-00003:metrics -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c4c]:9100
-A KUBE-SEP-ALPI7SWD57U6B2Q6 -m comment --comment payments/svc-00003:metrics -s fd00:10:244::9f76:7c4d -j KUBE-MARK-MASQ
-A KUBE-SEP-ALPI7SWD57U6B2Q6 -m comment --comment payments/svc-00003:metrics -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c4d]:9100
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
ip6tables-restore --noflush <<EOF
*filter
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-SERVICES - [0:0]
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SVC-SPABG7BQM44HYLUU - [0:0]
:KUBE-EXT-SPABG7BQM44HYLUU - [0:0]
:KUBE-SEP-SPMVZS27GSHFEJCO - [0:0]
:KUBE-SEP-4FBPK73PLACWTHVB - [0:0]
:KUBE-SEP-2JU27QFFI3XRTLZG - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -m comment --comment "default/svc-00000:api cluster IP" -m tcp -p tcp -d fd00:10:96::a --dport 8443 -j KUBE-SVC-SPABG7BQM44HYLUU
-A KUBE-NODEPORTS -m comment --comment default/svc-00000:api -m tcp -p tcp --dport 30000 -j KUBE-EXT-SPABG7BQM44HYLUU
-A KUBE-EXT-SPABG7BQM44HYLUU -m comment --comment "masquerade traffic for default/svc-00000:api external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-SPABG7BQM44HYLUU -j KUBE-SVC-SPABG7BQM44HYLUU
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api cluster IP" -m tcp -p tcp -d fd00:10:96::a --dport 8443 ! -s fd00:10:244::/64 -j KUBE-MARK-MASQ
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api -> [fd00:10:244::9f76:7c46]:6443" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-SPMVZS27GSHFEJCO
-A KUBE-SVC-SPABG7BQM44HYLUU -m comment --comment "default/svc-00000:api -> [fd00:10:244::1f76:7c4e]:6443" -j KUBE-SEP-4FBPK73PLACWTHVB
-A KUBE-SEP-SPMVZS27GSHFEJCO -m comment --comment default/svc-00000:api -s fd00:10:244::9f76:7c46 -j KUBE-MARK-MASQ
-A KUBE-SEP-SPMVZS27GSHFEJCO -m comment --comment default/svc-00000:api -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::9f76:7c46]:6443
-A KUBE-SEP-4FBPK73PLACWTHVB -m comment --comment default/svc-00000:api -s fd00:10:244::1f76:7c4e -j KUBE-MARK-MASQ
-A KUBE-SEP-4FBPK73PLACWTHVB -m comment --comment default/svc-00000:api -m tcp -p tcp -j DNAT --to-destination [fd00:10:244::1f76:7c4e]:6443
-A KUBE-SERVICES -m comment --comment "kube-system/svc-00001:http cluster IP" -m tcp -p tcp -d fd00:10:96::b --dport 80 -j KUBE-SVC-WYGTEF4ATCFE35ES
-A KUBE-NODEPORTS -m comment --comment kube-system/svc-00001:http -m tcp -p tcp --dport 30001 -j KUBE-EXT-WYGTEF4ATCFE35ES
-A KUBE-SERVICES -m comment --comment "monitoring/svc-00002:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::c --dport 9100 -j KUBE-SVC-NWHY4D54SDYK6E63
-A KUBE-NODEPORTS -m comment --comment monitoring/svc-00002:metrics -m tcp -p tcp --dport 30002 -j KUBE-EXT-NWHY4D54SDYK6E63
-A KUBE-SERVICES -m comment --comment "payments/svc-00003:metrics cluster IP" -m tcp -p tcp -d fd00:10:96::d --dport 9100 -j KUBE-SVC-P2YCBYCFB6DJ5N22
-A KUBE-NODEPORTS -m comment --comment payments/svc-00003:metrics -m tcp -p tcp --dport 30003 -j KUBE-EXT-P2YCBYCFB6DJ5N22
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-X KUBE-SEP-2JU27QFFI3XRTLZG
COMMIT
EOF
ip6tables-save
# stale chains: declared (which empties them) and deleted in the same block
iptables-restore --noflush <<EOF
*nat
:KUBE-SEP-STALEAAAAAAAAAAA - [0:0]
:KUBE-SVC-STALEBBBBBBBBBBB - [0:0]
-A KUBE-SVC-STALEBBBBBBBBBBB -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-STALEAAAAAAAAAAA
-A KUBE-SEP-STALEAAAAAAAAAAA -s 10.244.9.9/32 -j KUBE-MARK-MASQ
-A KUBE-SEP-STALEAAAAAAAAAAA -p tcp -m tcp -j DNAT --to-destination 10.244.9.9:80
COMMIT
EOF
iptables-restore --noflush <<EOF
*nat
:KUBE-SEP-STALEAAAAAAAAAAA - [0:0]
:KUBE-SVC-STALEBBBBBBBBBBB - [0:0]
-X KUBE-SVC-STALEBBBBBBBBBBB
-X KUBE-SEP-STALEAAAAAAAAAAA
COMMIT
EOF
iptables-save
# a stale chain still referenced: the kernel refuses, nothing changes
iptables-restore --noflush <<EOF
*nat
:KUBE-MARK-MASQ - [0:0]
-X KUBE-MARK-MASQ
COMMIT
EOF
iptables-save -t nat
