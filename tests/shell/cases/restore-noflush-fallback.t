# iptables-restore --noflush: blocks that fail, or that need all of the
# table's chains, give what iptables-nft gives (iptnft first reads such a
# block asking only for the chains it names, then reads it again with the
# whole chain list when that is not enough: the second reading must look
# like the only one)
iptables -N KEEP
iptables -A KEEP -s 10.0.0.1
iptables -N REFD
iptables -A INPUT -j REFD
iptables -t nat -N SVC
iptables -t nat -A SVC -j DNAT --to-destination 10.1.1.1
# a jump to a chain nobody has: refused at COMMIT, nothing applied
iptables-restore --noflush <<EOF
*filter
:NEW1 - [0:0]
-A NEW1 -s 1.1.1.1 -j ACCEPT
-A KEEP -s 1.1.1.2 -j MISSING
-A KEEP -s 1.1.1.3
COMMIT
EOF
iptables-save
# a rule for a chain nobody has
iptables-restore --noflush <<EOF
*filter
:NEW1 - [0:0]
-A NEW1 -s 1.1.1.1
-A NOSUCH -s 1.1.1.4
COMMIT
EOF
iptables-save
# a chain that is still jumped to cannot go: the kernel says so
iptables-restore --noflush <<EOF
*filter
:NEW2 - [0:0]
-X REFD
COMMIT
EOF
iptables-save
# -X of a chain with rules that the block did not flush
iptables-restore --noflush <<EOF
*filter
-X KEEP
COMMIT
EOF
iptables-save
# a jump to a chain made later in the same block
iptables-restore --noflush <<EOF
*filter
-A KEEP -j LATER
-N LATER
COMMIT
EOF
iptables-save
# a jump to a chain the block deleted
iptables-restore --noflush <<EOF
*nat
:GONE - [0:0]
-X GONE
-A SVC -j GONE
COMMIT
EOF
iptables-save
# chains nft made: a base chain iptables does not know, a user chain
!nft <<EOF
table ip filter {
	chain foreign { type filter hook input priority 5; }
	chain plain { }
}
EOF
iptables-restore --noflush <<EOF
*filter
:foreign - [0:0]
-A foreign -s 2.2.2.1
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
-A KEEP -s 2.2.2.2 -j foreign
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
-A foreign -s 2.2.2.3
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
:plain - [0:0]
-A plain -s 2.2.2.4
-A KEEP -s 2.2.2.5 -j plain
COMMIT
EOF
iptables-save
# commands about every chain, after lines that went well
iptables-restore --noflush <<EOF
*filter
:NEW3 - [0:0]
-A NEW3 -s 3.3.3.1
-A KEEP -j NEW3
-Z
-A NEW3 -s 3.3.3.2
COMMIT
*nat
-A SVC -s 3.3.3.3 -j RETURN
-F
-A SVC -s 3.3.3.4
-X
COMMIT
EOF
iptables-save
iptables-restore --noflush <<EOF
*filter
:NEW4 - [0:0]
-E NEW4 NEW5
-A NEW5 -s 4.4.4.4
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
:NEW6 - [0:0]
-E NEW6 NEW7
-A NEW6 -s 4.4.4.5
COMMIT
EOF
iptables-save
# -v: comments and warnings once each, whether or not the block is read
# again, and in their order
iptables-restore --noflush -v <<EOF
# before
*filter
# first
:NEW8 - [0:0]
-A NEW8 -i a/b -s 5.5.5.1
# second
-F
# third
-A NEW8 -i c/d -s 5.5.5.2
COMMIT
# after
*nat
# fourth
-A SVC -i e/f -j MISSING
# fifth
COMMIT
EOF
iptables-save
iptables-restore --noflush -v <<EOF
*filter
# sixth
-A KEEP -i g/h -j NOWHERE
# seventh
COMMIT
EOF
# -Z's wording of a missing chain comes from the command before it, also
# when the block is read again
iptables-restore --noflush <<EOF
*filter
-A KEEP -s 6.6.6.1
COMMIT
*filter
-D KEEP -s 6.6.6.1
-Z NOPE
-F
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
-P INPUT ACCEPT
-F
-Z NOPE
COMMIT
EOF
iptables-save
