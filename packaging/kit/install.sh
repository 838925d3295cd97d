#!/bin/sh
# Install SecureDesk from this offline kit, with no network.
#
#   ./install.sh [--public-key FILE] [--system] PREFIX
#
# 1. Checks the kit before anything else: the minisign signature of SHA256SUMS under the
#    public key that travelled separately (FILE, default /etc/securedesk/kit.pub), with the
#    minisign command if present, else with verify_manifest.py (Python, standard library
#    only); then every file's SHA-256, and that no file is added. Anything wrong: it stops
#    here, exit 4, and nothing has been installed.
# 2. Makes (or reuses) a virtual environment in PREFIX and installs the kit's wheels with
#    pip --no-index --require-hashes: no index is consulted and every wheel's hash is pinned.
# 3. Installs the desktop entry, icon and AppStream metainfo for this user, or with --system
#    for everybody (run as root), and links PREFIX/bin/securedesk into /usr/local/bin.
# 4. Says what to do next.
#
# An upgrade over an earlier install replaces the program only. Vaults live in each user's
# data folder (~/.local/share/securedesk/vaults), never in PREFIX; they are not touched here
# and are migrated the next time they are opened.
set -eu

KIT=$(cd "$(dirname "$0")" && pwd)
PUBLIC_KEY=/etc/securedesk/kit.pub
SYSTEM=no
PREFIX=

usage() {
    echo "usage: $0 [--public-key FILE] [--system] PREFIX" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --public-key) [ $# -ge 2 ] || usage; PUBLIC_KEY=$2; shift 2 ;;
        --public-key=*) PUBLIC_KEY=${1#--public-key=}; shift ;;
        --system) SYSTEM=yes; shift ;;
        -h|--help) usage ;;
        -*) echo "install.sh: unknown option $1" >&2; usage ;;
        *) [ -z "$PREFIX" ] || usage; PREFIX=$1; shift ;;
    esac
done
[ -n "$PREFIX" ] || usage

PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "install.sh: $PYTHON is not installed; install Debian's python3 and python3-venv" >&2
    exit 2
fi
if [ ! -f "$PUBLIC_KEY" ]; then
    echo "install.sh: no public key at $PUBLIC_KEY. Copy the kit's public key (carried" \
        "separately from the kit) there, or name it with --public-key FILE." >&2
    exit 2
fi

# --- 1. verify, before anything is written ---------------------------------------------------
echo "Checking the kit's signed manifest..."
if command -v minisign >/dev/null 2>&1; then
    if ! minisign -q -V -m "$KIT/SHA256SUMS" -x "$KIT/SHA256SUMS.minisig" -p "$PUBLIC_KEY"; then
        echo "install.sh: REFUSED: the manifest's signature does not verify with $PUBLIC_KEY" \
            "(minisign). Nothing was installed; get a fresh copy of the kit." >&2
        exit 4
    fi
    echo "minisign: the manifest's signature verifies."
    SKIP=--skip-signature
else
    SKIP=
fi
if ! "$PYTHON" "$KIT/verify_manifest.py" --public-key "$PUBLIC_KEY" $SKIP "$KIT"; then
    echo "install.sh: REFUSED: the kit does not match its signed manifest. Nothing was" \
        "installed; get a fresh copy of the kit." >&2
    exit 4
fi

# --- 2. the virtual environment --------------------------------------------------------------
UPGRADE=no
if [ -f "$PREFIX/pyvenv.cfg" ] && [ -x "$PREFIX/bin/python" ]; then
    UPGRADE=yes
    echo "Upgrading the SecureDesk in $PREFIX (was: $("$PREFIX/bin/securedesk" --version 2>/dev/null || echo unknown))."
elif [ -e "$PREFIX" ] && [ -n "$(ls -A "$PREFIX" 2>/dev/null)" ]; then
    echo "install.sh: $PREFIX exists and is not a SecureDesk environment; choose an empty" \
        "or new folder." >&2
    exit 2
else
    echo "Creating the environment in $PREFIX..."
    "$PYTHON" -m venv "$PREFIX"
fi

# No index, no configuration file, no user site: the kit's wheels and nothing else.
export PIP_NO_INDEX=1 PIP_INDEX_URL= PIP_EXTRA_INDEX_URL= PIP_FIND_LINKS= \
    PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
    PYTHONNOUSERSITE=1
PIP="$PREFIX/bin/python -m pip"
echo "Installing the kit's wheels (hash-checked, no network)..."
$PIP install --quiet --no-index --find-links "$KIT/wheels" --only-binary=:all: \
    --require-hashes -r "$KIT/requirements.txt"
# The same version number may be rebuilt: put the kit's own build of SecureDesk in place.
$PIP install --quiet --no-index --find-links "$KIT/wheels" --only-binary=:all: \
    --require-hashes --no-deps --force-reinstall -r "$KIT/securedesk.txt"

# --- 3. desktop integration ------------------------------------------------------------------
if [ "$SYSTEM" = yes ]; then
    SHARE=/usr/share
    mkdir -p /usr/local/bin && ln -sf "$PREFIX/bin/securedesk" /usr/local/bin/securedesk
else
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi
mkdir -p "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps" \
    "$SHARE/icons/hicolor/256x256/apps" "$SHARE/metainfo"
ABS_PREFIX=$(cd "$PREFIX" && pwd)
sed "s|^Exec=securedesk|Exec=$ABS_PREFIX/bin/securedesk|; s|^TryExec=securedesk|TryExec=$ABS_PREFIX/bin/securedesk|" \
    "$KIT/desktop/org.securedesk.SecureDesk.desktop" \
    >"$SHARE/applications/org.securedesk.SecureDesk.desktop"
cp "$KIT/desktop/securedesk.svg" "$SHARE/icons/hicolor/scalable/apps/securedesk.svg"
cp "$KIT/desktop/securedesk.png" "$SHARE/icons/hicolor/256x256/apps/securedesk.png"
cp "$KIT/desktop/org.securedesk.SecureDesk.metainfo.xml" "$SHARE/metainfo/"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
fi

# --- 4. what next ----------------------------------------------------------------------------
VERSION=$("$PREFIX/bin/securedesk" --version)
echo
echo "Installed $VERSION in $ABS_PREFIX; desktop entry in $SHARE/applications."
if [ "$UPGRADE" = yes ]; then
    echo "Existing vaults were not touched; each is migrated to this version the next time"
    echo "someone signs in to it (take a backup first: securedesk backup create --out FILE)."
fi
echo "Next:"
echo "  1. Check this terminal:   $ABS_PREFIX/bin/securedesk doctor"
echo "  2. Open SecureDesk from the applications menu (the first-run wizard creates the"
echo "     vault), or headless:   $ABS_PREFIX/bin/securedesk init --admin NAME --name TERMINAL --org ORGANISATION"
