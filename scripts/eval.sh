#!/usr/bin/env bash
# Runs `stancegraph extract --format jsonl` (the real CLI, reading files
# through ingest.Read) on the evaluation sets and prints the scorer's figures.
# Usage: scripts/eval.sh [EVAL_DIR] [--verbose] [SET...]
# EVAL_DIR defaults to $STANCEGRAPH_EVAL or ../shared/eval; SETs default to
# dev, bbc-dev and basil-dev. With --verbose the scorer lists misses (FN) and
# extras (FP). Set KEEP=DIR to keep the predictions in DIR/SET.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL="${STANCEGRAPH_EVAL:-../shared/eval}"
if [[ $# -gt 0 && "$1" != --* && -d "$1" && ! -d "${STANCEGRAPH_EVAL:-../shared/eval}/$1" ]]; then EVAL="$1"; shift; fi
VERBOSE=""
SETS=()
for a in "$@"; do
  case "$a" in
    --verbose) VERBOSE=--verbose ;;
    *) SETS+=("$a") ;;
  esac
done
[[ ${#SETS[@]} -gt 0 ]] || SETS=(dev bbc-dev basil-dev)
if [[ ! -f "$EVAL/score.py" ]]; then
  echo "no evaluation data at $EVAL (set STANCEGRAPH_EVAL)" >&2
  exit 2
fi
OUT="${KEEP:-}"
if [[ -z "$OUT" ]]; then
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
fi
mkdir -p "$OUT"
go build -o "$OUT/stancegraph" ./cmd/stancegraph
for set in "${SETS[@]}"; do
  [[ -d "$EVAL/$set" ]] || continue
  "$OUT/stancegraph" extract --format jsonl "$EVAL/$set"/articles/*.txt > "$OUT/$set.jsonl"
  echo "== $set"
  python3 "$EVAL/score.py" "$EVAL/$set/gold.jsonl" "$OUT/$set.jsonl" $VERBOSE | grep -E '^(overall|  F[PN])' || true
done
