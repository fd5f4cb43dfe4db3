// A route that reads legacy retrieval fields from a response, not from the request: not a callback handler.
export async function statusRoute(req: { params: { ref: string } }, res: { json(v: unknown): void }) {
  const r = await fetch(`${process.env.KYC_SERVICE}/authentications/${req.params.ref}`);
  const d = (await r.json()) as { transactionResult: string; enrollmentTransactionReference: string; scanSource: string };
  res.json({ result: d.transactionResult, enrollment: d.enrollmentTransactionReference, source: d.scanSource });
}
