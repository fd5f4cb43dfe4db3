// Step-up face login of the Tidewater online bank (EU tenant). Before a payee is added or a limit is raised the
// customer proves it is them with a selfie against the ID check they did at account opening.
//
// Settings come from the identity package's config barrel (config/index.ts re-exports each config module), the
// answer's shape from identity-types.ts, shared with the branch counters and the member app.
import { Router, type Request, type Response } from 'express';
import axios from 'axios';
import { appConfig, jumioConfig } from './config/index.js';
import type { FaceLoginStarted } from './identity-types.js';
import { findOnlineCustomer, saveFaceLogin } from './store.js';

export const stepUpRouter = Router();

/** Which actions need a fresh face login, and where the customer lands afterwards. */
const STEP_UP_ACTIONS = new Set(['add-payee', 'raise-limit', 'change-phone']);

stepUpRouter.post('/step-up/:action/face-login', async (req: Request, res: Response) => {
  const action = String(req.params.action);
  if (!STEP_UP_ACTIONS.has(action)) {
    res.status(404).json({ error: 'unknown step-up action' });
    return;
  }

  const customer = await findOnlineCustomer(req.session.customerId);
  if (!customer?.jumioEnrollment) {
    // Customers onboarded in a branch before 2019 have no ID check on file: they go to the video call instead.
    res.status(409).json({ error: 'no identity check on file', fallback: '/step-up/video-call' });
    return;
  }

  try {
    const { data } = await axios.post<FaceLoginStarted>(
      `${jumioConfig.baseUrl}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: customer.jumioEnrollment,
        userReference: customer.id,
        successUrl: `${appConfig.publicUrl}/step-up/${action}/confirmed`,
        errorUrl: `${appConfig.publicUrl}/step-up/${action}/failed`,
        locale: customer.locale,
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: { username: jumioConfig.apiToken, password: jumioConfig.apiSecret },
        headers: { Accept: 'application/json', 'User-Agent': 'Tidewater-Online/6.2 step-up' },
      },
    );

    await saveFaceLogin(customer.id, data.transactionReference);
    req.session.pendingStepUp = { action, reference: data.transactionReference, startedAt: data.timestamp };
    res.json({ url: data.redirectUrl });
  } catch (err) {
    req.log?.warn({ err, action }, 'face login could not be started');
    res.status(502).json({ error: 'identity provider unavailable', fallback: '/step-up/video-call' });
  }
});
