// The app's own step-up API: POST /authentication/initiate on the customer's auth server, and the route serving it.
import express from 'express';
import axios from 'axios';

const AUTH_SERVER = 'https://auth.acme-bank.example';

export async function initiateOwnAuthentication(userId: string, enrollmentTransactionReference: string) {
  const { data } = await axios.post(
    `${AUTH_SERVER}/authentication/initiate`,
    { userId, enrollmentTransactionReference, successUrl: 'https://bank.acme.example/step-up/ok' },
    { auth: { username: process.env.AUTH_CLIENT_ID!, password: process.env.AUTH_CLIENT_SECRET! } },
  );
  return { redirectUrl: data.redirectUrl as string, transactionReference: data.transactionReference as string };
}

export const ownRoutes = express.Router();

ownRoutes.post('/authentication/initiate', express.json(), async (req, res) => {
  const { userId, enrollmentTransactionReference, successUrl } = req.body;
  const transactionReference = `${userId}-${Date.now()}`;
  res.json({ redirectUrl: `${successUrl}?ref=${enrollmentTransactionReference}`, transactionReference });
});
