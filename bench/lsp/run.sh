#!/bin/sh
# Language server latency benchmark (docs/performance.md).
#
#   bench/lsp/run.sh
#
# Builds the server jar if it is missing, generates synthetic domains of 100, 500 and 2000 models
# into a temporary folder, runs bench/lsp/lsp_latency.py on each of them REPEATS times with the
# recommended JVM options (forge-lsp-server/src/main/resources/dev/laforge/lsp/jvm.options) and
# with the JVM's defaults, keeps the JSON results in bench/results/lsp/ (git-ignored) and rewrites
# the results section of docs/performance.md (best of the repeats, see bench/lsp/report.py).
#
# With SNAPSHOT=1 each domain first gets its schema snapshot (.laforge/schema.json, written by
# `forge generate` with the CLI jar, built if missing; the generated and migrations folders are
# removed again), so the server compares every edit with it and publishes the migration warnings
# (docs/performance.md, "Migration warnings as you type"). Those results go to
# bench/results/lsp-snapshot/ and docs/performance.md is left as it is.
#
# Environment: REPEATS (default 3), SIZES (default "100 500 2000"), CONFIGS (default
# "recommended defaults"), SNAPSHOT (default 0), JAVA (default java).
set -eu
cd "$(dirname "$0")/../.."

REPEATS=${REPEATS:-3}
SIZES=${SIZES:-"100 500 2000"}
CONFIGS=${CONFIGS:-"recommended defaults"}
SNAPSHOT=${SNAPSHOT:-0}
JAVA=${JAVA:-java}
JAR=forge-lsp-server/target/forge-lsp-server.jar
CLI=headless-cli/target/forge-cli.jar
OPTIONS=forge-lsp-server/src/main/resources/dev/laforge/lsp/jvm.options
RESULTS=bench/results/lsp
if [ "$SNAPSHOT" = 1 ]; then
  RESULTS=bench/results/lsp-snapshot
fi

if [ ! -f "$JAR" ]; then
  ./mvnw -B -o -q package -pl forge-lsp-server -am -DskipTests
fi
if [ "$SNAPSHOT" = 1 ] && [ ! -f "$CLI" ]; then
  ./mvnw -B -o -q package -pl headless-cli -am -DskipTests
fi
JAR_DIR=$(cd "$(dirname "$JAR")" && pwd)

# The recommended options, as a launcher applies them: ${jarDir} replaced, the archive option
# dropped when the build could not write the archive.
recommended=$(grep -v '^[[:space:]]*#' "$OPTIONS" | grep -v '^[[:space:]]*$' | sed "s|\${jarDir}|$JAR_DIR|g" |
  while read -r option; do
    case "$option" in
      -XX:SharedArchiveFile=*) [ -f "${option#-XX:SharedArchiveFile=}" ] && echo "$option" ;;
      *) echo "$option" ;;
    esac
  done | tr '\n' ' ')

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.json

for models in $SIZES; do
  python3 bench/synthetic/generate.py --models "$models" --out "$TMP/synthetic-$models" >/dev/null
  if [ "$SNAPSHOT" = 1 ]; then
    # The snapshot of the domain as generated: the valid edits then change the schema against it.
    "$JAVA" -jar "$CLI" generate "$TMP/synthetic-$models" >/dev/null
    rm -rf "$TMP/synthetic-$models/generated" "$TMP/synthetic-$models/migrations"
    test -f "$TMP/synthetic-$models/.laforge/schema.json"
  fi
  for repeat in $(seq 1 "$REPEATS"); do
    for config in $CONFIGS; do
      case "$config" in
        recommended) options=$recommended ;;
        defaults) options="" ;;
        *) echo "run.sh: unknown configuration $config" >&2; exit 2 ;;
      esac
      echo "== $models models, $config, run $repeat/$REPEATS"
      python3 bench/lsp/lsp_latency.py --domain "$TMP/synthetic-$models" --jar "$JAR" --java "$JAVA" \
        --java-opts="$options" --label "$config" --out "$RESULTS/$config-$models-$repeat.json" ||
        echo "== the driver reported problems (see $RESULTS/$config-$models-$repeat.json)"
    done
  done
done

if [ "$SNAPSHOT" = 1 ]; then
  echo "== results with a snapshot in $RESULTS (docs/performance.md is not rewritten)"
else
  python3 bench/lsp/report.py "$RESULTS" docs/performance.md
fi
