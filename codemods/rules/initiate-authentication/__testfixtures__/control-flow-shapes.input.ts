// A call under an if without braces (stop), in a loop body, and as an expression-bodied arrow (becomes a block).
export async function a(ref: string, go: boolean) {
  if (go) await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  for (const r of [ref]) {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: r }) });
    console.log((await res.json()).redirectUrl);
  }
  const f = async (x: string) => fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: x }) });
  return f;
}
