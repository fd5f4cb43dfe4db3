/**
 * @file
 * Face check step of the Acme Identity module (web/modules/custom/acme_identity/js/face-check.js).
 *
 * Library acme_identity/face_check (acme_identity.libraries.yml) depends on core/drupal, core/drupalSettings,
 * core/once and core/jquery. AcmeIdentityFaceCheckForm attaches it and puts the session under
 * drupalSettings.acmeIdentity: { frameUrl, completePath, assuranceLevel }.
 */
(function ($, Drupal, drupalSettings, once) {
  'use strict';

  const handlers = new WeakMap();

  /**
   * The frame of the identity provider's web client.
   */
  Drupal.theme.acmeFaceCheckFrame = function (url) {
    return '<iframe class="acme-face-check__frame" src="' + Drupal.checkPlain(url) + '" title="' + Drupal.t('Face check') + '" allow="camera;fullscreen" allowfullscreen></iframe>';
  };

  Drupal.behaviors.acmeFaceCheck = {
    attach(context, settings) {
      once('acme-face-check', '[data-acme-face-check]', context).forEach((wrapper) => {
        const config = settings.acmeIdentity || drupalSettings.acmeIdentity;
        const status = wrapper.querySelector('.acme-face-check__status');
        $(wrapper).html(Drupal.theme('acmeFaceCheckFrame', config.frameUrl)).append(status);

        const onMessage = (event) => {
          if (event.origin.indexOf('.netverify.com') === -1) {
            return;
          }
          let data;
          try {
            data = JSON.parse(event.data);
          } catch (e) {
            return;
          }
          if (data.payload.value === 'loaded') {
            status.textContent = Drupal.t('Look into the camera and follow the instructions.');
          } else if (data.payload.value === 'success') {
            status.textContent = Drupal.t('Checking your face scan…');
            $.post(Drupal.url(config.completePath), {
              reference: data.transactionReference,
              level: config.assuranceLevel,
            }).done(() => {
              Drupal.announce(Drupal.t('Your identity is confirmed.'));
              $(wrapper).trigger('acmeIdentity:confirmed', [data.transactionReference]);
            });
          } else if (data.payload.value === 'error') {
            status.textContent = Drupal.t('The face check stopped (code @code).', { '@code': data.payload.metainfo.code });
            Drupal.announce(status.textContent, 'assertive');
          }
        };

        handlers.set(wrapper, onMessage);
        window.addEventListener('message', onMessage);
      });
    },
    detach(context, settings, trigger) {
      if (trigger !== 'unload') {
        return;
      }
      once.remove('acme-face-check', '[data-acme-face-check]', context).forEach((wrapper) => {
        window.removeEventListener('message', handlers.get(wrapper));
        handlers.delete(wrapper);
      });
    },
  };
})(jQuery, Drupal, drupalSettings, once);
