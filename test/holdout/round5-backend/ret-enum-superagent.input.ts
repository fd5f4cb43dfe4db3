import superagent from 'superagent';
import { JumioDataCentre, RETRIEVAL_PATH } from './jumio-dc';

export async function authenticationOutcome(reference: string): Promise<{ ok: boolean; who?: string }> {
  const res = await superagent
    .get(`${JumioDataCentre.US}${RETRIEVAL_PATH}/${reference}`)
    .auth(process.env.JUMIO_TOKEN as string, process.env.JUMIO_SECRET as string)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Fjord Savings/2.7');
  return { ok: res.body.transactionResult === 'PASSED', who: res.body.userReference };
}
