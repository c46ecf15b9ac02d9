#!/usr/bin/env bash
# Runs the hub on http://127.0.0.1:5080 with the embedded SQLite database (db/local/), migrations applied,
# demo data seeded and the demo logins printed; e-mails go to db/local/mail/ as .eml files. Set PARTNERHUB_URL to listen elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/prerequisites.sh
mkdir -p db/local

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__Provider="${Database__Provider:-Sqlite}"
export Database__ConnectionString="${Database__ConnectionString:-Data Source=$root/db/local/partnerhub.db}"
export Database__SeedDemoData="${Database__SeedDemoData:-true}"
# Without an SMTP server (Mail__SmtpHost) e-mails are written as .eml files here, beside the database, not in the source tree.
export Mail__PickupDirectory="${Mail__PickupDirectory:-$root/db/local/mail}"

exec dotnet run --project src/PartnerHub --no-launch-profile -- --urls "${PARTNERHUB_URL:-http://127.0.0.1:5080}"
