// A wretch chain to the legacy retrieval: the chain's own .auth() gets the Bearer token; the Basic const it read is
// removed; the one field read has no KYX counterpart (flagged).
import wretch from 'wretch';
const basic = `Basic ${process.env.JUMIO_BASIC}`;
export async function details(ref: string) {
  const d = await wretch(`https://netverify.com/api/netverify/v2/authentications/${ref}`).auth(basic).get().json<{ transactionResult: string }>();
  return d.transactionResult;
}
