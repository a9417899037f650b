#!/bin/sh
# Migration diff and plan benchmark (docs/performance.md, "Migrations").
#
#   bench/migrate/run.sh
#
# Builds the CLI jar if it is missing, generates a synthetic domain of MODELS models into a
# temporary folder, and runs bench/migrate/MigrationBench.java on it: v2 is v1 with every 20th
# model edited, and SchemaDiff.between + MigrationPlanner.plan are timed in-process per dialect.
# Writes the JSON result to bench/results/migrate/ (git-ignored).
#
# Environment: MODELS (default 2000), WARMUP (default 20), ITERATIONS (default 50),
# JAVA (default java), JAVA_OPTS (default none).
set -eu
cd "$(dirname "$0")/../.."

MODELS=${MODELS:-2000}
WARMUP=${WARMUP:-20}
ITERATIONS=${ITERATIONS:-50}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=headless-cli/target/forge-cli.jar
RESULTS=bench/results/migrate

if [ ! -f "$JAR" ]; then
  ./mvnw -B -o -q package -pl headless-cli -am -DskipTests
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$RESULTS"

python3 bench/synthetic/generate.py --models "$MODELS" --out "$TMP/v1"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -cp "$JAR" bench/migrate/MigrationBench.java "$TMP/v1" \
  --warmup "$WARMUP" --iterations "$ITERATIONS" --out "$RESULTS/migrate-$MODELS.json"
