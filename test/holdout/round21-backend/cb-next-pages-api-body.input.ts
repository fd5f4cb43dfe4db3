// Face login result hook of the US web app (Next.js pages router API route). Next parses the form-encoded body into
// req.body before the handler runs.
import { markUserVerified, saveResult } from './store.js';

// The members of Next's NextApiRequest / NextApiResponse this route uses.
interface ApiRequest {
  method?: string;
  query: Partial<Record<string, string | string[]>>;
  body: any;
}
interface ApiResponse {
  setHeader(name: string, value: string): void;
  status(code: number): ApiResponse;
  json(body: unknown): void;
  send(body: string): void;
  end(): void;
}

export default async function handler(req: ApiRequest, res: ApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const reference = req.body.transactionReference as string;
  const outcome = req.body.transactionResult as string;
  await saveResult(reference, {
    enrollment: req.body.enrollmentTransactionReference,
    outcome,
    at: req.body.transactionDate,
  });
  if (outcome === 'PASSED' && req.body.userReference) await markUserVerified(req.body.userReference, true);
  return res.status(200).send('OK');
}
