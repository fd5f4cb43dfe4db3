// The customer's mail sender (a stand-in).
export async function sendMail(to: string, subject: string, link: string): Promise<void> {
  void to;
  void subject;
  void link;
}
