# LED target: this kernel has no xt_LED: the probe warns, the kernel refuses (ENOENT, exit 4)
iptables -A INPUT -j LED --led-trigger-id foo
iptables -v -A INPUT -j LED --led-trigger-id 'f"o\o' --led-delay 42 --led-always-blink
iptables -v -A INPUT -j LED --led-trigger-id foo --led-delay inf
iptables -v -A INPUT -j LED --led-trigger-id foo --led-delay INFINITY
iptables -v -A INPUT -j LED --led-trigger-id foo --led-delay 4294967295
iptables -v -A INPUT -j LED --led-trigger-id foo --led-delay 0
iptables -A INPUT -j LED --led-trigger-id foo --led-delay 4294967296
iptables -A INPUT -j LED --led-trigger-id foo --led-delay x
iptables -A INPUT -j LED --led-trigger-id 1234567890123456
iptables -A INPUT -j LED --led-trigger-id 12345678901234567
iptables -A INPUT -j LED --led-trigger-id ""
iptables -A INPUT -j LED
iptables -A INPUT -j LED --led-delay 5
iptables-restore <<X
*filter
-A INPUT -j ACCEPT
-A INPUT -j LED --led-trigger-id foo
-A INPUT -j LED --led-trigger-id bar
COMMIT
X
iptables-restore --test <<X
*filter
-A INPUT -j LED --led-trigger-id foo
COMMIT
X
iptables -S
ip6tables -A INPUT -j LED --led-trigger-id foo
iptables -j LED -h
iptables -A INPUT -j LED --led-trigger-id a --led-trigger-id b
iptables -A INPUT -j LED --led-trigger-id a ! --led-always-blink
iptables -v -A INPUT -j LED --led-trigger-id x --led-delay 3000000000
iptables-restore --noflush <<X
*filter
-A INPUT -j LED --led-trigger-id foo --led-delay
COMMIT
X
iptables-restore <<X
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A INPUT -j LED --led-trigger-id foo
COMMIT
X
iptables-save
