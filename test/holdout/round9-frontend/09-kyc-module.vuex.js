// Vuex module for the Netverify identity step.
const NETVERIFY_ORIGIN = 'https://acme.netverify.com';

export default {
  namespaced: true,
  state: () => ({ reference: null, status: 'idle', errorCode: null }),
  mutations: {
    setReference(state, reference) { state.reference = reference; state.status = 'done'; },
    setError(state, code) { state.errorCode = code; state.status = 'failed'; },
  },
  actions: {
    listen({ commit }) {
      const onMessage = (event) => {
        if (event.origin !== NETVERIFY_ORIGIN) return;
        const data = JSON.parse(event.data);
        if (data.payload.value === 'success') commit('setReference', data.transactionReference);
        if (data.payload.value === 'error') commit('setError', data.payload.metainfo.code);
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  },
};
