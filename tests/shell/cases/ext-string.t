# string match (revision 1): text and hex patterns, escapes, algo, offsets, icase, errors, listing, -C/-D
iptables -A INPUT -m string --string foo --algo bm
iptables -A INPUT -m string ! --string foo --algo kmp
iptables -A INPUT -m string --string "foo bar" --algo bm --from 10 --to 100
iptables -A INPUT -m string --string foo
iptables -A INPUT -m string --algo bm
iptables -A INPUT -m string --string foo --algo xyz
iptables -A INPUT -m string --string foo --algo 12345678901234567
iptables -A INPUT -m string --string foo --algo bm --icase
iptables -A INPUT -m string --hex-string "|41 42|c" --algo bm
iptables -A INPUT -m string --hex-string "|414243|" --algo bm
iptables -A INPUT -m string ! --hex-string "a|00|b" --algo bm
iptables -A INPUT -m string --hex-string "|4|" --algo bm
iptables -A INPUT -m string --hex-string "|zz|" --algo bm
iptables -A INPUT -m string --hex-string "|41" --algo bm
iptables -A INPUT -m string --hex-string "a\|b" --algo bm
iptables -A INPUT -m string --hex-string 'a\\b' --algo bm
iptables -A INPUT -m string --hex-string 'a"b' --algo bm
iptables -A INPUT -m string --string 'a"b' --algo bm
iptables -A INPUT -m string --string 'a\b' --algo bm
iptables -A INPUT -m string --string "" --algo bm
iptables -A INPUT -m string --hex-string "" --algo bm
iptables -A INPUT -m string --string foo --string bar --algo bm
iptables -A INPUT -m string --string foo --hex-string "|41|" --algo bm
iptables -A INPUT -m string --string foo --algo bm --from 65535
iptables -A INPUT -m string --string foo --algo bm --from 65536
iptables -A INPUT -m string --string foo --algo bm --to 65536
iptables -A INPUT -m string --string foo --algo bm --from 100 --to 10
iptables -A INPUT -m string --string foo --algo bm --to 0
iptables -A INPUT -m string --string $(printf 'x%.0s' $(seq 128)) --algo bm
iptables -A INPUT -m string --string $(printf 'x%.0s' $(seq 129)) --algo bm
iptables -A INPUT -m string --string "tab	x" --algo bm
iptables -A INPUT -m string --hex-string "|09|x|7f|" --algo bm
iptables -A INPUT -m string --hex-string "|0a|" --algo bm
iptables -A INPUT -m string --string "é" --algo bm
iptables -A INPUT -m string
iptables -A INPUT -m string --hex-string "|" --algo bm
iptables -A INPUT -m string --hex-string "a\\" --algo bm
iptables -A INPUT -m string --hex-string "|41\\|" --algo bm
iptables -A INPUT -m string --hex-string "|  41 42 |" --algo bm
iptables -A INPUT -m string --hex-string "||" --algo bm
iptables -A INPUT -m string --hex-string "x\\|y" --algo bm
iptables -A INPUT -m string --hex-string "|41|\\" --algo bm
iptables -A INPUT -m string --string "ends\\" --algo bm
iptables -A INPUT -m string --string foo --algo bm --icase --icase
iptables -A INPUT -m string ! --string foo --algo bm --to 5 --from 1
iptables -A INPUT -m string -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m string --string "ABC" --algo bm
iptables -C INPUT -m string --hex-string "|414243|" --algo bm
iptables -C INPUT -m string --string "ABC" --algo kmp
iptables -D INPUT -m string ! --hex-string "a|00|b" --algo bm
iptables -D INPUT -m string ! --hex-string "a|00|b" --algo bm
iptables -D INPUT -m string --string "foo bar" --algo bm --from 10 --to 100
iptables -S INPUT
ip6tables -A INPUT -m string --string "GET /" --algo kmp --to 200 -j DROP
ip6tables -A INPUT -m string ! --hex-string "|00 01 02|" --algo bm --icase
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m string --string "GET /" --algo kmp --to 200 -j DROP
ip6tables -S
