// The customer's own KYX token helper (already migrated code uses it).
export async function kyxToken(region: string): Promise<string> {
  return `token-for-${region}`;
}
