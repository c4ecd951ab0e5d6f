/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Parsing and printing of the value types iptables shares between the base
 * rule and the extensions: protocols, hosts and networks, masks, ports and
 * services, interface names.
 */
#ifndef IPTNFT_VALUES_H
#define IPTNFT_VALUES_H

#include <stdbool.h>
#include <stdint.h>

#include <iptnft/erec.h>
#include <iptnft/ir.h>

/* 0 with *out set, or -EINVAL. "all" is 0. */
int proto_parse(const char *s, uint16_t *out);
/* The name iptables prints for p: /etc/protocols, then its own table,
 * NULL when it has none (print the number). */
const char *proto_name(uint16_t p);
/* Is p one of the protocols iptables itself knows by name (tcp, udp, ...)? */
bool proto_is_builtin(uint16_t p);

/*
 * "addr[/mask][,addr[/mask]...]" with host names resolved.  Appends to
 * *list.  Errors are iptables' messages.
 */
int host_parse_list(uint8_t family, const char *s, struct ir_addr_list *list,
		    struct erec *err, const struct location *loc);

/* "1.2.3.4/32", "10.0.0.0/8", "10.1.0.3/255.255.0.255" (save form). */
void addr_mask_save(uint8_t family, const union ir_addr *a,
		    const union ir_addr *m, struct strbuf *out);
/* -L form: "anywhere"/"0.0.0.0/0" for any, "1.2.3.4" for a host. */
void addr_mask_list(uint8_t family, const union ir_addr *a,
		    const union ir_addr *m, bool numeric, struct strbuf *out);
const char *addr_str(uint8_t family, const union ir_addr *a, char *buf,
		     size_t len);
/* One address as -L names it: host or network name (IPv4), else the
 * number; the number only when numeric. */
void addr_name(uint8_t family, const union ir_addr *a, bool numeric,
	       struct strbuf *out);

/* A port number or service name (for proto "tcp", "udp", ...). */
int port_parse(const char *s, const char *proto, uint16_t *out);
/* The service name of port, or NULL. */
const char *port_name(uint16_t port, const char *proto);

/* Checks an interface name (-i/-o and extensions): 0 or -EINVAL. */
int iface_check(const char *s, struct erec *err, const struct location *loc);



/* "a", "a:b", ":b" or "a:" (service names allowed); 0 or -EINVAL with
 * the message "invalid port/service `%s' specified" queued. */
int port_range_parse(const char *s, const char *proto, uint16_t r[2],
		     struct erec *err, const struct location *loc);
/* The -L form: " spt:22", " dpts:!80:90" (nothing for 0:65535 uninverted) */
void port_range_list(struct strbuf *out, const char *one, const char *many,
		     const uint16_t r[2], bool inv, bool numeric,
		     const char *proto);
/* The save form: " [!] --sport 1:1024" (nothing for 0:65535 uninverted) */
void port_range_save(struct strbuf *out, const char *opt,
		     const uint16_t r[2], bool inv);

#endif
