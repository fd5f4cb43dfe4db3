// Support desk: look a member's face login up by its reference (US data centre). The collection path and the
// reference are joined with path.posix (a reference pasted with a stray slash must not double it), then resolved
// against the data-centre origin.
import axios from 'axios';
import express from 'express';
import { posix } from 'node:path';

const NETVERIFY_US = 'https://netverify.com';
const AUTHENTICATIONS = '/api/netverify/v2/authentications';

const apiUser = {
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
};

export async function lookupFaceLogin(reference) {
  const url = new URL(posix.join(AUTHENTICATIONS, encodeURIComponent(reference.trim())), NETVERIFY_US);
  const { status, data } = await axios.get(url.href, {
    auth: apiUser,
    headers: { Accept: 'application/json', 'User-Agent': 'Lakeshore Support Desk/1.12' },
    timeout: 8000,
    validateStatus: (code) => code === 200 || code === 404,
  });
  if (status === 404) return null;
  return {
    reference: data.transactionReference,
    member: data.userReference ?? null,
    result: data.transactionResult,
    startedAt: data.transactionDate,
  };
}

export const supportRouter = express.Router();

supportRouter.get('/support/face-logins/:reference', async (req, res, next) => {
  try {
    const found = await lookupFaceLogin(req.params.reference);
    if (!found) return res.status(404).json({ error: 'no face login with this reference' });
    res.json(found);
  } catch (err) {
    next(err);
  }
});
