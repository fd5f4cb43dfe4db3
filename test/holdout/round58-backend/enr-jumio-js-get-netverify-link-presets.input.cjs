// Koruna Brokers (CZ): online account opening for retail investors. The prospect verifies their Czech ID card and a
// selfie before the first deposit. We use Purple Technology's jumio-js client (installed from GitHub:
// "jumio-js": "github:purple-technology/jumio-js"), which builds the request for us. CommonJS.
'use strict';

const JumioClient = require('jumio-js');
const { findProspect, saveProspectIdCheck } = require('./db.cjs');

const jumio = new JumioClient({
  baseUrl: 'https://lon.netverify.com/api/',
  userAgent: 'KorunaBrokers-Onboarding/3.0',
  auth: { username: process.env.KORUNA_NV_TOKEN, password: process.env.KORUNA_NV_SECRET },
});

async function startProspectIdCheck(prospectId) {
  const prospect = await findProspect(prospectId);

  const started = await jumio.getNetVerifyLink({
    customerInternalReference: `KB-${prospect.applicationNo}`,
    userReference: prospect.id,
    // ID + identity, camera only (201)
    workflowId: jumio.getWorkflowId({ identity: true, camera: true, upload: false }),
    callbackUrl: 'https://api.korunabrokers.example/hooks/identity',
    successUrl: `https://ucet.korunabrokers.example/zalozeni/${prospect.id}/hotovo`,
    errorUrl: `https://ucet.korunabrokers.example/zalozeni/${prospect.id}/chyba`,
    locale: 'cs',
    // the client adds index 1 itself
    presets: { country: 'CZE', type: 'ID_CARD' },
  });

  await saveProspectIdCheck(prospect.id, { reference: started.transactionReference, startedAt: started.timestamp });
  return started.redirectUrl;
}

module.exports = { startProspectIdCheck };
