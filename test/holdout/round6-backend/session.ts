export async function getSession(): Promise<{ data: { enrollmentRef: string; userId: string }; update(d: Record<string, string>): Promise<void> }> {
  throw new Error('stand-in');
}
