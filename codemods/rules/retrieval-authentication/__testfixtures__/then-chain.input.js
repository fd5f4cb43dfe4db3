export function lookup(reference, basic) {
  return fetch('https://netverify.com/api/netverify/v2/authentications/' + reference, {
    headers: { Authorization: 'Basic ' + basic },
  })
    .then((r) => r.json())
    .then((d) => d.transactionReference);
}

export const lookupAsync = async (reference, basic) =>
  fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { headers: { Authorization: `Basic ${basic}` } })
    .then((r) => r.json())
    .then(({ transactionReference, userReference }) => ({ transactionReference, userReference }));
