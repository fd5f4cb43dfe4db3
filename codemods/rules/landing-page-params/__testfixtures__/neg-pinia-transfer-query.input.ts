// A setup store keeps the bank's transfer return query; the transfer result reads it through the store.
import { defineStore, storeToRefs } from 'pinia';
import { computed } from 'vue';
import { useRoute } from 'vue-router';

export const useTransferReturnStore = defineStore('transferReturn', () => {
  const route = useRoute();
  const landing = computed(() => route.query);
  return { landing };
});

export function transferResult(): string {
  const { landing } = storeToRefs(useTransferReturnStore());
  return landing.value.transactionStatus === 'SUCCESS' ? `Transfer sent: ${landing.value.transactionReference}` : 'Transfer failed';
}
