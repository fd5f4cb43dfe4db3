// Nuxt 3 server route (server/api/identity/start.post.ts) in h3's object syntax: the session guard runs onRequest, the
// handler validates the body, starts an ID verification on the Singapore data centre and redirects to it.
import { z } from 'zod';

const StartBody = z.object({
  country: z.string().length(3),
  documentType: z.enum(['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD']),
});

export default defineEventHandler({
  onRequest: [requireUserSession],
  handler: async (event) => {
    const { user } = await getUserSession(event);
    const { country, documentType } = await readValidatedBody(event, StartBody.parse);
    const { jumioApiToken, jumioApiSecret, public: { siteUrl } } = useRuntimeConfig(event);

    const res = await fetch('https://core-sgp.jumio.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${jumioApiToken}:${jumioApiSecret}`).toString('base64'),
        'User-Agent': 'Kestrel Wallet/2.6',
      },
      body: JSON.stringify({
        customerInternalReference: user.id,
        workflowId: 200,
        presets: [{ index: 1, country, type: documentType }],
        successUrl: `${siteUrl}/identity/submitted`,
        errorUrl: `${siteUrl}/identity/failed`,
        tokenLifetimeInMinutes: 60 * 24 * 3,
      }),
    });
    if (!res.ok) throw createError({ statusCode: 502, statusMessage: 'Identity verification unavailable' });
    const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
    await useStorage('identity').setItem(`case:${user.id}`, started.transactionReference);
    return sendRedirect(event, started.redirectUrl, 303);
  },
});
