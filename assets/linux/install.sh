#!/bin/sh
# Install Qorgau from this unpacked folder, or remove it.
#
#   ./install.sh                    for this user: ~/.local/opt/qorgau, ~/.local/bin/qorgau, menu entry
#   sudo ./install.sh --system      for everyone: /opt/qorgau, /usr/local/bin/qorgau, menu entry
#   ./install.sh --uninstall        remove the per-user install (add --system for the system-wide one)
#
# Installing over an older version replaces the program and keeps every user's data folder
# (~/.local/share/Qorgau/Qorgau); uninstalling keeps it too unless --purge is given, which deletes
# the data folder of the user running the script.
set -eu

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "$0"
}

here=$(cd "$(dirname "$0")" && pwd)
scope=user
action=install
purge=no
for arg in "$@"; do
    case "$arg" in
        --system) scope=system ;;
        --uninstall) action=uninstall ;;
        --purge) purge=yes ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$scope" = system ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install.sh: --system needs root: sudo $0 $*" >&2
        exit 1
    fi
    prefix=/opt/qorgau
    bindir=/usr/local/bin
    share=/usr/share
else
    prefix="$HOME/.local/opt/qorgau"
    bindir="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
desktop="$share/applications/qorgau.desktop"
icon_png="$share/icons/hicolor/256x256/apps/qorgau.png"
icon_svg="$share/icons/hicolor/scalable/apps/qorgau.svg"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$prefix" "$desktop" "$icon_png" "$icon_svg"
    if [ -L "$bindir/qorgau" ]; then rm -f "$bindir/qorgau"; fi
    refresh_menus
    data="${XDG_DATA_HOME:-$HOME/.local/share}/Qorgau"
    if [ "$purge" = yes ]; then
        rm -rf "$data"
        echo "Qorgau removed, with the data folder $data."
    else
        echo "Qorgau removed. The data folder $data was kept (run with --purge to delete it)."
    fi
    exit 0
fi

if [ ! -x "$here/Qorgau" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the unpacked Qorgau folder (Qorgau and _internal/ not found in $here)" >&2
    exit 1
fi

# Copy beside the old version first, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$prefix")" "$bindir" "$share/applications" "$(dirname "$icon_png")" "$(dirname "$icon_svg")"
if [ "$here" != "$prefix" ]; then
    rm -rf "$prefix.new"
    cp -R "$here" "$prefix.new"
    rm -rf "$prefix.new/data" "$prefix.new/portable"  # a USB copy's data and portable marker stay on the stick
    rm -rf "$prefix.old"
    if [ -e "$prefix" ]; then mv "$prefix" "$prefix.old"; fi
    mv "$prefix.new" "$prefix"
    rm -rf "$prefix.old"
fi
ln -sf "$prefix/Qorgau" "$bindir/qorgau"
sed "s|@EXEC@|$prefix/Qorgau|" "$here/qorgau.desktop" >"$desktop"
chmod 644 "$desktop"
cp "$here/qorgau.png" "$icon_png"
cp "$here/qorgau.svg" "$icon_svg"
refresh_menus
echo "Qorgau $("$prefix/Qorgau" --version 2>/dev/null | sed 's/^Qorgau //') installed in $prefix; start it from the menu or with $bindir/qorgau."
