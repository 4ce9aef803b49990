#!/usr/bin/env bash
# Packs dist/Live Host Studio.app (from `pyinstaller build.spec`) into a drag-to-Applications .dmg.
#
#   packaging/macos/make_dmg.sh 0.1.0        # -> dist/LiveHostStudio-0.1.0-macos-<arch>.dmg
#
# Plain hdiutil, no third-party tool. The app is ad-hoc signed by PyInstaller; signing with a
# Developer ID and notarizing (needed to open without the Gatekeeper warning) is a separate
# step that needs the company's Apple credentials: see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="${1:?usage: make_dmg.sh VERSION}"
APP="dist/Live Host Studio.app"
ARCH="$(uname -m)"
DMG="dist/LiveHostStudio-${VERSION}-macos-${ARCH}.dmg"

[ -d "$APP" ] || { echo "make_dmg: $APP not found; run pyinstaller build.spec first" >&2; exit 1; }
# Without these strings macOS gives the app black frames and silence without asking the user.
for key in NSCameraUsageDescription NSMicrophoneUsageDescription; do
  /usr/libexec/PlistBuddy -c "Print :$key" "$APP/Contents/Info.plist" >/dev/null \
    || { echo "make_dmg: Info.plist lacks $key" >&2; exit 1; }
done

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact (cp -R may not).
ditto "$APP" "$STAGING/Live Host Studio.app"
ln -s /Applications "$STAGING/Applications"

rm -f "$DMG"
hdiutil create -volname "Live Host Studio" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "make_dmg: wrote $DMG"
