import fetch from 'node-fetch';

const API_SERVER = process.env.KUBERNETES_API ?? 'https://kubernetes.default.svc';

export async function reviewToken(token: string) {
  const res = await fetch(`${API_SERVER}/apis/authentication.k8s.io/v1/tokenreviews`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.SA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } }),
  });
  const review = (await res.json()) as { status: { authenticated: boolean } };
  return review.status.authenticated;
}

export const webInitiate = 'https://k8s.example.net/api/authentication/v1/web/initiate';
