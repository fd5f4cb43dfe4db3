// new URL with an absolute path replaces the base's path: this posts to https://netverify.com/web/initiate,
// which is not a Jumio endpoint. Must not be rewritten.
export async function notJumio(ref) {
  const url = new URL('/web/initiate', 'https://netverify.com/api/authentication/v1/');
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  return (await res.json()).redirectUrl;
}
