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

export async function legacyK8sPath(host: string, enrollmentTransactionReference: string) {
  return fetch(`https://${host}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
}
