#!/usr/bin/env bash
# Install (if needed), start and prepare a local PostgreSQL server for the
# stancegraph tests, then print the connection URL as the last stdout line.
#
# Meant for a Debian 12 machine, run as root, no systemd, no stdin (CI).
# Idempotent: running it again on a machine where it already ran is fine.
#
# Progress messages go to stderr; stdout carries only the URL, so callers can
# do:  url="$(scripts/postgres.sh | tail -n 1)"
#
# Overridable: STANCEGRAPH_PG_PORT, STANCEGRAPH_PG_USER, STANCEGRAPH_PG_PASSWORD, STANCEGRAPH_PG_DB,
# STANCEGRAPH_PG_WAIT (seconds to wait for pg_isready, default 60).
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT="${STANCEGRAPH_PG_PORT:-5432}"
PG_USER="${STANCEGRAPH_PG_USER:-stancegraph}"
PG_PASSWORD="${STANCEGRAPH_PG_PASSWORD:-stancegraph}"
PG_DB="${STANCEGRAPH_PG_DB:-stancegraph_test}"
PG_WAIT="${STANCEGRAPH_PG_WAIT:-60}"

log() { echo "postgres.sh: $*" >&2; }
die() { echo "postgres.sh: ERROR: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
	die "must run as root (it installs packages and starts the server as user postgres)"
fi

# --- 1. install ----------------------------------------------------------
have_server() {
	command -v pg_ctlcluster >/dev/null 2>&1 &&
		command -v pg_lsclusters >/dev/null 2>&1 &&
		compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null &&
		command -v psql >/dev/null 2>&1 &&
		command -v pg_isready >/dev/null 2>&1
}

if have_server; then
	log "PostgreSQL already installed, skipping apt-get"
else
	log "installing PostgreSQL from Debian packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update >&2 || die "apt-get update failed"
	apt-get install -y postgresql postgresql-client >&2 </dev/null ||
		die "apt-get install postgresql failed"
	have_server || die "postgresql installed but pg_ctlcluster/postgres/psql not found"
fi

# --- 2. find or create a cluster on port 5432 ----------------------------
# Newest installed server version, e.g. 15 on Debian 12.
PG_VERSION="$(ls /usr/lib/postgresql | grep -E '^[0-9]+$' | sort -n | tail -n 1)"
[ -n "$PG_VERSION" ] || die "no server version found under /usr/lib/postgresql"

# pg_lsclusters -h: "ver name port status owner datadir logfile"
cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print; exit }'; }

line="$(cluster_line)"
if [ -z "$line" ]; then
	name=main
	if pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { f = 1 } END { exit !f }'; then
		name=stancegraph # "main" exists on another port; don't touch it
	fi
	log "no cluster on port $PG_PORT; creating $PG_VERSION/$name"
	pg_createcluster "$PG_VERSION" "$name" --port "$PG_PORT" >&2 ||
		die "pg_createcluster $PG_VERSION $name failed"
	line="$(cluster_line)"
	[ -n "$line" ] || die "created cluster not listed by pg_lsclusters"
fi
read -r CL_VER CL_NAME _ CL_STATUS _ <<<"$line"
log "using cluster $CL_VER/$CL_NAME (port $PG_PORT, status $CL_STATUS)"

# --- 3. start it ---------------------------------------------------------
# The socket directory lives on /run, which may be empty in a fresh container.
install -d -o postgres -g postgres -m 2775 /var/run/postgresql

if [ "$CL_STATUS" != "online" ]; then
	log "starting cluster $CL_VER/$CL_NAME"
	if ! pg_ctlcluster "$CL_VER" "$CL_NAME" start >&2; then
		logfile="/var/log/postgresql/postgresql-$CL_VER-$CL_NAME.log"
		[ -r "$logfile" ] && tail -n 30 "$logfile" >&2
		die "pg_ctlcluster $CL_VER $CL_NAME start failed"
	fi
fi

# --- 4. wait until it accepts TCP connections ----------------------------
log "waiting up to ${PG_WAIT}s for $PG_HOST:$PG_PORT"
deadline=$((SECONDS + PG_WAIT))
until pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; do
	if [ "$SECONDS" -ge "$deadline" ]; then
		pg_isready -h "$PG_HOST" -p "$PG_PORT" >&2 || true
		logfile="/var/log/postgresql/postgresql-$CL_VER-$CL_NAME.log"
		[ -r "$logfile" ] && tail -n 30 "$logfile" >&2
		die "PostgreSQL not ready on $PG_HOST:$PG_PORT after ${PG_WAIT}s"
	fi
	sleep 1
done

# --- 5. role and database ------------------------------------------------
# Run SQL as the postgres superuser over the local socket (peer auth).
as_postgres() {
	(cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@") </dev/null
}

# Quote for SQL literals/identifiers (values are simple, but be safe).
sql_lit() { printf "'%s'" "${1//\'/\'\'}"; }
sql_ident() { printf '"%s"' "${1//\"/\"\"}"; }

log "ensuring role $PG_USER (LOGIN CREATEDB) and database $PG_DB"
role_exists="$(as_postgres -d postgres -tA -c "SELECT 1 FROM pg_roles WHERE rolname = $(sql_lit "$PG_USER")")"
if [ "$role_exists" != "1" ]; then
	as_postgres -d postgres -c "CREATE ROLE $(sql_ident "$PG_USER") LOGIN CREATEDB" >&2
fi
# Always (re)set password and attributes so a rerun repairs drift.
as_postgres -d postgres -c "ALTER ROLE $(sql_ident "$PG_USER") WITH LOGIN CREATEDB PASSWORD $(sql_lit "$PG_PASSWORD")" >&2

db_exists="$(as_postgres -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = $(sql_lit "$PG_DB")")"
if [ "$db_exists" != "1" ]; then
	as_postgres -d postgres -c "CREATE DATABASE $(sql_ident "$PG_DB") OWNER $(sql_ident "$PG_USER")" >&2
else
	as_postgres -d postgres -c "ALTER DATABASE $(sql_ident "$PG_DB") OWNER TO $(sql_ident "$PG_USER")" >&2
fi

URL="postgres://$PG_USER:$PG_PASSWORD@$PG_HOST:$PG_PORT/$PG_DB?sslmode=disable"

# --- 6. check the URL really works over TCP with the password -------------
if ! out="$(psql -X "$URL" -tA -c 'SELECT 1' </dev/null 2>&1)" || [ "$out" != "1" ]; then
	echo "$out" >&2
	die "cannot connect with $URL"
fi

log "ready"
echo "$URL"
