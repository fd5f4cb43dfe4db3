// Straits Assurance (SG) claims portal, src/hooks.server.ts: the claim pages after "confirm it's you" need the
// claimant's face login to have passed. SvelteKit 2, the global fetch. The first hook looks the face login up and
// keeps the vendor's details in event.locals; the second guards the pages with them.
import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { findClaim } from './db.js';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

declare global {
  namespace App {
    interface Locals {
      claimantId?: string;
      faceLogin?: AuthenticationDetails;
      faceLoginReference?: string;
    }
  }
}

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

const loadFaceLogin: Handle = async ({ event, resolve }) => {
  const claimId = event.params.claimId;
  if (!claimId || !event.url.pathname.includes('/verified/')) return resolve(event);

  const claim = await findClaim(claimId);
  if (claim?.faceLoginReference) {
    const res = await fetch(`${NV_SG_AUTHENTICATIONS}/${claim.faceLoginReference}`, {
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.STRAITS_NV_TOKEN}:${process.env.STRAITS_NV_SECRET}`).toString('base64')}`,
        'User-Agent': 'Straits-Claims/6.0',
      },
    });
    if (res.ok) {
      event.locals.claimantId = claim.claimantId;
      event.locals.faceLogin = (await res.json()) as AuthenticationDetails;
    }
  }
  return resolve(event);
};

const requirePassedFaceLogin: Handle = async ({ event, resolve }) => {
  if (!event.url.pathname.includes('/verified/')) return resolve(event);

  const details = event.locals.faceLogin;
  if (!details || details.transactionResult !== 'PASSED' || details.userReference !== event.locals.claimantId) {
    redirect(303, `/claims/${event.params.claimId}/confirm-identity`);
  }
  event.locals.faceLoginReference = details.transactionReference;
  return resolve(event);
};

export const handle = sequence(loadFaceLogin, requirePassedFaceLogin);
