// A Cloudflare module Worker: migrated, with an item about the helper's process.env / Buffer (nodejs_compat).
export default {
  async fetch(request, env) {
    const { enrollmentReference } = await request.json();
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + btoa(`${env.JUMIO_TOKEN}:${env.JUMIO_SECRET}`) },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
    });
    const { redirectUrl } = await res.json();
    return Response.json({ redirectUrl });
  },
};
