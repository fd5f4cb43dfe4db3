// A Pinia setup store holding the route's query (fixtures pinia-store-to-refs-query, neg-pinia-payment-store).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useRoute } from 'vue-router';

export const useRouteStore = defineStore('route', () => {
  const route = useRoute();
  const params = computed(() => route.query);
  return { params };
});

export const usePaymentStore = defineStore('payment', () => {
  const payment = ref({ transactionStatus: 'PENDING', transactionReference: '' });
  return { payment };
});
