// Support module of the fixture neg-barrel-star-reexport-other-host: a payment gateway's hosted checkout.
export const GATEWAY = 'https://checkout.paygate.example';
export const WEB_INITIATE_PATH = '/api/v2/web/initiate';
