import { createRouter, createWebHistory } from 'vue-router';
import IdentityStart from './views/IdentityStart.vue';
import IdentityDone from './views/IdentityDone.vue';
import { useIdentityStore } from './stores/identity';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/identity', name: 'identity', component: IdentityStart },
    {
      path: '/identity/done',
      name: 'identity-done',
      component: IdentityDone,
      beforeEnter: (to) => {
        const identity = useIdentityStore();
        const status = to.query.transactionStatus;
        const reference = to.query.transactionReference;
        if (status !== 'SUCCESS' || typeof reference !== 'string') {
          return { name: 'identity', query: { retry: '1', code: to.query.errorCode } };
        }
        identity.markSubmitted(reference);
        return true;
      },
    },
  ],
});
