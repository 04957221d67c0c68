#!/bin/sh
# Rotate the CI application's secret, then fetch a token (2.22 runbook).
set -eu
curl -sS -X POST "https://$RUNAI_HOST/api/v1/apps/$APP_ID/secret" -H "Authorization: Bearer $T"  # expect: operation-deprecated@curl
curl -sS https://$RUNAI_HOST/api/v1/tenants -H "Authorization: Bearer $T"
curl -sS -d '{"grantType":"app_token"}' https://$RUNAI_HOST/api/v1/token
