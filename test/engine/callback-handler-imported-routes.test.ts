// A legacy authentication callback handler exported by a module that never names Jumio and registered by another
// module under a Jumio route (callback-handler/imported-registrations.ts): the item goes to the handler's own file.
// Real runs of the codemod over trees on disk (the run's importers are needed).
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const HANDLERS_CJS = `const store = require('../store');

exports.faceLoginResult = async (req, res) => {
  const { transactionReference, transactionResult } = req.body;
  await store.saveFaceLogin(transactionReference, transactionResult === 'PASSED');
  res.sendStatus(200);
};

async function refundResult(req, res) {
  await store.saveRefund(req.body.transactionReference, req.body.transactionResult);
  res.sendStatus(200);
}
module.exports.refundResult = refundResult;
`;
const HANDLERS_ESM = `import { saveFaceLogin } from '../store';

export async function faceLoginResult(req, res) {
  await saveFaceLogin(req.body.transactionReference, req.body.transactionResult === 'PASSED');
  res.sendStatus(200);
}
`;
const ROUTES_CJS = (route: string) => `const express = require('express');
const handlers = require('./controllers/auth');

const router = express.Router();
router.post('${route}', express.urlencoded({ extended: false }), handlers.faceLoginResult);
router.post('/payments/refund', handlers.refundResult);
module.exports = router;
`;
const ROUTES_ESM = `import { Router } from 'express';
import { faceLoginResult as onResult } from './controllers/auth';

export const router = Router();
router.route('/netverify/auth-callback').post(onResult);
`;
const ROUTES_HAPI = `import * as handlers from './controllers/auth';

export const routes = [{ method: 'POST', path: '/jumio/callback', options: { handler: handlers.faceLoginResult } }];
`;
const ITEM = 'callback-handler: legacy Jumio authentication callback';

const run = tempRepoRunner('nvm-cb-imported-');

describe('callback handlers registered by another module', () => {
  it('an exported handler registered under a Jumio route elsewhere gets the item in its own file', async () => {
    let out = await run({ 'src/controllers/auth.js': HANDLERS_CJS, 'src/routes.js': ROUTES_CJS('/jumio/callback') });
    const text = out('src/controllers/auth.js');
    expect(text).toContain(`// TODO(netverify-migrate): ${ITEM}`);
    expect(text.split(ITEM).length - 1).toBe(1); // the refund handler, on a payment route, stays as it is
    expect(text.indexOf(ITEM)).toBeLessThan(text.indexOf('exports.faceLoginResult'));
    out = await run({ 'src/controllers/auth.js': HANDLERS_ESM, 'src/routes.js': ROUTES_ESM });
    expect(out('src/controllers/auth.js')).toContain(ITEM);
    out = await run({ 'src/controllers/auth.js': HANDLERS_ESM, 'src/routes.js': ROUTES_HAPI });
    expect(out('src/controllers/auth.js')).toContain(ITEM);
  });

  it('no item when the registering route does not name Jumio', async () => {
    const out = await run({ 'src/controllers/auth.js': HANDLERS_CJS, 'src/routes.js': ROUTES_CJS('/payments/callback') });
    expect(out('src/controllers/auth.js')).toBe(HANDLERS_CJS);
  });
});
