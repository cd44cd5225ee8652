#!/usr/bin/env bash
# The .deb as an IT team would receive it: made by cpack from the build tree, it holds both
# programs and the desktop integration, its Depends were computed from the binaries, every
# version it states is the project's, and the validators Debian and the desktops use accept
# it. The .boarddesk type is recognised (by name and by content) with the package's own MIME
# description, and bash completes boarddesk-cli's commands and the database's ids.
#
#   check-package.sh BUILD_DIR VERSION
#
# Exit status: 0 passed, 1 failed, 77 skipped (a tool is missing; tools/dev test installs
# them all).
set -uo pipefail

build=$1
version=$2
app_id=org.boarddesk.BoardDesk

missing=()
need() { command -v "$1" >/dev/null || missing+=("$1 ($2)"); }
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need lintian lintian
need update-mime-database shared-mime-info
need gio libglib2.0-bin
need zcat gzip
[ -r /usr/share/bash-completion/bash_completion ] || missing+=("bash_completion (bash-completion)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIPPED: missing ${missing[*]}"
    exit 77
fi

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/boarddesk-package-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The package, from the already-built tree (cpack installs it into a staging folder).
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(ls "$tmp"/out/boarddesk_*.deb)
echo "package: $(basename "$deb")"

# The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = boarddesk ] && pass "Package: boarddesk" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps: each library the binaries link, with the version it needs.
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libsqlite3-0 libstdc++6 libc6; do
    grep -Eq "(^|, )${lib//+/\\+} \(>= [^)]+\)" <<<"$depends" && pass "Depends computed: $lib" \
        || fail "Depends has no computed '$lib (>= ...)'"
done
# Named by hand: plugins and the font, which no linker sees.
for pkg in libqt6sql6-sqlite libqt6svg6 fonts-liberation; do
    grep -Eq "(^|, )$pkg(,|$| )" <<<"$depends" && pass "Depends: $pkg" || fail "Depends lacks $pkg"
done

# The files.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/files"
for file in /usr/bin/boarddesk /usr/bin/boarddesk-cli \
    /usr/share/applications/$app_id.desktop \
    /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/mime/packages/$app_id.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/$app_id.png \
    /usr/share/man/man1/boarddesk.1.gz /usr/share/man/man1/boarddesk-cli.1.gz \
    /usr/share/bash-completion/completions/boarddesk-cli \
    /usr/share/doc/boarddesk/copyright /usr/share/doc/boarddesk/changelog.gz; do
    grep -qxF "$file" "$tmp/files" && pass "contains $file" || fail "no $file in the package"
done
# Nothing of the build or the tests comes along.
stray=$(grep -vE '^/usr/(bin/boarddesk(-cli)?|share/.*)$|/$' "$tmp/files")
[ -z "$stray" ] && pass "no other files" || fail "unexpected files: $stray"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"

# Each PNG icon is the size its folder says.
for png in "$share"/icons/hicolor/*x*/apps/$app_id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    w=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
    h=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
    [ "${w}x${h}" = "$size" ] && pass "icon $size" || fail "icon in $size is ${w}x${h}"
done

# Every version the package states is the project's.
cli_version=$("$root/usr/bin/boarddesk-cli" --version 2>/dev/null)
[ "$cli_version" = "boarddesk-cli $version" ] && pass "boarddesk-cli --version" || fail "boarddesk-cli --version says '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/boarddesk" --version 2>/dev/null)
[ "$gui_version" = "BoardDesk $version" ] && pass "boarddesk --version" || fail "boarddesk --version says '$gui_version'"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" "$share/metainfo/$app_id.metainfo.xml" \
    && pass "AppStream release $version" || fail "the metainfo has no release $version"
zcat "$share/doc/boarddesk/changelog.gz" | head -1 | grep -qF "boarddesk ($version)" \
    && pass "changelog $version" || fail "the changelog's entry is not $version"
for page in boarddesk boarddesk-cli; do
    zcat "$share/man/man1/$page.1.gz" | grep -q "^\.TH \"$page\" \"1\" .*\"BoardDesk $version\"" \
        && pass "man page $page(1), $version" || fail "man page $page(1) has no header for $version"
done

# The desktop entry: valid, runs the program with the file, offers the package's MIME type.
desktop="$share/applications/$app_id.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then pass "desktop-file-validate"; else fail "desktop-file-validate: $out"; fi
grep -qx 'Exec=boarddesk %f' "$desktop" && pass "Exec=boarddesk %f" || fail "the Exec line does not pass the file"
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$share/mime/packages/$app_id.xml")
grep -qx "MimeType=$mime_type;" "$desktop" && pass "MimeType=$mime_type" || fail "the desktop entry does not offer '$mime_type'"

# AppStream (without the network: the screenshots' addresses are not fetched).
if out=$(appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" 2>&1); then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate: $out"
fi

# The MIME type, as a desktop reads it: a database built from the package's description
# (and the system's base types it refines), asked through GIO about real files.
mkdir -p "$tmp/mime/share/mime/packages" "$tmp/mime/home"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/$app_id.xml" "$tmp/mime/share/mime/packages/"
if out=$(XDG_DATA_DIRS="$tmp/mime/share" XDG_DATA_HOME="$tmp/mime/home" update-mime-database "$tmp/mime/share/mime" 2>&1) && [ -z "$out" ]; then
    pass "update-mime-database"
else
    fail "update-mime-database: $out"
fi
content_type() {
    XDG_DATA_DIRS="$tmp/mime/share" XDG_DATA_HOME="$tmp/mime/home" \
        gio info -a standard::content-type "$1" 2>/dev/null | sed -n 's/^ *standard::content-type: //p'
}
"$root/usr/bin/boarddesk-cli" --db "$tmp/demo.boarddesk" demo >/dev/null 2>&1 || fail "boarddesk-cli demo"
cp "$tmp/demo.boarddesk" "$tmp/renamed" # no extension: known by its header alone
printf 'SQLite format 3\000' >"$tmp/other.sqlite"
head -c 84 /dev/zero >>"$tmp/other.sqlite" # another program's SQLite file
for case in "demo.boarddesk:$mime_type" "renamed:$mime_type" "other.sqlite:application/vnd.sqlite3"; do
    file=${case%%:*}
    want=${case#*:}
    got=$(content_type "$tmp/$file")
    [ "$got" = "$want" ] && pass "$file is $want" || fail "$file is '$got', not $want"
done

# bash completion: the commands, and the ids of the database named by --db.
complete_line() {
    # $@: the words so far, the last one being completed.
    bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"; shift
        PATH="$BD_BIN:$PATH"
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _boarddesk_cli boarddesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$share/bash-completion/completions/boarddesk-cli" "$@"
}
export BD_BIN="$root/usr/bin"
[ "$(complete_line boarddesk-cli ex)" = export ] && pass "completes 'ex' to export" || fail "'boarddesk-cli ex' completes to '$(complete_line boarddesk-cli ex)'"
got=$(complete_line boarddesk-cli --db "$tmp/demo.boarddesk" list meetings --body bo | tr '\n' ' ')
[ "$got" = "board " ] && pass "completes --body from the database" || fail "'--body bo' completes to '$got', not board"

# lintian: no errors and no warnings.
lintian --fail-on error,warning "$deb" >"$tmp/lintian.log" 2>&1
lintian_status=$?
out=$(grep -v 'running with root privileges' "$tmp/lintian.log")
if [ $lintian_status -eq 0 ]; then
    pass "lintian${out:+ ($out)}"
else
    fail "lintian: $out"
fi

if [ $failures -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
