// The file's own tap(effect) handed to .then: the effect sees the details, the chain keeps them.
import axios from 'axios';

declare function audit(event: string, reference: string): Promise<void>;

interface Details {
  transactionReference: string;
  userReference?: string;
}

const tap =
  <T>(effect: (value: T) => unknown) =>
  async (value: T): Promise<T> => {
    await effect(value);
    return value;
  };

export async function ownerOf(ref: string): Promise<string | undefined> {
  const details = await axios
    .get<Details>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: { username: 'u', password: 'p' } })
    .then(({ data }) => data)
    .then(tap<Details>((d) => audit('read', d.transactionReference)));
  return details.userReference;
}
