// Kubernetes TokenReview: `authentication` paths that have nothing to do with Jumio.
export async function review(token: string, apiServer: string) {
  const res = await fetch(`${apiServer}/apis/authentication.k8s.io/v1/tokenreviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } }),
  });
  const body = await res.json();
  return body.status.authenticated;
}
