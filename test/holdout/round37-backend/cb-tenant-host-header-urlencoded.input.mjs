// Jumio posts every tenant's face-login outcome to the tenant's own hostname (`https://<tenant>.bankly.app/hooks/jumio`),
// so the receiver resolves the tenant from the Host header before it files the result under that tenant.
import express from 'express';
import { recordFaceLoginResult } from './store.js';

const TENANT_SUFFIX = '.bankly.app';

function tenantOf(req) {
  const host = String(req.headers.host || '').toLowerCase();
  return host.endsWith(TENANT_SUFFIX) ? host.slice(0, -TENANT_SUFFIX.length) : null;
}

export function jumioHooks() {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));

  router.post('/hooks/jumio', (req, res) => {
    const tenant = tenantOf(req);
    if (!tenant) return res.sendStatus(421);
    if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

    const outcome = {
      tenant,
      result: req.body.transactionResult,
      member: req.body.userReference || null,
      notifiedAt: req.body.callbackDate,
    };
    recordFaceLoginResult(req.body.transactionReference, outcome, (err) => {
      if (err) {
        req.log.error({ err, tenant }, 'face login result not stored');
        return res.sendStatus(500);
      }
      res.sendStatus(200);
    });
  });

  return router;
}
