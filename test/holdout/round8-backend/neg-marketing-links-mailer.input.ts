// Transactional e-mail: explains the identity check; links to the vendor's public pages only.
export function identityCheckEmail(name: string, redirectUrl: string): { subject: string; html: string } {
  const vendorInfo = 'https://www.netverify.com/';
  const privacy = 'https://www.jumio.com/legal-information/privacy-policy/';
  return {
    subject: 'Please confirm your identity',
    html: `<p>Hello ${name},</p>
<p>Our partner Jumio (<a href="${vendorInfo}">Netverify</a>) checks your ID. Their privacy notice: <a href="${privacy}">here</a>.</p>
<p><a href="${redirectUrl}">Start the check</a></p>`,
  };
}
