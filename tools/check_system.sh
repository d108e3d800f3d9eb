#!/bin/sh
# Before `make run` or `make test`: are the system packages Qt needs installed? If not, print the one
# apt-get line that installs them and stop, rather than fail later deep inside Qt or a packaging test.
# Usage: tools/check_system.sh run|test.  Debian and Ubuntu only: elsewhere (no dpkg) it says so and passes.
set -u

# What the app needs on a desktop (fonts with Cyrillic and Kazakh letters, Qt's xcb platform, OpenGL).
RUN_PACKAGES="fonts-dejavu-core libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 \
libegl1 libgl1 libglib2.0-0 libdbus-1-3 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-cursor0"
# What the test suite needs besides: the packaged-build checks (binutils, libpython3.11) and PDF pictures.
TEST_PACKAGES="binutils libpython3.11 poppler-utils xvfb"
# Tests that are skipped, with a reason, when these are missing (the screen-reader walk-through).
OPTIONAL_PACKAGES="dbus at-spi2-core python3-pyatspi"

case "${1:-run}" in
    run) wanted="$RUN_PACKAGES"; optional="" ;;
    test) wanted="$RUN_PACKAGES $TEST_PACKAGES"; optional="$OPTIONAL_PACKAGES" ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg >/dev/null 2>&1; then
    echo "check_system: not a Debian-like system (no dpkg); not checking system packages." >&2
    exit 0
fi

installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

missing=""
for p in $wanted; do
    installed "$p" || missing="$missing $p"
done
skipped=""
for p in $optional; do
    installed "$p" || skipped="$skipped $p"
done

if [ -n "$skipped" ]; then
    echo "Some tests will be skipped; to run them too: sudo apt-get install$skipped" >&2
fi
if [ -n "$missing" ]; then
    echo "Qorgau needs system packages that are not installed. Install them with:" >&2
    echo "" >&2
    echo "    sudo apt-get install$missing" >&2
    echo "" >&2
    exit 1
fi
exit 0
