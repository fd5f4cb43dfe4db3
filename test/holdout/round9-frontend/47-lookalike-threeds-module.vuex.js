// Vuex module for the card 3-D Secure challenge (issuer ACS frame).
const ACS_ORIGIN = 'https://acs.cardissuer.example';

export default {
  namespaced: true,
  state: () => ({ reference: null, outcome: null }),
  mutations: {
    setOutcome(state, { reference, outcome }) { state.reference = reference; state.outcome = outcome; },
  },
  actions: {
    listen({ commit }) {
      const onMessage = (event) => {
        if (event.origin !== ACS_ORIGIN) return;
        const data = JSON.parse(event.data);
        commit('setOutcome', { reference: data.transactionReference, outcome: data.payload.value });
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  },
};
