// JSON.stringify applied in a variable, Content-Length computed from that string.
export async function a(ref) {
  const payload = { enrollmentTransactionReference: ref, locale: 'de' };
  const data = JSON.stringify(payload);
  const r = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Length': Buffer.byteLength(data), Authorization: 'Basic x' },
    body: data,
  });
  return (await r.json()).transactionReference;
}
