/**
 * Acme_Identity face check before a "Pay by bank transfer" order over the threshold.
 * app/code/Acme/Identity/view/frontend/web/js/face-check.js, mapped in requirejs-config.js as
 * 'acmeIdentityFaceCheck' and started from checkout/face-check.phtml through
 * <script type="text/x-magento-init">{ "#acme-face-check": { "acmeIdentityFaceCheck": { "startUrl": …, "completeUrl": … } } }</script>.
 * The frame is in the .phtml; this widget only gives it its URL.
 */
define([
    'jquery',
    'mage/translate',
    'Magento_Customer/js/customer-data',
    'jquery-ui-modules/widget'
], function ($, $t, customerData) {
    'use strict';

    var WEB_CLIENT_ORIGIN = 'https://bexley.netverify.com';

    // payload.metainfo.code of the identity web client → what the shopper reads.
    var ERROR_MESSAGES = {
        9200: $t('The face check session expired. Please start again.'),
        9210: $t('The face check session expired. Please start again.'),
        9836: $t('We could not take an acceptable photo. Please contact our support team.')
    };

    $.widget('acme.identityFaceCheck', {
        options: {
            startUrl: '',
            completeUrl: ''
        },

        _create: function () {
            this.$frame = this.element.find('iframe.acme-face-check__frame');
            this.$notice = this.element.find('.message');
            $(window).on('message' + this.eventNamespace, $.proxy(this._onFrameMessage, this));
            $.getJSON(this.options.startUrl).done($.proxy(function (session) {
                this.$frame.attr('src', session.frame_url);
            }, this));
        },

        _onFrameMessage: function (event) {
            var message = event.originalEvent;
            if (message.origin !== WEB_CLIENT_ORIGIN) {
                return;
            }
            var data = JSON.parse(message.data);

            if (data.payload.value === 'success') {
                $.ajax({
                    url: this.options.completeUrl,
                    type: 'POST',
                    dataType: 'json',
                    data: { form_key: $.mage.cookies.get('form_key'), reference: data.transactionReference }
                }).done($.proxy(function () {
                    customerData.reload(['acme-identity'], true);
                    this._trigger('verified', null, { reference: data.transactionReference });
                }, this));
            } else if (data.payload.value === 'error') {
                this.$notice.removeClass('no-display').text(
                    ERROR_MESSAGES[data.payload.metainfo.code] || $t('The face check stopped. Please try again.')
                );
            }
        },

        _destroy: function () {
            $(window).off(this.eventNamespace);
        }
    });

    return $.acme.identityFaceCheck;
});
