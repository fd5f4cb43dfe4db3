// Fjordvik Sparebank: a Vercel Cron Job (vercel.json: { "crons": [{ "path": "/api/cron/settle-face-logins",
// "schedule": "*/10 * * * *" }] }) that settles card-limit raises still waiting on a face login whose callback never
// arrived: it asks the Netverify retrieval API (EU data centre) for each one and approves the raise when the face
// login PASSED for the same customer. Vercel calls the path with `Authorization: Bearer <CRON_SECRET>`.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import axios from 'axios';
import { listUnsettledFaceLogins, settleLimitRaise } from './db.js';

const NV_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications/';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return res.status(401).end('unauthorized');
  }

  const unsettled = await listUnsettledFaceLogins(40);
  let settled = 0;
  for (const raise of unsettled) {
    const { data: details } = await axios.get<AuthenticationDetails>(NV_AUTHENTICATIONS + raise.faceLoginReference, {
      auth: { username: process.env.FJORDVIK_NV_TOKEN ?? '', password: process.env.FJORDVIK_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Fjordvik-Cron/1.4' },
    });
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
      continue;
    }
    await settleLimitRaise(raise.id, {
      approved: details.transactionResult === 'PASSED' && details.userReference === raise.customerNo,
      reference: details.transactionReference,
    });
    settled += 1;
  }

  return res.status(200).json({ checked: unsettled.length, settled });
}
