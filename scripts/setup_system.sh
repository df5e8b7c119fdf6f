#!/bin/sh
# Installs the system packages voice-session needs on Debian/Ubuntu, when it can.
# As root it runs apt-get; with password-less sudo it uses sudo; otherwise it prints the command.
PKGS="espeak-ng libespeak-ng1 libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins tmux strace util-linux chromium chromium-driver"
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    PKGS="$PKGS python3-venv"
fi
if ! command -v dpkg >/dev/null 2>&1; then
    echo "voice-session: not a Debian/Ubuntu system; install PortAudio and espeak-ng yourself (see README)."
    exit 0
fi
MISSING=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || MISSING="$MISSING $p"
done
[ -z "$MISSING" ] && exit 0
CMD="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$MISSING"
if [ "$(id -u)" = "0" ]; then
    sh -c "$CMD"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo sh -c "$CMD"
else
    echo "voice-session needs these system packages:$MISSING"
    echo "Run:  sudo sh -c '$CMD'   and then run make again."
    exit 1
fi
