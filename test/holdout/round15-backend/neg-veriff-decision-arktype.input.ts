// Veriff decision webhook validated with arktype (another vendor; the same schema library as the face-login callback).
import express from 'express';
import { type } from 'arktype';
import { markUserVerified } from './store.js';

const Decision = type({
  status: 'string',
  verification: { id: 'string', code: 'number', status: "'approved' | 'declined' | 'resubmission_requested' | 'expired'", 'vendorData?': 'string' },
});

export const app = express();
app.post('/veriff/decision', express.json(), async (req, res) => {
  const out = Decision(req.body);
  if (out instanceof type.errors) return res.status(400).send(out.summary);
  await markUserVerified(out.verification.vendorData ?? '', out.verification.status === 'approved');
  res.sendStatus(200);
});
