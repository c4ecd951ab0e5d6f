"""Raw dump of the nf_tables objects of the current network namespace.

`nft --debug=netlink` hides the payload of nft_compat match/target expressions
(the xt_* structs) and the rule userdata (comments), so this module asks the
kernel directly over NETLINK_NETFILTER and prints every attribute it gets back.
Tables, chains and rules are printed in kernel order, one attribute per line,
nested attributes indented.  Object handles, a rule's position (the handle of
the rule before it) and the generation id are left out: they are the only
values that may legitimately differ between two tools.
"""

import socket
import struct

NETLINK_NETFILTER = 12
NFNL_SUBSYS_NFTABLES = 10
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
NLMSG_ERROR = 2
NLMSG_DONE = 3
NLA_F_NESTED = 0x8000
NLA_TYPE_MASK = 0x3fff

# message type -> (object kind, attribute names, attribute numbers of handles)
OBJECTS = (
    (1, "table", {1: "name", 2: "flags", 3: "use", 4: "handle", 5: "pad",
                  6: "userdata", 7: "owner"}, {4}),
    (4, "chain", {1: "table", 2: "handle", 3: "name", 4: "hook", 5: "policy",
                  6: "use", 7: "type", 8: "counters", 9: "pad", 10: "flags",
                  11: "id", 12: "userdata"}, {2}),
    (7, "rule", {1: "table", 2: "chain", 3: "handle", 4: "expressions",
                 5: "compat", 6: "position", 7: "userdata", 8: "pad", 9: "id",
                 10: "position_id", 11: "chain_id"}, {3, 6}),
)


def attributes(buf):
    """Yield (type, nested flag, payload) for each netlink attribute in buf."""
    off = 0
    while off + 4 <= len(buf):
        length, kind = struct.unpack_from("=HH", buf, off)
        if length < 4 or off + length > len(buf):
            raise ValueError("malformed attribute")
        yield kind & NLA_TYPE_MASK, bool(kind & NLA_F_NESTED), buf[off + 4:off + length]
        off += (length + 3) & ~3


def looks_nested(payload):
    """True if payload parses as a sequence of attributes filling it exactly."""
    if len(payload) < 4:
        return False
    try:
        total = 0
        for _, _, data in attributes(payload):
            total += (len(data) + 4 + 3) & ~3
        return total == len(payload)
    except ValueError:
        return False


def scalar(payload, depth=0):
    """Render a leaf attribute: a C string as a quoted string, else hex
    (32 bytes a line, so that a diff of a long xt_* struct stays readable)."""
    body = payload[:-1]
    if payload.endswith(b"\0") and body and all(32 <= c < 127 for c in body):
        return '"%s"' % body.decode()
    chunks = [payload[i:i + 32].hex() for i in range(0, len(payload), 32)]
    return ("\n" + "  " * (depth + 1)).join(chunks) or "(empty)"


def render(payload, names, skip, depth, out):
    """Append one line per attribute of payload to out, recursing into nests."""
    for kind, nested, data in attributes(payload):
        if kind in skip:
            continue
        label = names.get(kind, str(kind))
        if label == "expressions":
            out.append("%sexpressions:" % ("  " * depth))
            render_expressions(data, depth + 1, out)
        elif nested or looks_nested(data):
            out.append("%s%s:" % ("  " * depth, label))
            render(data, {}, set(), depth + 1, out)
        else:
            out.append("%s%s: %s" % ("  " * depth, label, scalar(data, depth)))


def render_expressions(payload, depth, out):
    """Render a list of expressions as `[name]` followed by its data."""
    for _, _, elem in attributes(payload):
        parts = {kind: data for kind, _, data in attributes(elem)}
        out.append("%s[%s]" % ("  " * depth, scalar(parts.pop(1, b"")).strip('"')))
        render(parts.pop(2, b""), {}, set(), depth + 1, out)
        for kind, data in sorted(parts.items()):
            out.append("%s%d: %s" % ("  " * (depth + 1), kind, scalar(data, depth)))


def dump_messages(sock, msg_type, seq):
    """Send one NFT_MSG_GET* dump request and return the attribute payloads."""
    nlmsg_type = (NFNL_SUBSYS_NFTABLES << 8) | msg_type
    request = struct.pack("=IHHII", 20, nlmsg_type, NLM_F_REQUEST | NLM_F_DUMP, seq, 0)
    request += struct.pack("=BBH", socket.AF_UNSPEC, 0, 0)
    sock.send(request)
    payloads = []
    while True:
        data = sock.recv(1 << 20)
        off = 0
        while off + 16 <= len(data):
            length, kind = struct.unpack_from("=IH", data, off)
            if kind == NLMSG_DONE:
                return payloads
            if kind == NLMSG_ERROR:
                err = struct.unpack_from("=i", data, off + 16)[0]
                if err:
                    raise OSError(-err, "nf_tables dump failed")
            else:
                family = data[off + 16]
                payloads.append((family, data[off + 20:off + length]))
            off += (length + 3) & ~3


FAMILIES = {1: "inet", 2: "ip", 3: "arp", 5: "netdev", 7: "bridge", 10: "ip6"}


def dump():
    """Return the text dump of all tables, chains and rules."""
    out = []
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_NETFILTER) as sock:
        sock.bind((0, 0))
        for seq, (msg_type, kind, names, handles) in enumerate(OBJECTS, 1):
            for family, payload in dump_messages(sock, msg_type, seq):
                out.append("%s %s" % (kind, FAMILIES.get(family, family)))
                render(payload, names, handles, 1, out)
    return "\n".join(out) + "\n" if out else ""


if __name__ == "__main__":
    print(dump(), end="")
