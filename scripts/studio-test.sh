#!/bin/bash
# End-to-end tests of Pnyx Studio in a real browser: Debian's headless Chromium driven by Selenium
# (src/test/java/org/pnyx/gui/StudioBrowserTest, JUnit tag "browser", which mvn verify leaves out), then a
# smoke test of the shaded jar: 'pnyx studio --no-browser' serves the page and the catalogue.
# Screenshots go to target/studio-screenshots/.
#
# Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver). Exits 0 on success,
# 1 on a failure, 77 when Chromium or its driver is missing.
# Usage: scripts/studio-test.sh [path/to/pnyx.jar]   (default: target/pnyx.jar; build it with mvn package)
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=$(readlink -f "${1:-target/pnyx.jar}")
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
    if [ ! -x "$tool" ]; then
        echo "studio-test: skipped: $tool not found (apt-get install chromium chromium-driver)"
        exit 77
    fi
done
[ -f "$JAR" ] || { echo "studio-test: no jar at $JAR; run mvn -q package -DskipTests" >&2; exit 1; }

echo "studio-test: browser tests (headless Chromium)"
mvn -q test -Dtest=StudioBrowserTest -Dtest.groups=browser -Dtest.excludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false
grep -h "Tests run" target/surefire-reports/org.pnyx.gui.StudioBrowserTest.txt

echo "studio-test: the jar serves the studio without a browser"
T=$(mktemp -d /tmp/pnyx-studio.XXXXXX)
java -jar "$JAR" studio --no-browser --port 0 --results "$T/results" > "$T/out" 2> "$T/err" &
PID=$!
cleanup() { kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
URL=""
for _ in $(seq 1 120); do
    URL=$(sed -n 's/^Pnyx Studio: \(http[^ ]*\).*/\1/p' "$T/out")
    [ -n "$URL" ] && break
    kill -0 "$PID" 2> /dev/null || { cat "$T/err" >&2; echo "studio-test: pnyx studio exited" >&2; exit 1; }
    sleep 0.5
done
[ -n "$URL" ] || { echo "studio-test: pnyx studio printed no address" >&2; exit 1; }
# Each response goes to a file before it is searched: 'curl | grep -q' fails under pipefail when grep stops
# reading at its first match and curl is cut off writing the rest (a large page).
curl -sf "${URL}api/catalog" > "$T/catalog" && grep -q '"key":"bylaws.quorum"' "$T/catalog" \
    || { echo "studio-test: no catalogue at ${URL}api/catalog" >&2; exit 1; }
curl -sf "$URL" > "$T/page" && grep -q "<title>Pnyx Studio</title>" "$T/page" \
    || { echo "studio-test: no page at $URL" >&2; exit 1; }
if [ -s "$T/err" ]; then
    echo "studio-test: pnyx studio wrote to standard error:" >&2
    cat "$T/err" >&2
    exit 1
fi
echo "studio-test: 2 passed, 0 failed"
