#!/bin/sh
# Put Briefcase in this user's menu and on their PATH, from wherever this folder was unpacked
# (no root needed). ./install.sh --uninstall takes the menu entry, icon and command away again;
# your store and backups (~/.local/share/Briefcase/) are never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/briefcase-app.desktop" "$bin/briefcase-app"
  for s in $sizes; do rm -f "$data/icons/hicolor/${s}x${s}/apps/briefcase-app.png"; done
  echo "Briefcase's menu entry and command were removed (its folder $here is still there)."
  exit 0
fi

mkdir -p "$data/applications" "$bin"
for s in $sizes; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$here/_internal/resources/icons/briefcase-$s.png" "$data/icons/hicolor/${s}x${s}/apps/briefcase-app.png"
done
sed "s|^Exec=.*|Exec=\"$here/briefcase-app\"|" "$here/briefcase-app.desktop" > "$data/applications/briefcase-app.desktop"
ln -sf "$here/briefcase-app" "$bin/briefcase-app"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Briefcase is in your applications menu, and 'briefcase-app' is in $bin."
