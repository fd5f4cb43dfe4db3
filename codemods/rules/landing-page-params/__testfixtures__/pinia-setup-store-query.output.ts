// A setup store keeps the verification return's query; the landing logic reads it through the store.
import { defineStore, storeToRefs } from 'pinia';
import { computed } from 'vue';
import { useRoute } from 'vue-router';

export const useKycReturnStore = defineStore('kycReturn', () => {
  const route = useRoute();
  const landing = computed(() => route.query);
  return { landing };
});

export function kycOutcome(): { ok: boolean; reference: string } {
  const store = useKycReturnStore();
  const { landing } = storeToRefs(store);
  return { ok: store.landing.acquisitionStatus === 'SUCCESS', reference: String(landing.value.workflowExecutionId ?? '') };
}
