import superagent from 'superagent';
import { JumioDataCentre, RETRIEVAL_PATH } from './retrieval-hosts';

export async function authenticationUser(reference: string): Promise<string | undefined> {
  const res = await superagent
    .get(`${JumioDataCentre.US}${RETRIEVAL_PATH}/${reference}`)
    .auth(process.env.JUMIO_TOKEN as string, process.env.JUMIO_SECRET as string)
    .set('Accept', 'application/json');
  return res.body.userReference;
}
