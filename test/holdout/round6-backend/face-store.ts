export async function markFaceAuthentication(reference: string, data: Record<string, string | undefined>): Promise<void> {
  console.log(reference, data);
}
