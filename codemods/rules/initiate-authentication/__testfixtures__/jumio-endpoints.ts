// Support module of the fixture barrel-star-reexport-url: the legacy EU data centre and the authentication path.
export const JUMIO_EU = 'https://lon.netverify.com';
export const FACE_LOGIN_PATH = '/api/authentication/v1/web/initiate';
