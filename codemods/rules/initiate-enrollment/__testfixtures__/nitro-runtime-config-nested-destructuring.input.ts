// Nitro: the credentials and the public site URL come from one destructuring of the runtime config.
export default defineEventHandler(async (event) => {
  const { jumioApiToken, jumioApiSecret, public: { siteUrl } } = useRuntimeConfig(event);
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${jumioApiToken}:${jumioApiSecret}`).toString('base64'),
    },
    body: JSON.stringify({ customerInternalReference: 'c-1', workflowId: 200, successUrl: `${siteUrl}/identity/done` }),
  });
  const started = await res.json();
  return sendRedirect(event, started.redirectUrl, 303);
});
