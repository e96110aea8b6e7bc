#!/usr/bin/env bash
# Builds the installable desktop app for Linux from target/imrt-review.jar (docs/install.md):
#   target/installer/imrt-review/            jpackage app-image (bin/imrt-review, lib/runtime, lib/app)
#   target/installer/imrt-review_<v>_<arch>.deb   Debian/Ubuntu package, installs to /opt/imrt-review
# Run by `mvn -B package -DskipTests -Pinstaller`, or by hand after `mvn package`.
# Needs a JDK 17+ (jdeps, jlink, jpackage); the .deb also needs fakeroot and dpkg-dev.
#   IMRT_INSTALLER_TYPES="app-image deb" (default) or "app-image" to skip the .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/imrt-review.jar
OUT=target/installer
NAME=imrt-review
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 2; }
VERSION="${IMRT_VERSION:-$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)}"
TYPES="${IMRT_INSTALLER_TYPES:-app-image deb}"
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

rm -rf "$OUT" && mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"

# The trimmed runtime: the modules the jar uses (jdeps), plus java.desktop (AWT image code, reached
# through jdk.unsupported.desktop) and jdk.charsets (CSV and PDF text in legacy encodings).
start=$(date +%s)
modules=$("${BIN}jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$JAR" | tail -1)
modules="$modules,java.desktop,jdk.charsets"
echo "runtime modules: $modules ($(( $(date +%s) - start )) s for jdeps)"
"${BIN}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$OUT/runtime"

common=(--name "$NAME" --app-version "$VERSION" --vendor "IMRT Review Workstation project"
    --description "IMRT preauthorization review workstation for utilization-review nurses"
    --icon tools/installer/icons/imrt-review.png)
# -Xshare:auto uses the runtime's CDS archive; the heap limit matches the one the tests run with.
"${BIN}jpackage" --type app-image "${common[@]}" --dest "$OUT" \
    --input "$OUT/input" --main-jar imrt-review.jar --main-class org.imrtreview.Launcher \
    --runtime-image "$OUT/runtime" --java-options '-Xmx2g -Dfile.encoding=UTF-8'
echo "app-image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1))"

if [[ " $TYPES " == *" deb "* ]]; then
    "${BIN}jpackage" --type deb "${common[@]}" --dest "$OUT" --app-image "$OUT/$NAME" \
        --linux-package-name "$NAME" --linux-menu-group "Office;MedicalSoftware" --linux-shortcut \
        --linux-app-category misc --linux-deb-maintainer "imrt-review@example.org" \
        --resource-dir tools/installer/linux --license-file docs/licences.md
    ls -la "$OUT"/*.deb
    # "Open with" for PDFs and folders comes from the menu entry's MimeType line
    # (tools/installer/linux/imrt-review.desktop, Exec ... %F), not from --file-associations, which
    # would also redefine the system's application/pdf type description.
fi
