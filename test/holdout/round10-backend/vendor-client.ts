// Base class of the vendor clients: JSON over fetch with Basic credentials, one subclass per vendor.
export abstract class VendorClient {
  protected constructor(
    protected readonly baseUrl: string,
    private readonly user: string,
    private readonly password: string,
  ) {}

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${this.user}:${this.password}`).toString('base64'),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${this.constructor.name}: ${res.status}`);
    return (await res.json()) as T;
  }
}
