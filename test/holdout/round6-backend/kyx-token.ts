export async function kyxAccessToken(region: string): Promise<string> {
  return `token-for-${region}`;
}
