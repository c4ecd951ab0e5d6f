# srh match (IPv6, revision 1): header fields, comparisons, tag, SIDs with masks, errors, listing, -C/-D
ip6tables -A INPUT -m srh --srh-next-hdr 17
ip6tables -A INPUT -m srh ! --srh-next-hdr 17
ip6tables -A INPUT -m srh --srh-hdr-len-eq 8
ip6tables -A INPUT -m srh ! --srh-hdr-len-gt 8
ip6tables -A INPUT -m srh --srh-hdr-len-lt 8
ip6tables -A INPUT -m srh --srh-segs-left-eq 1 --srh-segs-left-gt 2 --srh-segs-left-lt 3
ip6tables -A INPUT -m srh ! --srh-last-entry-eq 4 ! --srh-last-entry-gt 5 ! --srh-last-entry-lt 6
ip6tables -A INPUT -m srh --srh-tag 65535
ip6tables -A INPUT -m srh ! --srh-tag 0
ip6tables -A INPUT -m srh --srh-tag 65536
ip6tables -A INPUT -m srh --srh-next-hdr 256
ip6tables -A INPUT -m srh --srh-psid 2001:db8::1
ip6tables -A INPUT -m srh ! --srh-nsid 2001:db8::/64
ip6tables -A INPUT -m srh --srh-lsid 2001:db8::1/ffff::
ip6tables -A INPUT -m srh --srh-psid 2001:db8::1/48 --srh-nsid ::1 --srh-lsid ::2/128
ip6tables -A INPUT -m srh --srh-psid foo
ip6tables -A INPUT -m srh --srh-psid 1.2.3.4
ip6tables -A INPUT -m srh
ip6tables -A INPUT -m srh --srh-next-hdr 1 --srh-next-hdr 2
ip6tables -A INPUT -m srh --srh-hdr-len-eq x
ip6tables -A INPUT -m srh --srh-next-hdr 6 --srh-hdr-len-eq 1 --srh-hdr-len-gt 2 --srh-hdr-len-lt 3 --srh-segs-left-eq 4 --srh-last-entry-eq 5 --srh-tag 7 --srh-psid ::1
ip6tables -A INPUT -m srh -h
iptables -A INPUT -m srh --srh-tag 1
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m srh ! --srh-nsid 2001:db8::/64
ip6tables -C INPUT -m srh --srh-nsid 2001:db8::/64
ip6tables -D INPUT -m srh --srh-tag 65535
ip6tables -D INPUT -m srh --srh-tag 65535
ip6tables -S INPUT
