// Outbound mail (a stand-in for the customer's mailer).
export async function sendMail(to: string, subject: string, link: string): Promise<void> {
  void to;
  void subject;
  void link;
}
