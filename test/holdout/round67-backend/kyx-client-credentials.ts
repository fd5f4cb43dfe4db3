// The firm's own KYX OAuth2 client-credentials token, cached per process and region (a stand-in for the customer's
// own module; never an input).
export async function kyxToken(region: string): Promise<string> {
  return `token-for-${region}`;
}
