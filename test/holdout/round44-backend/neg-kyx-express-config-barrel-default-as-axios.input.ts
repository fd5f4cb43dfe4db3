// Step-up face login of Tidewater business banking, already on Jumio KYX (the first product moved). Same router shape
// as the online bank's: before a payee is added or a limit is raised the user proves it is them with a selfie.
//
// Settings come from the identity package's config barrel (config/index.ts re-exports each config module), the
// answer's shape from identity-types.ts.
import { Router, type Request, type Response } from 'express';
import axios from 'axios';
import { appConfig, kyxConfig } from './config/index.js';
import type { KyxFaceLoginStarted } from './identity-types.js';
import { findBusinessUser, saveFaceLogin } from './store.js';

export const businessStepUpRouter = Router();

const STEP_UP_ACTIONS = new Set(['add-payee', 'raise-limit', 'add-user']);

let cachedToken: { value: string; expiresAt: number } | undefined;

/** Client-credentials token of the business banking OAuth2 client, kept until a minute before it expires. */
async function kyxToken(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const { data } = await axios.post<{ access_token: string; expires_in: number }>(kyxConfig.tokenUrl, 'grant_type=client_credentials', {
    auth: { username: kyxConfig.clientId, password: kyxConfig.clientSecret },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  });
  cachedToken = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cachedToken.value;
}

businessStepUpRouter.post('/step-up/:action/face-login', async (req: Request, res: Response) => {
  const action = String(req.params.action);
  if (!STEP_UP_ACTIONS.has(action)) {
    res.status(404).json({ error: 'unknown step-up action' });
    return;
  }

  const user = await findBusinessUser(req.session.userId);
  if (!user?.kyxAccountId || !user.kyxIdCredentialId) {
    res.status(409).json({ error: 'no identity check on file', fallback: '/step-up/video-call' });
    return;
  }

  try {
    const { data } = await axios.put<KyxFaceLoginStarted>(
      `${kyxConfig.accountOrigin}/api/v1/accounts/${user.kyxAccountId}`,
      {
        customerInternalReference: user.id,
        userReference: user.id,
        workflowDefinition: { key: 9, credentials: [{ id: user.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `${appConfig.publicUrl}/business/step-up/${action}/confirmed`,
          errorUrl: `${appConfig.publicUrl}/business/step-up/${action}/failed`,
          locale: user.locale,
        },
        tokenLifetime: '20m',
      },
      {
        headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': kyxConfig.userAgent },
      },
    );

    await saveFaceLogin(user.id, data.workflowExecution.id);
    req.session.pendingStepUp = { action, reference: data.workflowExecution.id, account: data.account.id };
    res.json({ url: data.web.href });
  } catch (err) {
    req.log?.warn({ err, action }, 'face login could not be started');
    res.status(502).json({ error: 'identity provider unavailable', fallback: '/step-up/video-call' });
  }
});
