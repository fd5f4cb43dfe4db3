// Vouched (another IDV vendor) through needle: an invite with its own redirect and callback.
import needle from 'needle';

export async function vouchedInvite(user) {
  const resp = await needle(
    'post',
    'https://verify.vouched.id/api/invites',
    { email: user.email, firstName: user.firstName, lastName: user.lastName, callbackURL: 'https://acme.example/hooks/vouched', redirectUrl: 'https://acme.example/kyc/done' },
    { json: true, headers: { 'X-API-Key': process.env.VOUCHED_KEY } },
  );
  return { inviteId: resp.body.id, url: resp.body.inviteUrl, transactionReference: user.id };
}
