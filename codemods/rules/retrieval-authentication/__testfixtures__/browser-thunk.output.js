// A browser Redux thunk calling the retrieval API directly with credentials from REACT_APP_ variables.
export const loadAuthResult = (reference) => async (dispatch) => {
  const auth = window.btoa(`${process.env.REACT_APP_JUMIO_TOKEN}:${process.env.REACT_APP_JUMIO_SECRET}`);
  // TODO(netverify-migrate): retrieval-authentication: browser code calls the Jumio retrieval API with API credentials: move this call to your back end (KYX OAuth2 client credentials must never reach a browser)
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  const data = await res.json();
  dispatch({ type: 'AUTH_RESULT', result: data.transactionResult });
};
