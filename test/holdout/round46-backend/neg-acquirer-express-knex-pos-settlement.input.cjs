'use strict';
// Bayview Federal (US): card-present sales on the branch POS terminals are settled by the acquirer, which posts each
// settlement here; it goes straight into the cards team's pos_sales table (their column names, their triggers).
const express = require('express');
const { db } = require('./db.cjs');

const router = express.Router();

// Notification sources of the acquirer's settlement platform (acquirer onboarding pack, 2021).
const ACQUIRER_NOTIFICATION_IPS = new Set(['198.51.100.14', '198.51.100.15', '203.0.113.40', '203.0.113.41']);

router.post('/acquirer/pos-settlement', express.urlencoded({ extended: false }), async (req, res) => {
  if (!ACQUIRER_NOTIFICATION_IPS.has(req.ip)) return res.sendStatus(403);

  const form = req.body;
  if (form.notificationType !== 'SETTLEMENT') return res.sendStatus(204);

  try {
    await db.transaction(async (trx) => {
      const updated = await trx('pos_sales')
        .where({ transaction_reference: form.transactionReference, terminal_id: form.terminalId })
        .update({
          transaction_result: form.transactionResult,
          settled_at: form.transactionDate,
          receipt_url: form.receiptUrl || null,
          notification_received_at: db.fn.now(),
        });
      await trx('pos_sale_events').insert({
        transaction_reference: form.transactionReference,
        event: updated ? 'settled' : 'settlement-orphan',
        source_ip: req.ip,
      });
    });
  } catch (err) {
    console.error('pos sale settlement failed', err);
    return res.sendStatus(500);
  }
  res.sendStatus(200);
});

// The branch dashboard: the sale's settlement columns under the names the dashboard's grid was built with.
router.get('/pos-sales/:saleId/settlement', async (req, res) => {
  const row = await db('pos_sales')
    .select({ transactionReference: 'transaction_reference', transactionResult: 'transaction_result', settledAt: 'settled_at' })
    .where({ id: req.params.saleId })
    .first();
  if (!row) return res.sendStatus(404);
  res.json(row);
});

module.exports = router;
