#!/bin/sh
# scripts/output-snapshot.sh DEST
#
# Builds the site twice into DEST — the bundled reports (DEST/bundled) and a 60-report
# generated corpus, seed 1 (DEST/corpus60) — datasets in DEST/*/data, HTML in DEST/*/dist.
# A refactor that must not change the output is checked with two snapshots:
#   git stash; scripts/output-snapshot.sh /tmp/before; git stash pop
#   scripts/output-snapshot.sh /tmp/after; diff -r /tmp/before /tmp/after
# (Astro's asset file names are content hashes, so a changed script shows up as a renamed
# file and a changed hash in the pages that load it.) Takes a few minutes on 2 cores.
set -eu
dest=${1:?uso: scripts/output-snapshot.sh DEST}
rm -rf "$dest"
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
npx tsx scripts/corpus.ts --reports 60 --seed 1 --out "$dest/corpus-input" >/dev/null
build() { # name reports institutions
  DATA_DIR="$dest/$1/data" REPORTS_DIR="$2" INSTITUTIONS_FILE="$3" OUT_DIR="$dest/$1/dist" \
    sh -c 'npx tsx src/ingest/cli.ts 2>/dev/null && npx astro build >/dev/null'
}
build bundled data/reports data/institutions.csv
build corpus60 "$dest/corpus-input/reports" "$dest/corpus-input/institutions.csv"
rm -rf "$dest/corpus-input"
echo "output-snapshot: $dest"
