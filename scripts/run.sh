#!/usr/bin/env bash
# Sets up (packages, build) and starts the Minutier window on its embedded default database
# (an SQLite file in the user's data folder). Extra arguments go to the app (e.g. --database PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
exec build/dev/app/minutier "$@"
