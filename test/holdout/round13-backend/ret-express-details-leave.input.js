// An internal Express admin route proxying the authentication details as they are (EU): the details leave whole.
const express = require('express');

const router = express.Router();
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

router.get('/admin/face-logins/:ref', async (req, res) => {
  const upstream = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${req.params.ref}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${basic}`, 'User-Agent': 'Acme Admin/1.0' },
  });
  if (!upstream.ok) return res.status(upstream.status).end();
  res.json(await upstream.json());
});

module.exports = router;
