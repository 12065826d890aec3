#!/bin/sh
# Entrypoint of the compose `prometheus` service: hands Prometheus the dashboard's read token and address from the
# environment (.env and compose), which its config file cannot read, as files it can; then runs Prometheus with the
# service's command as its arguments. The token goes to a file in the container only, never into a config or a log.
set -eu
: "${DASHBOARD_READ_TOKEN:?DASHBOARD_READ_TOKEN must be set in .env (docs/dashboard.md)}"
umask 077
printf '%s' "$DASHBOARD_READ_TOKEN" > /tmp/dashboard-token
printf '[{"targets": ["%s"]}]\n' "${TRADER_DASHBOARD_TARGET:-dashboard:8080}" > /tmp/dashboard-targets.json
exec /bin/prometheus "$@"
