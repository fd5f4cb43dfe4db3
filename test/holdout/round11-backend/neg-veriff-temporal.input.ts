// Veriff sessions from a Temporal activity (another vendor): must stay untouched.
import needle from 'needle';
import { Context } from '@temporalio/activity';

export async function createVeriffSession(userId: string) {
  Context.current().heartbeat();
  const resp = await needle(
    'post',
    'https://stationapi.veriff.com/v1/sessions',
    { verification: { callback: 'https://acme.example/veriff/callback', vendorData: userId } },
    { json: true, headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY } },
  );
  return { url: resp.body.verification.url, reference: resp.body.verification.id };
}
