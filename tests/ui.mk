# tests of the interface (src/ui, src/cmd actions and keys): the real binary driven in tmux.
UI_SHELL_TESTS = \
	tests/ui/views.sh tests/ui/screen.sh tests/ui/refresh.sh tests/ui/welcome.sh \
	tests/ui/cmdline.sh
TESTS += $(UI_SHELL_TESTS)
EXTRA_DIST += $(UI_SHELL_TESTS) tests/ui/lib.sh tests/ui/data
