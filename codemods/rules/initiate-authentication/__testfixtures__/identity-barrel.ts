// Support module of the fixture barrel-star-reexport-url: the identity package's barrel.
export * from './jumio-endpoints.js';
