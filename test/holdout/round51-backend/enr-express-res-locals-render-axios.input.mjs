// Banque Lumière (EU) account opening: the "verify your ID" page embeds the identity check. Express 4 with server-side
// views (Nunjucks), ESM, axios. startIdCheck opens the identity check and leaves the vendor's answer in res.locals,
// which the page handler renders from.
import express from 'express';
import axios from 'axios';
import { findOnboarding, saveOnboardingIdCheck } from './db.mjs';

const NETVERIFY_V4 = 'https://lon.netverify.com/api/v4/initiate';

async function startIdCheck(req, res, next) {
  try {
    const onboarding = await findOnboarding(req.params.onboardingId);
    const { data } = await axios.post(
      NETVERIFY_V4,
      {
        customerInternalReference: `ouverture-${onboarding.id}`,
        userReference: onboarding.applicant.id,
        workflowId: 200,
        successUrl: `https://ouvrir.banquelumiere.example/dossiers/${onboarding.id}/identite/ok`,
        errorUrl: `https://ouvrir.banquelumiere.example/dossiers/${onboarding.id}/identite/erreur`,
        locale: 'fr',
        tokenLifetimeInMinutes: 60,
      },
      {
        auth: { username: process.env.LUMIERE_NV_TOKEN, password: process.env.LUMIERE_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Lumiere-Ouverture/3.0' },
      },
    );
    res.locals.onboarding = onboarding;
    res.locals.idCheck = data;
    next();
  } catch (err) {
    next(err);
  }
}

export const onboardingPages = express.Router();

onboardingPages.get('/dossiers/:onboardingId/identite', startIdCheck, async (req, res, next) => {
  try {
    await saveOnboardingIdCheck(res.locals.onboarding.id, res.locals.idCheck.transactionReference);
    res.render('onboarding/id-check', {
      title: 'Vérification de votre identité',
      idCheckUrl: res.locals.idCheck.redirectUrl,
    });
  } catch (err) {
    next(err);
  }
});
