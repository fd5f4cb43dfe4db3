// The request is destructured in the parameter list: `({ body }, res) =>`, `async ({ body }) =>`.
import express from 'express';
import { saveAuthentication as markAuth } from './store.js';

export const router = express.Router();

router.post('/jumio/callback', express.urlencoded({ extended: false }), async ({ body }, res) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference } = body;
  await markAuth(enrollmentTransactionReference, transactionReference, transactionResult === 'PASSED');
  res.sendStatus(200);
});

// A Lambda handler destructuring the event.
export const handler = async ({ body, isBase64Encoded }) => {
  const form = new URLSearchParams(isBase64Encoded ? Buffer.from(body, 'base64').toString() : body);
  if (form.get('callBackType') === 'NETVERIFY_AUTHENTICATION') console.log(form.get('transactionResult'));
  return { statusCode: 200 };
};
