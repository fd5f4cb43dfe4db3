// A plugin's activate(options) hook, not an Aurelia route: its argument is no query string.
export class ReportPlugin {
  activate(options: { transactionStatus?: string; transactionReference?: string }) {
    if (options.transactionStatus === 'SUCCESS') console.log(options.transactionReference);
  }
}
