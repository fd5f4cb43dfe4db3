import { initTRPC } from '@trpc/server';
import { z } from 'zod';

const t = initTRPC.create();

export const oauthRouter = t.router({
  authorize: t.procedure.input(z.object({ provider: z.enum(['google', 'github']), redirectUrl: z.string().url() })).mutation(async ({ input }) => {
    const res = await fetch('https://auth.example.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${process.env.OAUTH_CLIENT_ID}:${process.env.OAUTH_CLIENT_SECRET}`).toString('base64')}` },
      body: JSON.stringify({ provider: input.provider, redirect_uri: input.redirectUrl, tokenLifetimeInMinutes: 60 }),
    });
    const json = (await res.json()) as { redirectUrl: string; authorizationToken: string; transactionReference: string };
    return { url: json.redirectUrl, token: json.authorizationToken, state: json.transactionReference };
  }),
});
