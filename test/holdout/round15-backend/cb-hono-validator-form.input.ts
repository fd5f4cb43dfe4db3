// Hono's own validator('form', …) middleware, no schema library.
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { saveResult } from './store.js';

export const app = new Hono();

app.post(
  '/netverify/face-login',
  validator('form', (value, c) => {
    if (typeof value.transactionReference !== 'string') return c.text('bad request', 400);
    return value as Record<string, string>;
  }),
  async (c) => {
    const form = c.req.valid('form');
    await saveResult(form.transactionReference, { result: form.transactionResult, liveness: form.livenessImages });
    return c.text('OK');
  },
);
