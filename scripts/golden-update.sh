#!/usr/bin/env bash
# Re-records the golden files (src/test/resources/golden/) from the bundled scenarios.
# Only for an intended change of behaviour, committed on its own with a message that says why.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test -Dtest=GoldenFilesTest -Dpnyx.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false
git status --short src/test/resources/golden | head -50
