// src/pages/api/face-result.js: an Astro endpoint (JavaScript, no APIRoute type) the result page asks.
export const prerender = false;

export async function GET({ url }) {
  const reference = url.searchParams.get('ref');
  const auth = btoa(`${import.meta.env.JUMIO_API_TOKEN}:${import.meta.env.JUMIO_API_SECRET}`);
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${auth}` },
  });
  const details = await res.json();
  return new Response(JSON.stringify({ passed: details.transactionResult === 'PASSED' }));
}
