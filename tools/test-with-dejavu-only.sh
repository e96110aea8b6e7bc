#!/usr/bin/env bash
# Runs tests as on a fresh machine whose only fonts are DejaVu (Debian's fonts-dejavu-core):
# in a private mount namespace, /usr/share/fonts shows a folder holding just the six DejaVu core
# faces, /usr/local/share/fonts and the fontconfig caches are empty. Nothing outside this process
# tree sees the change; the machine's fonts are untouched.
#
#   tools/test-with-dejavu-only.sh                 the tests that draw PDFs with fonts (about 2 min)
#   tools/test-with-dejavu-only.sh 'SomeTest,Other*'  those tests
#   tools/test-with-dejavu-only.sh all             the whole suite: mvn -B -o verify (about 10 min)
#
# Needs util-linux unshare and either root or unprivileged user namespaces (unshare -r).
# See docs/install.md, "Tests on a fresh machine".
set -euo pipefail
cd "$(dirname "$0")/.."
DEFAULT_TESTS='NoSystemPathsTest,PdfTableCorpusTest,LargePacketTest,PdfPacketReaderTest,PdfFigureDigitisingTest,LetterPdfRendererTest,SampleLettersGoldenTest,ShapedTextTest,DigitizerAccuracyTest,VarietyDigitizerTest,LegendOcrTest,NonDvhImagesTest'
TESTS="${1:-$DEFAULT_TESTS}"
CORE_FACES="DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSansMono.ttf DejaVuSansMono-Bold.ttf DejaVuSerif.ttf DejaVuSerif-Bold.ttf"

if [ "${IMRT_DEJAVU_ONLY:-}" != inside ]; then
    stage="$PWD/target/dejavu-only"
    rm -rf "$stage" && mkdir -p "$stage/fonts/truetype/dejavu" "$stage/empty" "$stage/cache"
    for face in $CORE_FACES; do
        found=$(find /usr/share/fonts -name "$face" -print -quit 2>/dev/null || true)
        [ -n "$found" ] || { echo "DejaVu face $face not found under /usr/share/fonts" >&2; exit 2; }
        cp -L "$found" "$stage/fonts/truetype/dejavu/"   # copies: links into the hidden folder would break
    done
    if [ "$(id -u)" -eq 0 ]; then ns=(unshare -m); else ns=(unshare -r -m); fi
    exec env IMRT_DEJAVU_ONLY=inside IMRT_STAGE="$stage" "${ns[@]}" "$0" "$@"
fi

mount --make-rprivate / 2>/dev/null || true
mount --bind "$IMRT_STAGE/fonts" /usr/share/fonts
[ -d /usr/local/share/fonts ] && mount --bind "$IMRT_STAGE/empty" /usr/local/share/fonts
[ -d /var/cache/fontconfig ] && mount --bind "$IMRT_STAGE/empty" /var/cache/fontconfig
export XDG_CACHE_HOME="$IMRT_STAGE/cache" XDG_DATA_HOME="$IMRT_STAGE/empty"
[ -d "$HOME/.fonts" ] && mount --bind "$IMRT_STAGE/empty" "$HOME/.fonts"

echo "Fonts visible to fontconfig in this namespace:"
fc-list : family file | sort | sed 's/^/  /'
others=$(fc-list : family | grep -vc '^DejaVu' || true)
[ "$others" -eq 0 ] || { echo "fonts other than DejaVu are still visible" >&2; exit 3; }

if [ "$TESTS" = all ]; then
    mvn -B -o verify
else
    mvn -B -o test -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false
fi
