// Van Dijck & Zonen Bank (NL) business banking, on the KYX platform since 2024: a new SEPA direct-debit mandate above
// €10,000 is signed off with the director's face login (workflow 9 on the director's account). Express 4, ESM,
// node-fetch. The team writes its mappers point-free with Ramda: every vendor answer is turned into the bank's own
// shape at the edge, and nothing past the edge knows the vendor's names.
import express from 'express';
import fetch from 'node-fetch';
import * as R from 'ramda';
import { kyxBearer } from './kyx-token-cache.mjs';
import { findKyxMandate, saveMandateWorkflow } from './db.mjs';

const KYX_ACCOUNTS_EU = 'https://account.emea-1.jumio.ai/api/v1/accounts';

// KYX answer → StepUp { url, reference, startedAt }.
const toStepUp = R.applySpec({
  url: R.path(['web', 'href']),
  reference: R.path(['workflowExecution', 'id']),
  startedAt: R.prop('timestamp'),
});

export const mandates = express.Router();

mandates.post('/mandates/:mandateId/sign-off/face-login', async (req, res, next) => {
  try {
    const mandate = await findKyxMandate(req.params.mandateId, req.user.companyId);
    const director = mandate.signatory;

    const response = await fetch(`${KYX_ACCOUNTS_EU}/${director.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await kyxBearer('emea-1')}`,
        'User-Agent': 'VanDijck-Zakelijk/3.4',
      },
      body: JSON.stringify({
        customerInternalReference: director.directorNo,
        workflowDefinition: { key: 9, credentials: [{ id: director.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        userReference: director.directorNo,
        web: {
          successUrl: `https://zakelijk.vandijck.example/machtigingen/${mandate.id}/akkoord`,
          errorUrl: `https://zakelijk.vandijck.example/machtigingen/${mandate.id}/niet-akkoord`,
          locale: 'nl',
        },
        tokenLifetime: '1h',
      }),
    });
    if (!response.ok) throw new Error(`face login start failed: HTTP ${response.status}`);

    const stepUp = toStepUp(await response.json());
    await saveMandateWorkflow(mandate.id, stepUp.reference, stepUp.startedAt);
    res.redirect(303, stepUp.url);
  } catch (err) {
    next(err);
  }
});
