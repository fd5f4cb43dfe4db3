// The app's mailer (a stand-in).
export async function sendFaceLoginLink(email: string, url: string, reference: string): Promise<void> {
  void email;
  void url;
  void reference;
}
