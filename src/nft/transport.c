// SPDX-License-Identifier: GPL-2.0-or-later
/* Port matches on the transport header, both ways (tcp, udp, sctp...). */
#include <stdio.h>
#include <arpa/inet.h>
#include <string.h>

#include <iptnft/nft.h>

static void lin_th_port(struct lin_ctx *c, uint32_t offset,
			const uint16_t r[2], bool inv)
{
	uint16_t lo = htons(r[0]), hi = htons(r[1]);

	lin_payload(c, NFT_PAYLOAD_TRANSPORT_HEADER, offset, 2, LIN_REG);
	if (r[0] == r[1])
		lin_cmp(c, inv ? NFT_CMP_NEQ : NFT_CMP_EQ, LIN_REG, &lo, 2);
	else if (r[0] == 0)
		lin_cmp(c, inv ? NFT_CMP_GT : NFT_CMP_LTE, LIN_REG, &hi, 2);
	else
		lin_range(c, inv ? NFT_RANGE_NEQ : NFT_RANGE_EQ, LIN_REG, &lo,
			  &hi, 2);
}

static bool port_any(const uint16_t r[2], bool inv)
{
	return r[0] == 0 && r[1] == 0xFFFF && !inv;
}

void lin_th_ports(struct lin_ctx *c, const uint16_t sp[2], bool sinv,
		  const uint16_t dp[2], bool dinv)
{
	if (sp[0] == sp[1] && dp[0] == dp[1] && !sinv && !dinv) {
		uint16_t both[2] = { htons(sp[0]), htons(dp[0]) };

		lin_payload(c, NFT_PAYLOAD_TRANSPORT_HEADER, 0, 4, LIN_REG);
		lin_cmp(c, NFT_CMP_EQ, LIN_REG, both, 4);
		return;
	}
	if (!port_any(sp, sinv))
		lin_th_port(c, 0, sp, sinv);
	if (!port_any(dp, dinv))
		lin_th_port(c, 2, dp, dinv);
}

static uint16_t be16_at(const uint8_t *d)
{
	return (uint16_t)(d[0] << 8 | d[1]);
}

static int dlin_th_port(const struct dlin_ctx *c, uint16_t r[2], bool *inv)
{
	const struct dexpr *x = dlin_peek(c, 1);
	uint16_t v;

	if (!x)
		return 0;
	*inv = false;
	if (x->kind == DX_RANGE && x->range.len == 2) {
		r[0] = be16_at(x->range.from);
		r[1] = be16_at(x->range.to);
		*inv = x->range.op == NFT_RANGE_NEQ;
		return 2;
	}
	if (x->kind != DX_CMP || x->cmp.len != 2)
		return 0;
	v = be16_at(x->cmp.data);
	switch (x->cmp.op) {
	case NFT_CMP_EQ:
	case NFT_CMP_NEQ:
		r[0] = r[1] = v;
		*inv = x->cmp.op == NFT_CMP_NEQ;
		return 2;
	case NFT_CMP_LTE:
	case NFT_CMP_GT:
		r[0] = 0;
		r[1] = v;
		*inv = x->cmp.op == NFT_CMP_GT;
		return 2;
	case NFT_CMP_GTE:
		r[0] = v;
		r[1] = 65535;
		return 2;
	}
	return 0;
}

int dlin_th_ports(const struct dlin_ctx *c, uint16_t sp[2], bool *sinv,
		  uint16_t dp[2], bool *dinv, unsigned int *which)
{
	const struct dexpr *p = dlin_peek(c, 0), *x = dlin_peek(c, 1);

	if (!p || p->kind != DX_PAYLOAD ||
	    p->payload.base != NFT_PAYLOAD_TRANSPORT_HEADER)
		return 0;
	if (p->payload.offset == 0 && p->payload.len == 4) {
		if (!x || x->kind != DX_CMP || x->cmp.op != NFT_CMP_EQ ||
		    x->cmp.len != 4)
			return 0;
		sp[0] = sp[1] = be16_at(x->cmp.data);
		dp[0] = dp[1] = be16_at(x->cmp.data + 2);
		*sinv = *dinv = false;
		*which = DLIN_SPORT | DLIN_DPORT;
		return 2;
	}
	if (p->payload.len != 2)
		return 0;
	if (p->payload.offset == 0) {
		*which = DLIN_SPORT;
		return dlin_th_port(c, sp, sinv);
	}
	if (p->payload.offset == 2) {
		*which = DLIN_DPORT;
		return dlin_th_port(c, dp, dinv);
	}
	return 0;
}
