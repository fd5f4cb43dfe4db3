#!/bin/sh
# Drop-in #3 — the HTTP proxy: point the legacy base URL at the shim. The request is the legacy one, unchanged
# (any language: this is what a Java/PHP/Python backend sends). Run by test/shim/cli.test.ts.
curl -sS -X POST "$SHIM_URL/api/authentication/v1/web/initiate" \
  -u "$JUMIO_API_TOKEN:$JUMIO_API_SECRET" \
  -H 'Accept: application/json' \
  -H 'Content-Type: application/json' \
  -H 'User-Agent: Acme Onboarding/3.1' \
  --data "{\"enrollmentTransactionReference\": \"$ENROLLMENT_REFERENCE\",
           \"callbackUrl\": \"https://acme.example/jumio/callback\",
           \"successUrl\": \"https://acme.example/auth/done\",
           \"tokenLifetimeInMinutes\": 60}"
