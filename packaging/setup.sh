#!/usr/bin/env bash
# Passerelle set-up for Debian 12: installs what is missing, builds, then either opens the
# desktop app (default) or runs every test (--test). Safe to run again: it only installs
# packages that are absent and rebuilds incrementally.
#
#   packaging/setup.sh            install, build, open Passerelle on the default database
#   packaging/setup.sh --test     install, build, run the whole test suite through CTest
#   packaging/setup.sh --build    install and build only
set -euo pipefail

mode=run
case "${1:-}" in
    --test) mode=test ;;
    --build) mode=build ;;
    ""|--run) mode=run ;;
    *) echo "usage: $0 [--run|--test|--build]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PASSERELLE_BUILD_DIR:-$root/build}"

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    catch2 libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev
    xvfb xauth poppler-utils fonts-dejavu-core
)
# The tests read the exported reports back with tools that know nothing of Passerelle:
# unzip (the XLSX's XML), LibreOffice (the XLSX as CSV), pdftotext (poppler-utils, above).
if [ "$mode" = test ]; then
    packages+=(unzip libreoffice-calc-nogui)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "== configuring in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPASSERELLE_WERROR=ON >/dev/null
echo "== building"
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
    test)
        cd "$build"
        ctest --output-on-failure --parallel "$(nproc)" --timeout 1500
        ;;
    build) ;;
    run)
        db="${PASSERELLE_DB:-}"
        args=()
        [ -n "$db" ] && args=(--db "$db")
        # Fill an empty database with demo data so there is something to look at.
        "$build/app/passerelle-cli" demo --if-empty --cases 200 "${args[@]}"
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            echo "== no display: starting under xvfb-run"
            exec xvfb-run -a "$build/app/passerelle" "${args[@]}"
        fi
        exec "$build/app/passerelle" "${args[@]}"
        ;;
esac
