# Shell functions bench/run and bench/scale share (sourced, not run).

# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# bin/dialectic's first lint writes its class-data archive in the background: wait for it (at most 60 s) so that
# the timed runs use it and do not share the CPU with it
await_archive() {
    local cds=${XDG_CACHE_HOME:-$HOME/.cache}/dialectic/cds
    for _ in $(seq 300); do
        compgen -G "$cds/dialectic-*.lock" >/dev/null || return 0
        sleep 0.2
    done
}
