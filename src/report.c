// SPDX-License-Identifier: GPL-2.0-or-later
/* Printing error records in iptables' formats. */
#include <netinet/in.h>
#include <linux/netfilter.h>

#include <iptnft/applets.h>

const char *family_prog(uint8_t family)
{
	return family == NFPROTO_IPV6 ? "ip6tables" : "iptables";
}

int erec_report(const struct erec *e, const char *prog, FILE *f)
{
	if (e->warn.len)
		fputs(e->warn.buf, f);

	switch (e->style) {
	case EREC_XTABLES:
		fprintf(f, "%s v%s (nf_tables): %s\n", prog, IPTNFT_XT_VERSION,
			e->msg);
		break;
	case EREC_SHORT:
		fprintf(f, "%s: %s\n", prog, e->msg);
		break;
	case EREC_RAW:
		fprintf(f, "%s\n", e->msg);
		break;
	case EREC_HINT:
		break;
	}
	if (e->status == XT_PARAMETER_PROBLEM)
		fprintf(f, "Try `%s -h' or '%s --help' for more information.\n",
			prog, prog);
	return e->status ? e->status : XT_OTHER_PROBLEM;
}
