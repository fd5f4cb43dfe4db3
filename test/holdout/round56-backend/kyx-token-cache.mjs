// The bank's own KYX OAuth2 token cache (a support module beside the inputs; never an input).
export async function kyxBearer(region) {
  return `token-for-${region}`;
}
