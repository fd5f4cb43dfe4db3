// superagent .set({...}) with Authorization and Content-Length; fetch with a Headers instance (not editable: stop).
import superagent from 'superagent';
export async function a(ref) {
  const res = await superagent.post('https://netverify.com/api/authentication/v1/web/initiate')
    .set({ Authorization: 'Basic abc', 'User-Agent': 'X/1', 'Content-Length': 10 })
    .send({ enrollmentTransactionReference: ref });
  return res.body.redirectUrl;
}
export async function b(ref) {
  const h = new Headers();
  h.set('Authorization', 'Basic abc');
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', headers: h, body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  return (await r.json()).redirectUrl;
}
export async function c(ref) {
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', headers: new Headers([['Authorization', 'Basic x']]), body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  return (await r.json()).redirectUrl;
}
