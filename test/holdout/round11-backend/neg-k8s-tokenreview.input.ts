// Kubernetes TokenReview from a service (authentication.k8s.io/v1): untouched.
import { readFileSync } from 'node:fs';

export async function reviewToken(token: string): Promise<boolean> {
  const sa = readFileSync('/var/run/secrets/kubernetes.io/serviceaccount/token', 'utf8');
  const res = await fetch('https://kubernetes.default.svc/apis/authentication.k8s.io/v1/tokenreviews', {
    method: 'POST',
    headers: { Authorization: `Bearer ${sa}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } }),
  });
  const review = await res.json();
  return review.status?.authenticated === true;
}
