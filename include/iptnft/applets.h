/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The applets of the multi-call binary. */
#ifndef IPTNFT_APPLETS_H
#define IPTNFT_APPLETS_H

#include <stdint.h>
#include <stdio.h>

#include <iptnft/erec.h>

#define IPTNFT_XT_VERSION "1.8.9"

int applet_xtables(uint8_t family, int argc, char **argv);
int applet_save(uint8_t family, int argc, char **argv);
int applet_restore(uint8_t family, int argc, char **argv);
int applet_translate(uint8_t family, int argc, char **argv);
int applet_restore_translate(uint8_t family, int argc, char **argv);

void print_help(uint8_t family);

/* "iptables" or "ip6tables" */
const char *family_prog(uint8_t family);

/*
 * Prints an error in iptables' format for prog and returns its exit
 * status.  hint: add the "Try `prog -h'" line for parameter problems.
 */
int erec_report(const struct erec *e, const char *prog, FILE *f);

#endif
