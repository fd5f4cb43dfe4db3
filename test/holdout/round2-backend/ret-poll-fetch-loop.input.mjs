// Poll the authentication result with the back-off Jumio recommends.
const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2';
const DELAYS_S = [40, 20, 40, 60, 80, 100, 120, 140, 160, 180];
const FINAL = new Set(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitForAuthResult(transactionReference, { token, secret }) {
  const headers = {
    Accept: 'application/json',
    Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64'),
    'User-Agent': 'Globex Auth/5.0',
  };
  for (const delay of DELAYS_S) {
    await sleep(delay * 1000);
    const res = await fetch(`${RETRIEVAL_BASE}/authentications/${transactionReference}`, { headers });
    if (res.status === 404) continue;
    if (!res.ok) throw new Error(`retrieval failed: ${res.status}`);
    const details = await res.json();
    if (FINAL.has(details.transactionResult)) {
      return { result: details.transactionResult, user: details.userReference };
    }
  }
  return { result: 'TIMEOUT' };
}
