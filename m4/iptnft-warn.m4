# IPTNFT_WARN_FLAGS(VARIABLE, FLAGS)
# Append to VARIABLE each of FLAGS that the C compiler accepts.
AC_DEFUN([IPTNFT_WARN_FLAGS], [
	for iptnft_flag in $2; do
		AC_MSG_CHECKING([whether $CC accepts $iptnft_flag])
		iptnft_save_CFLAGS="$CFLAGS"
		CFLAGS="$CFLAGS -Werror $iptnft_flag"
		AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
			[$1="$$1 $iptnft_flag"; AC_MSG_RESULT([yes])],
			[AC_MSG_RESULT([no])])
		CFLAGS="$iptnft_save_CFLAGS"
	done
])
