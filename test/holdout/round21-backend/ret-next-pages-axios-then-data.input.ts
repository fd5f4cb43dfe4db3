// Face login status for the EU web app (Next.js pages router API route, axios). The page polls it with ?ref=.
import axios from 'axios';

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

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
  const ref = String(req.query.ref);
  const details = await axios
    .get<AuthenticationResult>(`https://lon.netverify.com/api/netverify/v2/authentications/${encodeURIComponent(ref)}`, {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Web EU/12.0' },
    })
    .then((r) => r.data);
  res.status(200).json({ user: details.userReference, finished: details.transactionResult !== 'STARTED' });
}
