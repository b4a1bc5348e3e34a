<?php
/**
 * Plugin Name: Meeting Locator
 * Description: The [meeting_locator] shortcode: a finder for recovery meetings from the feeds fellowships publish.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: MIT
 * Text Domain: meeting-locator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MEETING_LOCATOR_VERSION', '0.1.0' );

/**
 * Each allowed attribute with its own rule; anything not listed here is dropped.
 * Enumerations mirror the element's own lists (src/ui attributes).
 */
function meeting_locator_attribute_rules() {
	return array(
		'src'            => array( 'type' => 'urls' ),
		'timezone'       => array( 'type' => 'pattern', 'pattern' => '#^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$#' ),
		'lang'           => array( 'type' => 'pattern', 'pattern' => '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/' ),
		'view'           => array( 'type' => 'enum', 'values' => array( 'list', 'map', 'split' ) ),
		'day'            => array( 'type' => 'pattern', 'pattern' => '/^(any|today|tomorrow|[0-6])$/' ),
		'time'           => array( 'type' => 'enum', 'values' => array( 'any', 'morning', 'midday', 'evening', 'night', 'upcoming' ) ),
		'types'          => array( 'type' => 'pattern', 'pattern' => '/^[A-Za-z0-9\-]+(,[A-Za-z0-9\-]+)*$/' ),
		'attendance'     => array( 'type' => 'enum', 'values' => array( 'any', 'in_person', 'online', 'hybrid' ) ),
		'region'         => array( 'type' => 'text' ),
		'q'              => array( 'type' => 'text' ),
		'service-bodies' => array( 'type' => 'pattern', 'pattern' => '/^[0-9]+(,[0-9]+)*$/' ),
		'recursive'      => array( 'type' => 'boolean' ),
		'center'         => array( 'type' => 'center' ),
		'radius'         => array( 'type' => 'number' ),
		'distance-unit'  => array( 'type' => 'enum', 'values' => array( 'mi', 'km' ) ),
		'map-style'      => array( 'type' => 'urls' ),
		'theme'          => array( 'type' => 'enum', 'values' => array( 'light', 'dark', 'auto' ) ),
		'no-jsonp'       => array( 'type' => 'boolean' ),
		'no-url-state'   => array( 'type' => 'boolean' ),
		'no-helplines'   => array( 'type' => 'boolean' ),
		'feedback-url'   => array( 'type' => 'template-url' ),
		'heading-level'  => array( 'type' => 'enum', 'values' => array( '2', '3', '4', '5', '6' ) ),
	);
}

/** One http(s) URL, or null. Author-entered & arrives as &amp;. */
function meeting_locator_clean_url( $value ) {
	$value = trim( html_entity_decode( (string) $value, ENT_QUOTES ) );
	if ( '' === $value ) {
		return null;
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $url ? null : $url;
}

/**
 * Validates one value against its rule; returns the clean string, true for a present boolean, or null to drop it.
 */
function meeting_locator_clean_value( $rule, $value ) {
	$value = is_string( $value ) ? trim( $value ) : $value;
	switch ( $rule['type'] ) {
		case 'urls':
			$urls = array();
			foreach ( preg_split( '/\s+/', (string) $value ) as $part ) {
				$url = meeting_locator_clean_url( $part );
				if ( null !== $url ) {
					$urls[] = $url;
				}
			}
			return $urls ? implode( ' ', $urls ) : null;
		case 'template-url':
			// One http(s) URL whose {name} and {url} placeholders survive esc_url_raw (which drops braces).
			$tokens = array( '{name}' => 'mlnameplaceholder', '{url}' => 'mlurlplaceholder' );
			$url    = meeting_locator_clean_url( strtr( (string) $value, $tokens ) );
			return null === $url ? null : strtr( $url, array_flip( $tokens ) );
		case 'enum':
			return in_array( $value, $rule['values'], true ) ? $value : null;
		case 'pattern':
			return is_string( $value ) && preg_match( $rule['pattern'], $value ) ? $value : null;
		case 'number':
			return is_numeric( $value ) && (float) $value >= 0 ? (string) ( 0 + $value ) : null;
		case 'center':
			if ( ! is_string( $value ) || ! preg_match( '/^\s*(-?\d+(\.\d+)?)\s*,\s*(-?\d+(\.\d+)?)\s*$/', $value, $m ) ) {
				return null;
			}
			return ( abs( (float) $m[1] ) <= 90 && abs( (float) $m[3] ) <= 180 ) ? $m[1] . ',' . $m[3] : null;
		case 'boolean':
			// A bare attribute ([meeting_locator no-jsonp]) arrives as a numeric key; "false"/"0" mean absent.
			return in_array( strtolower( (string) $value ), array( '', '1', 'true', 'yes', 'no-jsonp', 'no-url-state', 'no-helplines', 'recursive' ), true ) ? true : null;
		case 'text':
			$text = sanitize_text_field( (string) $value );
			return '' === $text ? null : $text;
	}
	return null;
}

/** Site defaults from Settings → Meeting Locator (filled in when an attribute is absent). */
function meeting_locator_defaults() {
	$options = get_option( 'meeting_locator_options', array() );
	return is_array( $options ) ? $options : array();
}

/**
 * Turns raw shortcode/block attributes into the allowlisted, validated set.
 */
function meeting_locator_clean_attributes( $raw ) {
	$raw   = is_array( $raw ) ? $raw : array();
	$rules = meeting_locator_attribute_rules();
	$clean = array();
	foreach ( $raw as $key => $value ) {
		if ( is_int( $key ) ) {
			// Bare words: only boolean attributes may be written without a value.
			$key   = strtolower( (string) $value );
			$value = '';
		}
		$key = strtolower( (string) $key );
		if ( ! isset( $rules[ $key ] ) ) {
			continue;
		}
		$value = meeting_locator_clean_value( $rules[ $key ], $value );
		if ( null !== $value ) {
			$clean[ $key ] = $value;
		}
	}
	foreach ( array( 'src', 'timezone', 'lang' ) as $key ) {
		$defaults = meeting_locator_defaults();
		if ( ! isset( $clean[ $key ] ) && ! empty( $defaults[ $key ] ) ) {
			$value = meeting_locator_clean_value( $rules[ $key ], $defaults[ $key ] );
			if ( null !== $value ) {
				$clean[ $key ] = $value;
			}
		}
	}
	return $clean;
}

/** Panel content: the normal content filters, then wp_kses_post. */
function meeting_locator_panel_html( $content ) {
	$content = shortcode_unautop( trim( (string) $content ) );
	$content = wpautop( do_shortcode( $content ) );
	return wp_kses_post( $content );
}

/**
 * The element's HTML for a set of clean attributes and panels; shared by the shortcode and the block.
 * Printed on one line so wpautop finds no blank lines inside it.
 */
function meeting_locator_render( $attributes, $panels ) {
	meeting_locator_enqueue();
	$html = '<meeting-locator';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name;
		if ( true !== $value ) {
			$html .= '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	foreach ( array( 'faq', 'info' ) as $slot ) {
		if ( isset( $panels[ $slot ] ) && '' !== trim( $panels[ $slot ] ) ) {
			$html .= '<div slot="' . $slot . '">' . str_replace( array( "\r", "\n" ), ' ', $panels[ $slot ] ) . '</div>';
		}
	}
	$html .= '</meeting-locator>';
	return $html;
}

$GLOBALS['meeting_locator_panels'] = array();

function meeting_locator_panel_shortcode( $slot ) {
	return function ( $atts, $content = '' ) use ( $slot ) {
		$GLOBALS['meeting_locator_panels'][ $slot ] = meeting_locator_panel_html( $content );
		return '';
	};
}

function meeting_locator_shortcode( $atts, $content = '' ) {
	$outer                             = $GLOBALS['meeting_locator_panels'];
	$GLOBALS['meeting_locator_panels'] = array();
	do_shortcode( shortcode_unautop( (string) $content ) );
	$panels                            = $GLOBALS['meeting_locator_panels'];
	$GLOBALS['meeting_locator_panels'] = $outer;
	return meeting_locator_render( meeting_locator_clean_attributes( $atts ), $panels );
}

add_action(
	'init',
	function () {
		add_shortcode( 'meeting_locator', 'meeting_locator_shortcode' );
		add_shortcode( 'meeting_locator_faq', meeting_locator_panel_shortcode( 'faq' ) );
		add_shortcode( 'meeting_locator_info', meeting_locator_panel_shortcode( 'info' ) );
		wp_register_script(
			'meeting-locator',
			plugins_url( 'assets/meeting-locator.js', __FILE__ ),
			array(),
			MEETING_LOCATOR_VERSION,
			true
		);
	}
);

/** Enqueued only when the shortcode or block renders; WordPress prints a handle once however many elements. */
function meeting_locator_enqueue() {
	wp_enqueue_script( 'meeting-locator' );
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'meeting-locator' !== $handle ) {
			return $tag;
		}
		return preg_replace( '/<script /', '<script type="module" ', preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag ), 1 );
	},
	10,
	2
);

/**
 * wpautop runs before shortcodes (priority 10 vs 11) and wraps a shortcode on its own line in <p>…</p>;
 * unwrap our element so the parser does not close it early.
 */
add_filter(
	'the_content',
	function ( $content ) {
		$content = preg_replace( '#<p>\s*(<meeting-locator[\s>])#', '$1', $content );
		$content = preg_replace( '#(</meeting-locator>)\s*(<br\s*/?>)?\s*</p>#', '$1', $content );
		return $content;
	},
	12
);
