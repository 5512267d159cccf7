#!/usr/bin/env bash
# Sets up (packages, build with the ci preset: warnings are errors, assertions forced), starts what
# the tests need — a D-Bus session with an unlocked gnome-keyring (keychain tests), a PostgreSQL
# server on loopback (storage tests on both engines), a PulseAudio null sink (sound cues) — and runs
# the whole suite with CTest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -z "${MINUTIER_TEST_SESSION:-}" ]; then
    scripts/setup.sh ci
    echo "== starting a D-Bus session for the keychain"
    exec dbus-run-session -- env MINUTIER_TEST_SESSION=1 "$0" "$@"
fi

work=$(mktemp -d /tmp/minutier-test.XXXXXX)
chmod 755 "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
cleanup() {
    if [ -n "${pg_bin:-}" ] && [ -f "$work/pg/postmaster.pid" ]; then
        as_pg "$pg_bin/pg_ctl" -D "$work/pg" stop -m fast >/dev/null 2>&1 || true
    fi
    pulseaudio --kill >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

echo "== unlocking a fresh gnome-keyring in this session"
# A keyring of its own (not the user's): created and unlocked with a throwaway password.
mkdir -p "$work/keyring"
echo -n minutier-test | XDG_DATA_HOME="$work/keyring" gnome-keyring-daemon --unlock --components=secrets >/dev/null

if [ -n "$pg_bin" ]; then
    echo "== starting PostgreSQL on 127.0.0.1"
    port=$((20000 + RANDOM % 20000))
    mkdir -p "$work/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
    as_pg "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
    as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -o "-k $work/pg -p $port -c listen_addresses=127.0.0.1" start -w >/dev/null
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres minutier_test
    export MINUTIER_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/minutier_test"
    # One role that must give a password (scram-sha-256; every other role keeps trust), for the
    # tests of the password kept in the keychain.
    pw_password="pw-$RANDOM-$RANDOM-$RANDOM"
    as_pg psql -q -h 127.0.0.1 -p "$port" -U postgres -d minutier_test -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE minutier_pw LOGIN PASSWORD '$pw_password'" \
        -c "GRANT CREATE ON DATABASE minutier_test TO minutier_pw" >/dev/null
    sed -i "1i host all minutier_pw 127.0.0.1/32 scram-sha-256" "$work/pg/pg_hba.conf"
    as_pg "$pg_bin/pg_ctl" -D "$work/pg" reload >/dev/null
    export MINUTIER_TEST_POSTGRES_PASSWORD_URL="postgresql://minutier_pw@127.0.0.1:$port/minutier_test"
    export MINUTIER_TEST_POSTGRES_PASSWORD="$pw_password"
else
    echo "== PostgreSQL is not installed: PostgreSQL tests will skip"
fi

if command -v pulseaudio >/dev/null; then
    echo "== starting PulseAudio with a null sink and a null (silent) microphone"
    pulseaudio --start --exit-idle-time=-1 -n --load="module-null-sink sink_name=null" \
        --load="module-null-source source_name=mic" --load="module-native-protocol-unix" >/dev/null 2>&1 || echo "   (PulseAudio did not start: sound tests will skip)"
fi

export QT_QPA_PLATFORM=offscreen
echo "== running the test suite"
start=$(date +%s)
status=0
ctest --preset ci -j "$(nproc)" "$@" || status=$?
echo "== test suite finished in $(( $(date +%s) - start )) s (exit $status)"
exit $status
