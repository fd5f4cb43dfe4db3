// Support module of the fixture neg-barrel-star-reexport-other-host.
export * from './checkout-endpoints.js';
