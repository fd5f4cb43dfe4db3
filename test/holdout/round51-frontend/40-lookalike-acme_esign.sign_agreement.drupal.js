/**
 * @file
 * Signing step of the Acme E-sign module (web/modules/custom/acme_esign/js/sign-agreement.js).
 *
 * Library acme_esign/sign_agreement (acme_esign.libraries.yml) depends on core/drupal, core/drupalSettings,
 * core/once and core/jquery. AcmeEsignAgreementForm attaches it and puts the envelope under
 * drupalSettings.acmeEsign: { frameUrl, completePath, agreementType }.
 */
(function ($, Drupal, drupalSettings, once) {
  'use strict';

  const handlers = new WeakMap();

  /**
   * The frame of the e-signature provider's signing room.
   */
  Drupal.theme.acmeSigningFrame = function (url) {
    return '<iframe class="acme-esign__frame" src="' + Drupal.checkPlain(url) + '" title="' + Drupal.t('Sign the agreement') + '" allow="clipboard-write; fullscreen" allowfullscreen></iframe>';
  };

  Drupal.behaviors.acmeEsignAgreement = {
    attach(context, settings) {
      once('acme-esign', '[data-acme-esign]', context).forEach((wrapper) => {
        const config = settings.acmeEsign || drupalSettings.acmeEsign;
        const status = wrapper.querySelector('.acme-esign__status');
        $(wrapper).html(Drupal.theme('acmeSigningFrame', config.frameUrl)).append(status);

        const onMessage = (event) => {
          if (event.origin.indexOf('.inksign.example') === -1) {
            return;
          }
          let data;
          try {
            data = JSON.parse(event.data);
          } catch (e) {
            return;
          }
          if (data.payload.value === 'ready') {
            status.textContent = Drupal.t('Read the agreement and sign at the end.');
          } else if (data.payload.value === 'signed') {
            status.textContent = Drupal.t('Saving your signature…');
            $.post(Drupal.url(config.completePath), {
              reference: data.transactionReference,
              type: config.agreementType,
            }).done(() => {
              Drupal.announce(Drupal.t('The agreement is signed.'));
              $(wrapper).trigger('acmeEsign:signed', [data.transactionReference]);
            });
          } else if (data.payload.value === 'declined') {
            status.textContent = Drupal.t('You declined to sign (@reason).', { '@reason': data.payload.reason });
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
      once.remove('acme-esign', '[data-acme-esign]', context).forEach((wrapper) => {
        window.removeEventListener('message', handlers.get(wrapper));
        handlers.delete(wrapper);
      });
    },
  };
})(jQuery, Drupal, drupalSettings, once);
