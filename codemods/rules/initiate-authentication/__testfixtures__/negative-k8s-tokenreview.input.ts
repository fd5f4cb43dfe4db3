import axios from 'axios';

// Kubernetes TokenReview: authentication.k8s.io/v1 — not Jumio.
export async function reviewToken(token: string, enrollmentTransactionReference: string) {
  const res = await axios.post(
    'https://kubernetes.default.svc/apis/authentication.k8s.io/v1/tokenreviews',
    { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token }, enrollmentTransactionReference },
    { headers: { Authorization: `Bearer ${process.env.SA_TOKEN}` } },
  );
  return res.data.status.authenticated as boolean;
}

// The legacy path on an unknown host, with a body that is not the legacy request's: not proven, not reported. (The
// same call sending enrollmentTransactionReference is reported at the call: unseen-host-config.)
export async function legacyK8sPath(host: string, enrollmentTransactionReference: string) {
  return fetch(`https://${host}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    body: JSON.stringify({ reference: enrollmentTransactionReference }),
  });
}
