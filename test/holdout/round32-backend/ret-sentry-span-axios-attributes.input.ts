// Support console (EU): the face-login outcome of a member. The vendor lookup runs inside a Sentry span whose
// attributes carry the outcome, so slow lookups and odd results can be searched by reference in Sentry.
import axios from 'axios';
import * as Sentry from '@sentry/node';
import type { Span } from '@sentry/node';

interface NetverifyAuthDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export type ConsoleOutcome = 'passed' | 'failed' | 'pending' | 'unknown';

export interface FaceLoginOutcome {
  reference: string;
  member: string | null;
  outcome: ConsoleOutcome;
}

export async function faceLoginOutcome(reference: string): Promise<FaceLoginOutcome> {
  return Sentry.startSpan(
    { name: 'netverify.authentication.lookup', op: 'http.client', attributes: { 'face_login.reference': reference } },
    async (span: Span) => {
      const { data: details } = await axios.get<NetverifyAuthDetails>(
        `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
        {
          auth: { username: process.env.NETVERIFY_TOKEN ?? '', password: process.env.NETVERIFY_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'Quayside Support/6.1' },
        },
      );
      span.setAttribute('face_login.result', details.transactionResult);

      let outcome: ConsoleOutcome = 'unknown';
      if (details.transactionResult === 'PASSED') outcome = 'passed';
      else if (details.transactionResult === 'FAILED') outcome = 'failed';
      else if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') outcome = 'pending';
      if (outcome === 'unknown') {
        Sentry.captureMessage(`face login ${reference} has an outcome the console does not show`, 'warning');
      }

      return { reference: details.transactionReference, member: details.userReference ?? null, outcome };
    },
  );
}
