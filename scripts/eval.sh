#!/usr/bin/env bash
# Runs the extractor on the evaluation sets and prints the scorer's figures.
# Usage: scripts/eval.sh [EVAL_DIR] [--verbose]
# EVAL_DIR defaults to $STANCEGRAPH_EVAL or ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL="${STANCEGRAPH_EVAL:-../shared/eval}"
if [[ $# -gt 0 && "$1" != --* ]]; then EVAL="$1"; shift; fi
VERBOSE="${1:-}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
go build -o "$OUT/evalcmd" ./ingest/extract/internal/evalcmd
for set in dev basil-dev bbc-dev; do
  [[ -d "$EVAL/$set" ]] || continue
  "$OUT/evalcmd" "$EVAL/$set"/articles/*.txt > "$OUT/$set.jsonl"
  echo "== $set"
  python3 "$EVAL/score.py" "$EVAL/$set/gold.jsonl" "$OUT/$set.jsonl" $VERBOSE | grep -E '^(overall|  F[PN])' || true
done
