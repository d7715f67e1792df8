#!/usr/bin/env bash
# The test command: installs what the tests need, builds the solution once, runs every test project and ends with
# one line "N passed, N failed" (", N skipped" when some were skipped). Exit code 0 only when tests ran and none failed.
#
# Environment:
#   TEST_CONFIGURATION  build configuration (default Release)
#   TEST_RESULTS_DIR    where the .trx files go (default TestResults/ at the repo root; emptied of old .trx first)
#   TEST_FILTER         passed to dotnet test --filter (optional, for local runs)
#   SKIP_APT=1          do not try to install system packages
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CONFIGURATION="${TEST_CONFIGURATION:-Release}"
RESULTS_DIR="${TEST_RESULTS_DIR:-$ROOT/TestResults}"
SOLUTION="$ROOT/AgriPole.Web.sln"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_XMLDOC_MODE=skip
# Playwright drives Debian's Chromium (/usr/bin/chromium); it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

log() { printf '[test] %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------------------------
# 1. System packages: Chromium (UI tests), aiosmtpd (real SMTP server), a font so screenshots render text.
# ---------------------------------------------------------------------------------------------------------------
APT_PACKAGES=(chromium python3-aiosmtpd fonts-dejavu-core)

is_installed() {
  if command -v dpkg-query >/dev/null 2>&1; then
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]] && return 0
  fi
  # Without dpkg (or a package installed some other way) look for what the tests actually use.
  case "$1" in
    chromium) [[ -x /usr/bin/chromium ]] ;;
    python3-aiosmtpd) /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || python3 -c 'import aiosmtpd' >/dev/null 2>&1 ;;
    fonts-dejavu-core) [[ -d /usr/share/fonts/truetype/dejavu ]] ;;
    *) return 1 ;;
  esac
}

install_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    log "system packages present: ${APT_PACKAGES[*]}"
    return 0
  fi
  if [[ "${SKIP_APT:-0}" == 1 ]] || ! command -v apt-get >/dev/null 2>&1; then
    log "WARNING: missing ${missing[*]} and apt-get is unavailable (or SKIP_APT=1); the tests that need them will fail"
    return 0
  fi
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
      log "WARNING: missing ${missing[*]}, not root and no sudo; the tests that need them will fail"
      return 0
    fi
  fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null >&2 || log "WARNING: apt-get update failed"
  "${sudo[@]}" apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" </dev/null >&2 \
    || log "WARNING: apt-get install ${missing[*]} failed; the tests that need them will fail"
}
install_packages

# Debian's python3-aiosmtpd lives in /usr/bin/python3's site-packages; a pyenv/venv python3 earlier on PATH does not
# see it. Tests start "python3 -m aiosmtpd", so put a python3 that can import it first on PATH.
SHIM_DIR=""
if ! python3 -c 'import aiosmtpd' >/dev/null 2>&1 && /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  SHIM_DIR="$(mktemp -d)"
  ln -s /usr/bin/python3 "$SHIM_DIR/python3"
  export PATH="$SHIM_DIR:$PATH"
  log "python3 on PATH is now /usr/bin/python3 (it has aiosmtpd)"
fi
export AGRIPOLE_PYTHON="$(command -v python3 || echo python3)"
cleanup() { [[ -n "$SHIM_DIR" ]] && rm -rf "$SHIM_DIR"; }
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------------------
# 2. Restore and build the whole solution once.
# ---------------------------------------------------------------------------------------------------------------
final_line() { # passed failed skipped
  if (($3 > 0)); then echo "$1 passed, $2 failed, $3 skipped"; else echo "$1 passed, $2 failed"; fi
}

log "dotnet $(dotnet --version 2>/dev/null || echo '(missing)'), configuration $CONFIGURATION"
if ! dotnet restore "$SOLUTION" --disable-build-servers -nodeReuse:false; then
  log "ERROR: restore failed"
  final_line 0 0 0
  exit 1
fi
if ! dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore --disable-build-servers -nodeReuse:false; then
  log "ERROR: build failed"
  final_line 0 0 0
  exit 1
fi

# ---------------------------------------------------------------------------------------------------------------
# 3. Every test project of the solution, one after the other, each into its own .trx.
# ---------------------------------------------------------------------------------------------------------------
# Old results must not be counted: empty the default folder; in a given one, remove only the trx files.
[[ -z "${TEST_RESULTS_DIR:-}" ]] && rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
rm -f "$RESULTS_DIR"/*.trx

mapfile -t PROJECTS < <(dotnet sln "$SOLUTION" list 2>/dev/null | tr '\\' '/' | grep -E '\.csproj$' | sort)
TEST_PROJECTS=()
for p in "${PROJECTS[@]}"; do
  # A test project is one that references the test SDK (AgriPole.Testing is a library the tests share).
  if grep -q 'Microsoft.NET.Test.Sdk' "$ROOT/$p" && ! grep -qi '<IsTestProject>false' "$ROOT/$p"; then
    TEST_PROJECTS+=("$p")
  fi
done
if ((${#TEST_PROJECTS[@]} == 0)); then
  log "ERROR: no test project found in $SOLUTION"
  final_line 0 0 0
  exit 1
fi

# Reads "passed failed skipped" from the outcomes of the UnitTestResult elements of a trx file (its Counters element
# leaves skipped tests out altogether: total 2, executed 1, notExecuted 0 for one skip).
trx_counts() {
  local outcomes
  outcomes="$(tr '\n' ' ' <"$1" | grep -o '<UnitTestResult [^>]*>' | grep -o ' outcome="[A-Za-z]*"' | cut -d'"' -f2)"
  local passed failed skipped
  passed=$(grep -cx 'Passed' <<<"$outcomes")
  failed=$(grep -cxE 'Failed|Error|Timeout|Aborted' <<<"$outcomes")
  skipped=$(grep -cxE 'NotExecuted|Inconclusive|NotRunnable|Pending|Disconnected' <<<"$outcomes")
  echo "$passed $failed $skipped"
}

TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0
SUMMARY=()
for p in "${TEST_PROJECTS[@]}"; do
  name="$(basename "$p" .csproj)"
  trx="$RESULTS_DIR/$name.trx"
  log "running $name"
  filter_args=()
  [[ -n "${TEST_FILTER:-}" ]] && filter_args=(--filter "$TEST_FILTER")
  # A hang must not eat CI's 90 minutes: the blame collector kills a test host stuck for 10 minutes.
  dotnet test "$ROOT/$p" -c "$CONFIGURATION" --no-build --no-restore --disable-build-servers \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS_DIR" --blame-hang-timeout 10m "${filter_args[@]}" </dev/null
  rc=$?
  if [[ -f "$trx" ]]; then
    read -r passed failed skipped < <(trx_counts "$trx")
  else
    passed=0 failed=0 skipped=0
  fi
  if ((rc != 0 && failed == 0)); then
    # The test host crashed, or the run failed before any test reported: count the project as one failure.
    log "ERROR: $name: dotnet test exited $rc with no failed test recorded"
    failed=1
  fi
  SUMMARY+=("$(printf '%-36s %s' "$name" "$(final_line "$passed" "$failed" "$skipped")")")
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
done

echo
echo "Per project (trx files in $RESULTS_DIR):"
printf '  %s\n' "${SUMMARY[@]}"
echo
final_line "$TOTAL_PASSED" "$TOTAL_FAILED" "$TOTAL_SKIPPED"

if ((TOTAL_FAILED > 0)); then exit 1; fi
if ((TOTAL_PASSED == 0)); then
  log "ERROR: no test ran"
  exit 1
fi
exit 0
