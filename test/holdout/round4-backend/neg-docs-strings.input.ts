// Admin help texts shown in the back office.
export const HELP = {
  faceAuth: {
    title: 'Face authentication',
    body:
      'Until March we used Jumio Netverify (lon.netverify.com). Old records still carry the legacy transactionReference ' +
      'and redirectUrl columns; new records store the KYX workflowExecution.id and web.href.',
    privacy: 'https://www.netverify.com/en/privacy-policy',
  },
  retention: 'Authentication results are kept for 90 days, see the data retention policy.',
} as const;

export function describeLegacyRecord(row: { transactionReference: string; redirectUrl?: string }): string {
  return `legacy face authentication ${row.transactionReference}${row.redirectUrl ? ' (link expired)' : ''}`;
}
