/* global acmeIdentity, wp */
/**
 * Acme Identity for WooCommerce — face check on the "High-value order" checkout step.
 *
 * Enqueued by Acme_Identity_Checkout::enqueue_scripts() as 'acme-identity-face-check' (deps: jquery, wp-hooks,
 * wp-i18n), with wp_localize_script( 'acme-identity-face-check', 'acmeIdentity', array(
 *   'ajaxUrl' => admin_url( 'admin-ajax.php' ), 'nonce' => wp_create_nonce( 'acme_identity_face_check' ),
 *   'frameUrl' => $session['frame_url'], 'orderKey' => $order->get_order_key(), 'retryLabel' => … ) ).
 * The [acme_identity_face_check] shortcode prints <div id="acme-face-check"> with the frame inside.
 */
jQuery(function ($) {
	'use strict';

	var settings = window.acmeIdentity || {};
	var $step = $('#acme-face-check');
	var __ = wp.i18n.__;

	if (!$step.length || !settings.frameUrl) {
		return;
	}

	$('#acme-face-check-frame').attr({
		src: settings.frameUrl,
		allow: 'camera;fullscreen'
	});

	$(window).on('message.acmeIdentity', function (e) {
		var evt = e.originalEvent;
		if (!/^https:\/\/ridgeway\.netverify\.com$/.test(evt.origin)) {
			return;
		}
		var data = typeof evt.data === 'string' ? JSON.parse(evt.data) : evt.data;

		// Add-ons (the loyalty plugin, the fraud-score plugin) listen to every face-check event.
		wp.hooks.doAction('acmeIdentity.faceCheckEvent', data);

		switch (data.payload.value) {
			case 'loaded':
				$step.removeClass('is-loading');
				break;
			case 'success':
				$step.addClass('is-checking');
				$.post(settings.ajaxUrl, {
					action: 'acme_identity_face_check_done',
					_ajax_nonce: settings.nonce,
					order_key: settings.orderKey,
					reference: data.transactionReference
				}).done(function (response) {
					if (response.success) {
						$(document.body).trigger('update_checkout');
						$step.replaceWith('<p class="woocommerce-message">' + __('Identity confirmed. You can place the order.', 'acme-identity') + '</p>');
					}
				});
				$(window).off('message.acmeIdentity');
				break;
			case 'error':
				$step.addClass('has-error').find('.acme-face-check__notice')
					.text(__('The face check stopped. Please try again.', 'acme-identity') + ' (' + data.payload.metainfo.code + ')');
				break;
		}
	});
});
