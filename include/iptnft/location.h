/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Where a piece of the IR came from: the input line (restore files; 0 for a
 * command line) and the word on it (1-based; 0 when unknown).
 */
#ifndef IPTNFT_LOCATION_H
#define IPTNFT_LOCATION_H

struct location {
	unsigned int line;
	unsigned int word;
};

#endif
