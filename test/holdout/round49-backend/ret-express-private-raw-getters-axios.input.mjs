// Lakeshore Credit (US) support console: before changing a caller's mailing address, the agent checks whether the
// face login the IVR started has passed. Express 4 router, ESM, axios. FaceLoginResult keeps the vendor's details
// private and exposes only what the console shows.
import express from 'express';
import axios from 'axios';
import { auditConsoleLookup, findAddressChange } from './db.mjs';

const NETVERIFY_US_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';

class FaceLoginResult {
  #raw;

  constructor(raw) {
    this.#raw = raw;
  }

  get pending() {
    return this.#raw.transactionResult === 'CREATED' || this.#raw.transactionResult === 'STARTED';
  }

  get passed() {
    return this.#raw.transactionResult === 'PASSED';
  }

  get caller() {
    return this.#raw.userReference ?? null;
  }

  get decidedAt() {
    return this.pending ? null : new Date(this.#raw.transactionDate);
  }

  toJSON() {
    return { pending: this.pending, passed: this.passed, caller: this.caller, decidedAt: this.decidedAt };
  }
}

async function lookUpFaceLogin(reference) {
  const { data } = await axios.get(`${NETVERIFY_US_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
    auth: { username: process.env.LAKESHORE_NV_TOKEN, password: process.env.LAKESHORE_NV_SECRET },
    headers: { Accept: 'application/json', 'User-Agent': 'Lakeshore-Console/2.2' },
    timeout: 8000,
  });
  return new FaceLoginResult(data);
}

export const consoleRoutes = express.Router();

consoleRoutes.get('/address-changes/:changeId/face-login', async (req, res, next) => {
  try {
    const change = await findAddressChange(req.params.changeId);
    if (!change) return res.sendStatus(404);

    const result = await lookUpFaceLogin(change.faceLoginReference);
    await auditConsoleLookup(req.user.agentId, change.id, result.passed);
    res.json({ changeId: change.id, sameCaller: result.caller === change.customerNo, ...result.toJSON() });
  } catch (err) {
    next(err);
  }
});
