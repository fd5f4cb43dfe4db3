// A valibot schema of the file validates the legacy retrieval details (v.parse(Schema, await res.json())), read like a
// zod one: its exact keys move under workflow (v.object({ id, userReference })), transactionResult is flagged (KYX
// details do not have it), the reads move (hold-out round 18, ret-valibot-parse-details). A schema built with an
// `object` imported by name is rewritten with it.
import * as v from 'valibot';
import { object, parseAsync, string } from 'valibot';

const AuthenticationDetails = v.object({
  transactionReference: v.string(),
  transactionResult: v.picklist(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  userReference: v.optional(v.string()),
});

const ResultOnly = object({
  transactionReference: string(),
  userReference: string(),
});

const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function faceLoginPassed(ref: string): Promise<boolean> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { headers: { Authorization: BASIC } });
  const details = v.parse(AuthenticationDetails, await res.json());
  console.log('checked', details.transactionReference);
  return details.transactionResult === 'PASSED';
}

export async function faceLoginUser(ref: string): Promise<string> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { headers: { Authorization: BASIC } });
  const details = await parseAsync(ResultOnly, await res.json());
  return details.userReference;
}
