// A named retrieval run for a batch under Promise.allSettled: the fulfilled outcomes' `value` is the details, read in
// a for…of over `.entries()` and in a `.filter(...).map(...)` of the outcomes.
interface Details { transactionResult: string; transactionReference: string; userReference?: string }

async function fetchDetails(ref: string): Promise<Details> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, Accept: 'application/json' },
  });
  return (await res.json()) as Details;
}

export async function settle(refs: string[]) {
  const outcomes = await Promise.allSettled(refs.map((ref) => fetchDetails(ref)));
  const passed: string[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') continue;
    if (outcome.value.transactionResult === 'PASSED') passed.push(`${refs[i]}:${outcome.value.userReference}`);
  }
  const ids = outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<Details>).value.transactionReference);
  return { passed, ids };
}
