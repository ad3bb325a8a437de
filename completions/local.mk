# completions: bash and zsh completion for tidings, installed where the shells look (issue 7).
# configure chooses the directories (--with-bash-completion-dir, --with-zsh-completion-dir).
if BASH_COMPLETION
bashcompletiondir = $(BASH_COMPLETION_DIR)
dist_bashcompletion_DATA = completions/bash/tidings
endif
if ZSH_COMPLETION
zshcompletiondir = $(ZSH_COMPLETION_DIR)
dist_zshcompletion_DATA = completions/zsh/_tidings
endif
EXTRA_DIST += completions/bash/tidings completions/zsh/_tidings
