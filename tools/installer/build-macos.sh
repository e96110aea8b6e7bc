#!/usr/bin/env bash
# Builds the macOS installer (.pkg) on a Mac build machine (docs/install.md). Run once on an Apple
# silicon Mac and once on an Intel Mac for both architectures (natives are per platform).
# Needs: JDK 17+ (jdeps, jlink, jpackage), Maven 3.8+, Xcode command-line tools (sips, iconutil).
# Output: target/installer/IMRT Review-<version>.pkg; installs /Applications/IMRT Review.app.
#   IMRT_SIGN_IDENTITY="Developer ID Application: <plan>" to sign (then notarize, see below).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests      # the os-macosx-* profile packages that Mac's OCR and JavaFX natives
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/input" "$OUT/icon.iconset"
cp target/imrt-review.jar "$OUT/input/"

for s in 16 32 128 256; do
    sips -z $s $s tools/installer/icons/imrt-review.png --out "$OUT/icon.iconset/icon_${s}x${s}.png" >/dev/null
    sips -z $((2 * s)) $((2 * s)) tools/installer/icons/imrt-review.png --out "$OUT/icon.iconset/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$OUT/icon.iconset" -o "$OUT/imrt-review.icns"

modules="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps target/imrt-review.jar | tail -1),java.desktop,jdk.charsets"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$OUT/runtime"

sign=()
[ -n "${IMRT_SIGN_IDENTITY:-}" ] && sign=(--mac-sign --mac-signing-key-user-name "$IMRT_SIGN_IDENTITY")
# Settings live in ~/Library/Preferences (java.util.prefs), never inside the .app.
jpackage --type pkg --name "IMRT Review" --app-version "$VERSION" \
    --vendor "IMRT Review Workstation project" \
    --description "IMRT preauthorization review workstation for utilization-review nurses" \
    --icon "$OUT/imrt-review.icns" --input "$OUT/input" --main-jar imrt-review.jar \
    --main-class org.imrtreview.Launcher --runtime-image "$OUT/runtime" --dest "$OUT" \
    --java-options '-Xmx2g -Dfile.encoding=UTF-8' \
    --mac-package-identifier org.imrtreview.workstation --mac-package-name "IMRT Review" \
    --file-associations tools/installer/pdf-association.properties ${sign[@]+"${sign[@]}"}
ls -la "$OUT"/*.pkg
# Notarize a signed pkg: xcrun notarytool submit "$OUT/IMRT Review-$VERSION.pkg" --keychain-profile <profile> --wait
#                        xcrun stapler staple "$OUT/IMRT Review-$VERSION.pkg"
