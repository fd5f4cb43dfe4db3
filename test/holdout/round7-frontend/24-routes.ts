import type { RouteRecordRaw } from 'vue-router';
import KycDone from './views/KycDone.vue';
import Home from './views/Home.vue';

// The Jumio identity check returns to /kyc/done with its query parameters; the view gets them as props.
export const routes: RouteRecordRaw[] = [
  { path: '/', component: Home },
  {
    path: '/kyc/done',
    component: KycDone,
    props: (route) => ({
      status: route.query.transactionStatus,
      reference: route.query.transactionReference,
      errorCode: route.query.errorCode,
    }),
  },
];
