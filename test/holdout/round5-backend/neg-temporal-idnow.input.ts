// temporal/activities/idnow.ts — IDnow auto-ident (not Jumio)
import { Context } from '@temporalio/activity';
import { request } from 'undici';

export async function initiateIdent(transactionNumber: string, userReference: string) {
  Context.current().heartbeat();
  const { body } = await request(`https://gateway.idnow.de/api/v1/${process.env.IDNOW_COMPANY}/identifications/${transactionNumber}/start`, {
    method: 'POST',
    headers: { 'X-API-LOGIN-TOKEN': process.env.IDNOW_TOKEN ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({ firstname: userReference, successUrl: 'https://app.example/ident/ok', callbackUrl: 'https://app.example/hooks/idnow' }),
  });
  const json = (await body.json()) as { id: string; redirectUrl?: string };
  return { transactionReference: json.id, redirectUrl: json.redirectUrl };
}
