namespace Jumio {
  export const RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications';
}

// The details URL from a namespace const, and from a getter of a repository class.
export async function owner(ref: string) {
  const res = await fetch(`${Jumio.RETRIEVAL}/${ref}`, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
  const data = await res.json();
  return data.userReference as string;
}

export class AuthenticationRepository {
  private readonly host = 'https://lon.netverify.com';

  get detailsBase(): string {
    return `${this.host}/api/netverify/v2/authentications`;
  }

  async reference(ref: string): Promise<string> {
    const res = await fetch(`${this.detailsBase}/${ref}`, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
    const data = await res.json();
    return data.transactionReference;
  }
}
