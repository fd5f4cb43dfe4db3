// Lindqvist Sparbank (SE) net bank: raising a card's online spending limit is confirmed with a face login. hapi 21,
// ESM, got. The limit page must never dead-end: when the face login cannot be started (vendor down, enrolment
// refused, anything) the customer is sent to the one-time-code page instead and finishes there.
import got from 'got';
import { findLimitRequest, saveLimitStepUp } from './db.mjs';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const OTP_FALLBACK = 'https://netbank.lindqvist.example/kort/granser/engangskod';

export const limitFaceLoginRoute = {
  method: 'POST',
  path: '/cards/{cardId}/limit-requests/{requestId}/face-login',
  options: { auth: 'session' },
  handler: async (request, h) => {
    const limit = await findLimitRequest(request.params.requestId);

    const started = await got
      .post(NV_EU_INITIATE, {
        json: {
          enrollmentTransactionReference: limit.holder.enrolmentReference,
          userReference: limit.holder.customerNo,
          successUrl: `https://netbank.lindqvist.example/kort/granser/${limit.id}/klar`,
          errorUrl: `https://netbank.lindqvist.example/kort/granser/${limit.id}/avbruten`,
          locale: 'sv',
          tokenLifetimeInMinutes: 5,
        },
        username: process.env.LINDQVIST_NV_TOKEN,
        password: process.env.LINDQVIST_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Lindqvist-Netbank/11.2' },
      })
      .json()
      .catch((err) => {
        request.log(['face-login', 'warn'], `face login not started (${err.response?.statusCode ?? err.code})`);
        return null;
      });

    if (!started) {
      return h.redirect(OTP_FALLBACK).code(303);
    }

    await saveLimitStepUp(limit.id, started.transactionReference, started.timestamp);
    return h.redirect(started.redirectUrl).code(303);
  },
};
