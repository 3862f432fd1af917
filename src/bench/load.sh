#!/usr/bin/env bash
# HTTP benchmarks on loopback against target/civicline.jar (not run in CI).
#   src/bench/load.sh            start-up time, memory, then analyze / Twilio webhook / health under load
#   src/bench/load.sh soak [S]   S seconds (default 1800) of analyze at half the measured peak, memory every minute
#   src/bench/load.sh real DIR   analyze with residents' real texts (every .jsonl under DIR, such as the
#                                evaluation's dev set: ../shared/eval/dev), each request a different text
#   src/bench/load.sh warm [S]   S seconds (default 180) of analyze first, then health and analyze three times:
#                                the server once the JIT compiler has caught up, not right after start-up
# Figures depend on the machine: quote them with it, or as ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/civicline.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
port=${PORT:-18311}
connections=${CONNECTIONS:-16}
seconds=${SECONDS_PER_RUN:-15}
token=bench-twilio-token
data=$(mktemp -d)
trap 'kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$data"' EXIT

start=$(date +%s.%N)
(cd "$data" && exec java -Xmx1g -jar "$OLDPWD/$jar" --server.port="$port" \
	--civicline.sms.twilio.account-sid=AC00000000000000000000000000000000 \
	--civicline.sms.twilio.auth-token="$token" --civicline.sms.twilio.from=+15550000311 \
	--civicline.sms.twilio.api-base-url=http://127.0.0.1:9 >"$data/app.log" 2>&1) &
app=$!
until curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"text":"hello"}' \
	"http://127.0.0.1:$port/api/v1/analyze" 2>/dev/null; do
	kill -0 "$app" 2>/dev/null || { tail -20 "$data/app.log"; exit 1; }
	sleep 0.2
done
ready=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
pid=$(pgrep -P "$app" java || echo "$app")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GiB; ready in $ready s (incl. JVM); resident memory $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB; jar $(( $(stat -c %s $jar) / 1048576 )) MB"

command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null 2>&1 || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
base="http://127.0.0.1:$port"
run() { # name, wrk arguments...
	local name=$1; shift
	# The server's user and system time over the run, in clock ticks (100 a second), per request.
	local ticks; ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
	local out; out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" 2>&1)
	ticks=$(( $(awk '{print $14 + $15}' "/proc/$pid/stat") - ticks ))
	local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
	printf '%-28s %8s requests/s   p50 %8s   p99 %8s   processor %s ms/request   %s\n' "$name" \
		"$(echo "$out" | awk '/Requests\/sec/ {print int($2)}')" \
		"$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
		"$(python3 -c "print(round($ticks * 10 / max(${requests:-0}, 1), 2))")" \
		"$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' || true)"
}

if [ "${1:-}" = real ]; then
	[ -d "${2:-}" ] || { echo "usage: src/bench/load.sh real DIR (a folder of .jsonl cases with a text field)" >&2; exit 1; }
	cat "$2"/*.jsonl | python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip(): print(json.dumps({"text": json.loads(line)["text"]}))' >"$data/real.jsonl"
	echo "real texts: $(wc -l <"$data/real.jsonl") from $2"
	export REAL_TEXTS="$data/real.jsonl"
	wrk -t1 -c8 -d5s -s src/bench/real.lua "$base" >/dev/null 2>&1 # warm-up
	run "GET /actuator/health" "$base/actuator/health"
	for round in 1 2 3; do
		run "POST /api/v1/analyze (real)" -s src/bench/real.lua "$base"
	done
	run "POST /api/v1/analyze (templates)" -s src/bench/analyze.lua "$base"
	echo "resident memory after the load: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB"
elif [ "${1:-}" = warm ]; then
	wrk -t1 -c"$connections" -d"${2:-180}s" -s src/bench/analyze.lua "$base" >/dev/null 2>&1
	for round in 1 2 3; do
		run "GET /actuator/health" "$base/actuator/health"
		run "POST /api/v1/analyze" -s src/bench/analyze.lua "$base"
	done
	echo "resident memory after the load: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB"
elif [ "${1:-}" = soak ]; then
	wrk -t1 -c8 -d5s -s src/bench/analyze.lua "$base" >/dev/null 2>&1 # warm-up
	measured=$(run "POST /api/v1/analyze" -s src/bench/analyze.lua "$base")
	echo "$measured"
	peak=$(echo "$measured" | awk '{print $3}')
	java src/bench/HttpLoad.java soak "$base" "${2:-1800}" "$connections" $(( peak / 2 )) "$pid"
else
	java src/bench/HttpLoad.java sign "$base/webhooks/twilio/sms" 200000 "$token" >"$data/twilio-requests.tsv"
	wrk -t1 -c8 -d5s -s src/bench/analyze.lua "$base" >/dev/null 2>&1 # warm-up
	run "GET /actuator/health" "$base/actuator/health"
	run "POST /api/v1/analyze" -s src/bench/analyze.lua "$base"
	TWILIO_REQUESTS="$data/twilio-requests.tsv" run "POST /webhooks/twilio/sms" -s src/bench/twilio.lua "$base"
	echo "resident memory after the load: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB"
fi
