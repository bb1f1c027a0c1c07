#!/usr/bin/env bash
# Makes this machine ready for the test suite: PostgreSQL running on 127.0.0.1:5432 and
# Debian's Chromium at /usr/bin/chromium for the browser tests. Safe to run repeatedly.
set -euo pipefail

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium
fi
