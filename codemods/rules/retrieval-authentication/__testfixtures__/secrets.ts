// A secrets-manager read (a stand-in: the call may do more than compute a value).
export async function getSecrets(name: string): Promise<{ token: string; secret: string }> {
  return { token: `${name}-token`, secret: `${name}-secret` };
}
