<?php
/**
 * Settings → Meeting Locator: the site's default feed(s), time zone and language, so an author can
 * write just `[meeting_locator]`.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option's name (removed by uninstall.php). */
const MEETING_LOCATOR_OPTION = 'meeting_locator_options';

/**
 * The saved settings, each through its rule again (the option may have been written by other code).
 *
 * @return array{src:string,timezone:string,lang:string}
 */
function meeting_locator_options() {
	$saved = get_option( MEETING_LOCATOR_OPTION, array() );
	return meeting_locator_sanitize_options( is_array( $saved ) ? $saved : array() );
}

/**
 * Sanitizes the settings form (register_setting's callback).
 *
 * @param mixed $input The submitted values.
 * @return array{src:string,timezone:string,lang:string}
 */
function meeting_locator_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = meeting_locator_clean_attributes(
		array(
			'src'      => isset( $input['src'] ) && is_scalar( $input['src'] ) ? (string) $input['src'] : '',
			'timezone' => isset( $input['timezone'] ) && is_scalar( $input['timezone'] ) ? (string) $input['timezone'] : '',
			'lang'     => isset( $input['lang'] ) && is_scalar( $input['lang'] ) ? (string) $input['lang'] : '',
		)
	);
	if ( function_exists( 'add_settings_error' ) ) {
		$refused = array(
			/* translators: %s: the refused value. */
			'src'      => __( 'Not saved: "%s" is not an http or https address.', 'meeting-locator' ),
			/* translators: %s: the refused value. */
			'timezone' => __( 'Not saved: "%s" is not a time zone.', 'meeting-locator' ),
			/* translators: %s: the refused value. */
			'lang'     => __( 'Not saved: "%s" is not a language code (such as "en" or "es").', 'meeting-locator' ),
		);
		foreach ( $refused as $key => $message ) {
			// Say what was refused (settings_errors() prints the message as HTML: escaped here).
			if ( ! empty( $input[ $key ] ) && is_scalar( $input[ $key ] ) && ! isset( $clean[ $key ] ) ) {
				add_settings_error( MEETING_LOCATOR_OPTION, 'meeting-locator-' . $key, sprintf( esc_html( $message ), esc_html( (string) $input[ $key ] ) ) );
			}
		}
	}
	return array(
		'src'      => isset( $clean['src'] ) ? (string) $clean['src'] : '',
		'timezone' => isset( $clean['timezone'] ) ? (string) $clean['timezone'] : '',
		'lang'     => isset( $clean['lang'] ) ? (string) $clean['lang'] : '',
	);
}

/** Whether the 12 Step Meeting List plugin runs on this site. */
function meeting_locator_has_tsml() {
	return defined( 'TSML_VERSION' ) || function_exists( 'tsml_ajax_meetings' );
}

/**
 * The 12 Step Meeting List feed of this site: same origin, so no CORS and no sharing key.
 *
 * @return string
 */
function meeting_locator_tsml_feed() {
	return admin_url( 'admin-ajax.php?action=meetings' );
}

/**
 * What an element gets when its shortcode or block does not say: the settings, else this site's
 * 12 Step Meeting List feed.
 *
 * @return array<string,string>
 */
function meeting_locator_defaults() {
	$options = meeting_locator_options();
	if ( '' === $options['src'] && meeting_locator_has_tsml() ) {
		$options['src'] = meeting_locator_tsml_feed();
	}
	return array_filter( $options, 'strlen' );
}

/** Registers the setting and its fields. */
function meeting_locator_register_settings() {
	register_setting(
		'meeting_locator',
		MEETING_LOCATOR_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'meeting_locator_sanitize_options',
			'default'           => array(
				'src'      => '',
				'timezone' => '',
				'lang'     => '',
			),
		)
	);
	add_settings_section( 'meeting_locator_defaults', __( 'Defaults for every finder on this site', 'meeting-locator' ), 'meeting_locator_section_intro', 'meeting-locator' );
	$fields = array(
		'src'      => __( 'Feed URL(s)', 'meeting-locator' ),
		'timezone' => __( 'Time zone', 'meeting-locator' ),
		'lang'     => __( 'Language', 'meeting-locator' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'meeting_locator_' . $key,
			$label,
			'meeting_locator_field',
			'meeting-locator',
			'meeting_locator_defaults',
			array(
				'key'       => $key,
				'label_for' => 'meeting_locator_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'meeting_locator_register_settings' );

/** The section's explanation. */
function meeting_locator_section_intro() {
	echo '<p>' . esc_html__( 'A [meeting_locator] shortcode or a Meeting Locator block that does not set these uses the values below.', 'meeting-locator' ) . '</p>';
	if ( meeting_locator_has_tsml() ) {
		echo '<p>' . esc_html(
			sprintf(
				/* translators: %s: this site's 12 Step Meeting List feed URL. */
				__( '12 Step Meeting List runs on this site: with no feed URL below, its own feed (%s) is used.', 'meeting-locator' ),
				meeting_locator_tsml_feed()
			)
		) . '</p>';
	}
}

/**
 * One field.
 *
 * @param array $args The field's key.
 */
function meeting_locator_field( $args ) {
	$key     = $args['key'];
	$options = meeting_locator_options();
	$name    = MEETING_LOCATOR_OPTION . '[' . $key . ']';
	$id      = 'meeting_locator_' . $key;
	if ( 'timezone' === $key ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
		echo '<option value="">' . esc_html__( 'Each feed\'s own (or the reader\'s)', 'meeting-locator' ) . '</option>';
		foreach ( timezone_identifiers_list() as $zone ) {
			echo '<option value="' . esc_attr( $zone ) . '"' . selected( $options['timezone'], $zone, false ) . '>' . esc_html( $zone ) . '</option>';
		}
		echo '</select>';
		return;
	}
	$hints = array(
		'src'  => __( 'Meeting Guide JSON or BMLT URLs (http or https), separated by spaces. Empty: each shortcode or block says its own.', 'meeting-locator' ),
		'lang' => __( 'For example "en" or "es"; empty: the page\'s language.', 'meeting-locator' ),
	);
	printf(
		'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s" value="%4$s"><p class="description">%5$s</p>',
		'text',
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( $options[ $key ] ),
		esc_html( $hints[ $key ] )
	);
}

/** Adds Settings → Meeting Locator. */
function meeting_locator_settings_menu() {
	add_options_page( __( 'Meeting Locator', 'meeting-locator' ), __( 'Meeting Locator', 'meeting-locator' ), 'manage_options', 'meeting-locator', 'meeting_locator_settings_page' );
}
add_action( 'admin_menu', 'meeting_locator_settings_menu' );

/** The settings page (saved through options.php, which checks the nonce and `manage_options`). */
function meeting_locator_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'meeting_locator' );
	do_settings_sections( 'meeting-locator' );
	submit_button();
	echo '</form></div>';
}
