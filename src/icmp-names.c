// SPDX-License-Identifier: GPL-2.0-or-later
/* ICMP type names: parsing, save and -L forms. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <strings.h>

#include <iptnft/ext.h>
#include <iptnft/icmp-names.h>

int icmp_type_parse(const struct icmp_name *names, const char *s,
		    uint8_t *type, uint8_t code[2], const char **amb1,
		    const char **amb2)
{
	const struct icmp_name *found = NULL, *n;
	size_t len = strlen(s);
	uint64_t t, c;
	const char *slash;
	char *end;
	char buf[16];

	for (n = names; n->name; n++) {
		if (strncasecmp(n->name, s, len))
			continue;
		if (found && (found->type != n->type ||
			      found->code_min != n->code_min ||
			      found->code_max != n->code_max)) {
			*amb1 = found->name;
			*amb2 = n->name;
			return -EEXIST;
		}
		if (!found)
			found = n;
	}
	if (found && len) {
		*type = found->type;
		code[0] = found->code_min;
		code[1] = found->code_max;
		return 0;
	}
	slash = strchr(s, '/');
	snprintf(buf, sizeof(buf), "%.*s",
		 (int)(slash ? (size_t)(slash - s) : len), s);
	if (!ext_strtoul(buf, NULL, 0, 255, &t))
		return -EINVAL;
	*type = t;
	code[0] = 0;
	code[1] = 0xFF;
	if (!slash)
		return 0;
	/* "code" or "min:max", numbers in any C base */
	if (!ext_strtoul(slash + 1, &end, 0, 255, &c))
		return -ERANGE;
	code[0] = code[1] = c;
	if (*end == ':') {
		if (!ext_strtoul(end + 1, &end, 0, 255, &c))
			return -ERANGE;
		code[1] = c;
	}
	if (*end) {
		*amb1 = end;
		return -EILSEQ;
	}
	return 0;
}

void icmp_type_save(struct strbuf *out, const char *opt, uint8_t type,
		    const uint8_t code[2], bool inv, bool any)
{
	strbuf_addf(out, "%s --%s ", inv ? " !" : "", opt);
	if (any && type == 0xFF && code[0] == 0 && code[1] == 0xFF)
		strbuf_adds(out, "any");
	else if (code[0] != 0 || code[1] != 0xFF)
		strbuf_addf(out, "%u/%u", type, code[0]);	/* as 1.8.9 */
	else
		strbuf_addf(out, "%u", type);
}

void icmp_type_list(struct strbuf *out, const struct icmp_name *names,
		    const char *proto, uint8_t type, const uint8_t code[2],
		    bool inv, bool numeric)
{
	const struct icmp_name *n;

	strbuf_addf(out, " %s", proto);
	if (!numeric) {
		for (n = names; n->name; n++) {
			if (n->type == type && n->code_min == code[0] &&
			    n->code_max == code[1]) {
				strbuf_addf(out, " %s%s", inv ? "!" : "",
					    n->name);
				return;
			}
		}
	}
	strbuf_addf(out, "%stype %u", inv ? " !" : "", type);
	if (code[0] == code[1])
		strbuf_addf(out, " code %u", code[0]);
	else if (code[0] != 0 || code[1] != 0xFF)
		strbuf_addf(out, " codes %u-%u", code[0], code[1]);
}

void icmp_names_help(struct strbuf *out, const struct icmp_name *names)
{
	const struct icmp_name *n, *prev = NULL;

	for (n = names; n->name; n++) {
		if (n->unlisted)
			continue;
		if (prev && prev->type == n->type &&
		    prev->code_min == n->code_min &&
		    prev->code_max == n->code_max) {
			strbuf_addf(out, " (%s)", n->name);
			continue;
		}
		if (prev)
			strbuf_addc(out, '\n');
		if (n->code_min == n->code_max)
			strbuf_adds(out, "   ");
		strbuf_adds(out, n->name);
		prev = n;
	}
	strbuf_addc(out, '\n');
}
