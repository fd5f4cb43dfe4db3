// Lakeshore Credit (US) support console: callers who came over with the Harbor Point portfolio were enrolled with
// FaceCheckr, which the IVR still uses for them. Before changing a mailing address, the agent checks the FaceCheckr
// result. Express 4 router, ESM, axios. FaceCheckResult keeps the provider's answer private.
import express from 'express';
import axios from 'axios';
import { auditConsoleLookup, findAddressChange } from './db.mjs';

const FACECHECKR_AUTHENTICATIONS = 'https://api.facecheckr.example/v2/authentications';

class FaceCheckResult {
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

async function lookUpFaceCheck(reference) {
  const { data } = await axios.get(`${FACECHECKR_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
    auth: { username: process.env.FACECHECKR_KEY_ID, password: process.env.FACECHECKR_KEY_SECRET },
    headers: { Accept: 'application/json', 'User-Agent': 'Lakeshore-Console/2.2' },
    timeout: 8000,
  });
  return new FaceCheckResult(data);
}

export const harborPointConsoleRoutes = express.Router();

harborPointConsoleRoutes.get('/address-changes/:changeId/face-check', async (req, res, next) => {
  try {
    const change = await findAddressChange(req.params.changeId);
    if (!change) return res.sendStatus(404);

    const result = await lookUpFaceCheck(change.faceCheckReference);
    await auditConsoleLookup(req.user.agentId, change.id, result.passed);
    res.json({ changeId: change.id, sameCaller: result.caller === change.customerNo, ...result.toJSON() });
  } catch (err) {
    next(err);
  }
});
