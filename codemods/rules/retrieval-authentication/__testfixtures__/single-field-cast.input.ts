// A one-field cast at the retrieval: the destructured read moves to workflow.userReference, and the cast must move
// with it (a legacy `{ userReference?: string }` left there does not type-check against the new read).
export async function whoAuthenticated(ref: string): Promise<string | undefined> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}`, Accept: 'application/json' },
  });
  const { userReference } = (await res.json()) as { userReference?: string };
  return userReference;
}

// A named type with one legacy name may describe other values: it is left alone (the read still moves).
interface Owner {
  userReference?: string;
}

export async function ownerOf(ref: string): Promise<Owner> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  return (await res.json()) as Owner;
}
