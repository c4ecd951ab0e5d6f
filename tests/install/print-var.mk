# SPDX-License-Identifier: GPL-2.0-or-later
# make -f Makefile -f tests/install/print-var.mk print-var VAR=sbindir
print-var:
	@echo '$($(VAR))'
