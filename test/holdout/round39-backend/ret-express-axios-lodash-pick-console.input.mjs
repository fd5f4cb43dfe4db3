// Support console (US data centre): agents look a member's face login up by its reference. The console shows the
// vendor's own fields, so the answer is passed through with the four it displays; an unfinished face login is never
// cached by the agent's browser.
import express from 'express';
import rateLimit from 'express-rate-limit';
import axios from 'axios';
import pick from 'lodash/pick.js';

export const supportRouter = express.Router();

// Agents search by hand; anything faster than this is a script.
const lookupLimiter = rateLimit({
  windowMs: 60_000,
  limit: 30,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  keyGenerator: (req) => req.user.email,
});

supportRouter.get('/support/face-logins/:reference', lookupLimiter, async (req, res, next) => {
  try {
    const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${req.params.reference}`, {
      auth: { username: process.env.NETVERIFY_API_TOKEN, password: process.env.NETVERIFY_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'Tidewater Support Console/4.1' },
      timeout: 10_000,
    });

    req.log.info({ agent: req.user.email, member: data.userReference }, 'face login looked up');

    const { transactionResult: state = 'UNKNOWN' } = data;
    if (state === 'CREATED' || state === 'STARTED') res.set('Cache-Control', 'no-store');
    res.json(pick(data, ['transactionReference', 'transactionResult', 'transactionDate', 'userReference']));
  } catch (err) {
    if (err.response?.status === 404) return res.status(404).json({ error: 'no face login with this reference' });
    next(err);
  }
});
