// Brightwater Credit Union loan desk: the face-login decision behind a loan officer's "verify member" button (US
// data centre). Vendor payloads are parsed by zod at the edge, and ids are branded so a transaction reference can
// never be passed where a member id is expected (the same brands as packages/types/src/brand.ts; copied here so the
// service builds alone).
import axios from 'axios';
import { z } from 'zod';
import { logDecision } from './store.js';

export const TransactionReference = z.string().uuid().brand<'TransactionReference'>();
export type TransactionReference = z.infer<typeof TransactionReference>;

const AuthenticationDetails = z.object({
  transactionReference: TransactionReference,
  transactionResult: z.enum(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  transactionDate: z.coerce.date(),
  userReference: z.string().max(100).optional(),
});
type AuthenticationDetails = z.infer<typeof AuthenticationDetails>;

const DETAILS_BASE = 'https://netverify.com/api/netverify/v2/authentications';

export interface LoanDeskDecision {
  reference: TransactionReference;
  memberId: string | null;
  approved: boolean;
  decidedAt: Date;
}

export async function faceLoginDecision(reference: TransactionReference): Promise<LoanDeskDecision> {
  const { data } = await axios.get<unknown>(`${DETAILS_BASE}/${reference}`, {
    auth: { username: process.env.BRIGHTWATER_NV_TOKEN ?? '', password: process.env.BRIGHTWATER_NV_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Brightwater-LoanDesk/3.0' },
  });

  // Throws a ZodError with every mismatching path: the loan desk shows "vendor answer not understood".
  const details: AuthenticationDetails = AuthenticationDetails.parse(data);
  await logDecision(details.transactionReference, details.transactionResult);

  return {
    reference: details.transactionReference,
    memberId: details.userReference ?? null,
    approved: details.transactionResult === 'PASSED',
    decidedAt: details.transactionDate,
  };
}
