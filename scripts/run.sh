#!/usr/bin/env bash
# Starts NewsHub at http://127.0.0.1:5080 with its database and the sample articles:
# installs PostgreSQL if it is missing, starts (or reuses) the private cluster in .newshub/pg,
# applies the migrations, imports samples/ (unchanged files are skipped on later runs), subscribes on first
# run to the sample feed samples-feed/newshub-samples.rss (a source the site then polls by itself) and serves.
# Ctrl-C stops the site; `scripts/pg.sh stop` stops the database.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
scripts/install-deps.sh run
ConnectionStrings__NewsHub="$(scripts/pg.sh start)"
export ConnectionStrings__NewsHub
dotnet build NewsHub.sln -c Release -nologo -v q
newshub=(dotnet "$PWD/src/NewsHub.Cli/bin/Release/net10.0/newshub.dll")
"${newshub[@]}" migrate
"${newshub[@]}" import samples --recursive || echo "Some sample files could not be imported (see above); serving what was stored." >&2
# A feed source, so that a newcomer sees one with its health line on /Admin/Sources; the running site polls it.
sample_feed="$PWD/samples-feed/newshub-samples.rss"
if ! "${newshub[@]}" sources list | grep -qF "$sample_feed"; then
  "${newshub[@]}" sources add-feed "$sample_feed" --name "NewsHub 示例订阅" --schedule 30m
fi
# /Admin: a random password on first run (or with NEWSHUB_NEW_ADMIN_PASSWORD=1); only its hash is kept
# (git-ignored .newshub/), the password itself is printed once, below the site's address at the end.
admin_hash=.newshub/admin-password.hash
admin_password=
if [ ! -s "$admin_hash" ] || [ "${NEWSHUB_NEW_ADMIN_PASSWORD:-}" = 1 ]; then
  mkdir -p .newshub
  { read -r admin_password; read -r hash; } < <("${newshub[@]}" admin-password --generate)
  (umask 077; printf '%s\n' "$hash" > "$admin_hash")
fi
Admin__PasswordHash="$(cat "$admin_hash")"
Admin__ImportRoots__0="${NEWSHUB_IMPORT_ROOT:-$PWD/samples}"
export Admin__PasswordHash Admin__ImportRoots__0
echo
echo "NewsHub: http://127.0.0.1:5080   (Ctrl-C stops the site; scripts/pg.sh stop stops the database)"
if [ -n "$admin_password" ]; then
  echo "Admin:   http://127.0.0.1:5080/Admin   password: $admin_password"
  echo "         (shown only this once: write it down; only its hash is kept, in $admin_hash)"
else
  echo "Admin:   http://127.0.0.1:5080/Admin   password: the one printed when it was made (only its hash is kept)"
fi
echo "         new random password: NEWSHUB_NEW_ADMIN_PASSWORD=1 scripts/run.sh"
echo "         your own: dotnet src/NewsHub.Cli/bin/Release/net10.0/newshub.dll admin-password > $admin_hash  (type it, then Enter)"
echo
cd src/NewsHub.Web
ASPNETCORE_URLS=http://127.0.0.1:5080 ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production} \
  exec dotnet bin/Release/net10.0/NewsHub.Web.dll
