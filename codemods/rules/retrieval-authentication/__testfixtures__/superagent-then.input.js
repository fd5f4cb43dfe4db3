import superagent from 'superagent';

export async function checkAuthentication(scanRef) {
  const res = await superagent
    .get(`https://lon.netverify.com/api/netverify/v2/authentications/${scanRef}`)
    .auth(process.env.NETVERIFY_TOKEN, process.env.NETVERIFY_SECRET)
    .set('Accept', 'application/json');
  return res.body.transactionReference === scanRef && res.body.transactionResult === 'PASSED';
}
