// A Cloudflare Pages Function: migrated, with an item about the helper's process.env / Buffer (nodejs_compat).
export async function onRequestGet({ params, env }) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${params.ref}`, {
    headers: { Authorization: 'Basic ' + btoa(`${env.JUMIO_TOKEN}:${env.JUMIO_SECRET}`) },
  });
  const details = await res.json();
  return Response.json({ user: details.userReference });
}
