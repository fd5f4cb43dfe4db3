// Bluefin Federal Credit Union: a member who adds a payee for more than $2,500 confirms it with a face login against
// the ID check done when they joined, and Netverify calls us back when the face login ends. Express 4 with
// class-based controllers (each extends Controller, whose helpers shape the JSON answers), superagent 8 (ESM).
import express from 'express';
import superagent from 'superagent';
import { findPayee, markPayeeFaceLogin, recordFaceLoginOutcome } from './db.mjs';

const NV_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

class Controller {
  constructor(name) {
    this.name = name;
  }

  created(res, body) {
    res.status(201).json({ ok: true, ...body });
  }

  fail(res, status, message) {
    res.status(status).json({ ok: false, error: message, controller: this.name });
  }
}

class PayeeFaceLoginController extends Controller {
  constructor() {
    super('payee-face-login');
    // Express calls a handler without its object: bind them once.
    this.start = this.start.bind(this);
    this.callback = this.callback.bind(this);
  }

  async start(req, res, next) {
    try {
      const payee = await findPayee(req.params.payeeId, req.user.memberId);
      if (!payee) return super.fail(res, 404, 'no such payee');
      const { body: started } = await superagent
        .post(NV_INITIATE)
        .auth(process.env.BLUEFIN_NV_TOKEN, process.env.BLUEFIN_NV_SECRET)
        .set('Accept', 'application/json')
        .set('User-Agent', 'BluefinFCU-OnlineBanking/11.3')
        .send({
          enrollmentTransactionReference: req.user.joiningIdCheckRef,
          userReference: req.user.memberNo,
          successUrl: `https://online.bluefinfcu.example/payees/${payee.id}/confirmed`,
          errorUrl: `https://online.bluefinfcu.example/payees/${payee.id}/not-confirmed`,
          locale: 'en-US',
          tokenLifetimeInMinutes: 15,
        });
      await markPayeeFaceLogin(payee.id, started.transactionReference);
      return super.created(res, { faceLoginUrl: started.redirectUrl });
    } catch (err) {
      return next(err);
    }
  }

  // Netverify posts the outcome form-encoded when the member finishes (or abandons) the face login.
  async callback(req, res) {
    const { callBackType, transactionReference, transactionResult, transactionDate, userReference } = req.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
    await recordFaceLoginOutcome(transactionReference, {
      passed: transactionResult === 'PASSED',
      memberNo: userReference,
      completedAt: transactionDate,
    });
    return res.sendStatus(200);
  }
}

const controller = new PayeeFaceLoginController();

export const payeeFaceLoginRouter = express.Router();
payeeFaceLoginRouter.post('/payees/:payeeId/face-login', controller.start);
payeeFaceLoginRouter.post('/webhooks/netverify/face-login', express.urlencoded({ extended: false }), controller.callback);
