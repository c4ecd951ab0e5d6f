// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target: iptables-restore, the whole applet, with no kernel.
 *
 * Input: the first byte chooses the program and its options (bit 0:
 * ip6tables-restore, bit 1: -n, bit 2: -c, bit 3: -v, bits 4-5: -T
 * filter/nat/mangle), the rest is the restore file.  The applet runs in
 * its no-kernel mode (IPTNFT_BATCH_OUT, src/restore.c): the kernel is
 * taken to be empty and every COMMIT's batch is written to /dev/null, so
 * parsing, the block's chain model and linearization all run.
 */
#include <netinet/in.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/netfilter.h>

#include <iptnft/applets.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stdout();
	if (setenv("IPTNFT_BATCH_OUT", "/dev/null", 1))
		abort();
	return 0;
}

static void write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w <= 0)
			abort();
		p += w;
		n -= (size_t)w;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const tables[] = { NULL, "filter", "nat",
					      "mangle" };
	char path[64], prog[32], *argv[8];
	uint8_t family, flags;
	int argc = 0, fd;

	if (size < 1)
		return 0;
	flags = data[0];
	family = flags & 1 ? NFPROTO_IPV6 : NFPROTO_IPV4;
	fd = memfd_create("restore-input", MFD_CLOEXEC);
	if (fd < 0)
		abort();
	write_all(fd, data + 1, size - 1);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	snprintf(prog, sizeof(prog), "%s-restore", family_prog(family));

	argv[argc++] = prog;
	if (flags & 2)
		argv[argc++] = (char *)"-n";
	if (flags & 4)
		argv[argc++] = (char *)"-c";
	if (flags & 8)
		argv[argc++] = (char *)"-v";
	if (tables[(flags >> 4) & 3]) {
		argv[argc++] = (char *)"-T";
		argv[argc++] = (char *)tables[(flags >> 4) & 3];
	}
	argv[argc++] = path;
	argv[argc] = NULL;
	optind = 0;		/* getopt_long starts afresh */
	applet_restore(family, argc, argv);
	fflush(stdout);
	close(fd);
	return 0;
}
