// Astro 5 actions (src/actions/index.ts): the identity check form posts to actions.identity.start (accept: 'form');
// the EU data centre, an ID card of the country the applicant picked; the web client's URL goes back to the page.
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro:schema';
import { JUMIO_API_SECRET, JUMIO_API_TOKEN } from 'astro:env/server';
import ky from 'ky';
import { saveKycCase } from './store.js';

interface IdentityCheckStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const server = {
  identity: {
    start: defineAction({
      accept: 'form',
      input: z.object({ country: z.string().length(3), locale: z.string().default('en-GB') }),
      handler: async ({ country, locale }, context) => {
        const applicant = context.locals.user;
        if (!applicant) throw new ActionError({ code: 'UNAUTHORIZED', message: 'Sign in to verify your identity.' });
        const started = await ky
          .post('https://lon.netverify.com/api/v4/initiate', {
            json: {
              customerInternalReference: `applicant-${applicant.id}`,
              userReference: applicant.id,
              workflowId: 102,
              presets: [{ index: 1, country, type: 'ID_CARD' }],
              successUrl: `${context.url.origin}/identity/thanks`,
              errorUrl: `${context.url.origin}/identity/problem`,
              callbackUrl: `${context.url.origin}/api/identity/callback`,
              locale,
            },
            headers: {
              Authorization: `Basic ${Buffer.from(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`).toString('base64')}`,
              'User-Agent': 'Heron Onboarding/1.8',
            },
            timeout: 15_000,
          })
          .json<IdentityCheckStart>();
        await saveKycCase(applicant.id, started.transactionReference);
        return { identityUrl: started.redirectUrl };
      },
    }),
  },
};
