// The customer's mailer (a stand-in).
export async function sendKycLink(email: string, url: string): Promise<void> {
  void email;
  void url;
}
