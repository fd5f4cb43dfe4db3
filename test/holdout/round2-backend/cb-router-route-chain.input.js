import { Router } from 'express';
import bodyParser from 'body-parser';

const router = Router();

function handleAuthCallback(req, res) {
  const payload = req.body;
  switch (payload.transactionResult) {
    case 'PASSED':
      req.app.emit('stepup:passed', payload.userReference, payload.transactionReference);
      break;
    case 'EXPIRED':
      req.app.emit('stepup:expired', payload.userReference);
      break;
    default:
      req.app.emit('stepup:failed', payload.userReference, payload.transactionResult);
  }
  res.status(200).end();
}

router.route('/netverify/callback').post(bodyParser.urlencoded({ extended: true }), handleAuthCallback);

export default router;
