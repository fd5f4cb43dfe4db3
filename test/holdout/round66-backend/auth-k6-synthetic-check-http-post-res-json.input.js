// Nordhavn Bank: Grafana Synthetic Monitoring scripted check "netverify-face-login-initiate" (a k6 script), run every
// five minutes from the Frankfurt and London probes. It starts a face login for the synthetic customer (an enrolment
// kept for the purpose) against the EU data centre and checks that the answer carries a redirect URL and a reference;
// the mobile-banking on-call is paged when two probes fail in a row. The face login is never completed: it expires
// after five minutes. NV_API_TOKEN, NV_API_SECRET and SYNTHETIC_ENROLMENT_REF are the check's secrets.
import http from 'k6/http';
import { check, fail } from 'k6';
import encoding from 'k6/encoding';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const options = {
  iterations: 1,
  thresholds: {
    checks: ['rate==1'],
    http_req_duration: ['p(95)<3000'],
  },
};

export default function () {
  const credentials = encoding.b64encode(`${__ENV.NV_API_TOKEN}:${__ENV.NV_API_SECRET}`);
  const body = {
    enrollmentTransactionReference: __ENV.SYNTHETIC_ENROLMENT_REF,
    userReference: 'synthetic-monitor',
    successUrl: 'https://nettbank.nordhavn.example/synthetic/ok',
    errorUrl: 'https://nettbank.nordhavn.example/synthetic/failed',
    locale: 'en-GB',
    tokenLifetimeInMinutes: 5,
  };
  const params = {
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${credentials}`,
      'User-Agent': 'Nordhavn-SyntheticMonitoring/1.0',
    },
    tags: { name: 'netverify_face_login_initiate' },
    timeout: '10s',
  };

  const res = http.post(NV_EU_INITIATE, JSON.stringify(body), params);
  const ok = check(res, {
    'initiate answered 200': (r) => r.status === 200,
    'answer has a redirect URL': (r) => typeof r.json('redirectUrl') === 'string',
    'answer has a transaction reference': (r) => !!r.json('transactionReference'),
  });
  if (!ok) {
    fail(`face login initiate failed: HTTP ${res.status} ${res.body}`);
  }
}
