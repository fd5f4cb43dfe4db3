// Help-centre strings (en). Reviewed by legal on 2024-03-12.
export const HELP = {
  identityPartner:
    'Identity checks are run by our partner Jumio. Until March 2024 the check opened on netverify.com; it now opens on jumio.ai.',
  firewall:
    'If your company network blocks the check, ask your IT team to allow *.jumio.ai (the old lon.netverify.com address is no longer used).',
  privacy: 'Jumio keeps your ID images for 30 days and then deletes them. Questions? Write to privacy@acme.example.',
};
