// A payment page's watchQuery names the PSP's keys; nothing here reads them as a Jumio page.
export default {
  asyncData({ query }) {
    return { status: query.transactionStatus };
  },
  watchQuery: ['transactionStatus', 'transactionReference'],
};
