<?php
/**
 * The element's attributes: an allowlist, each with its own rule. Anything not listed is dropped.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each allowed attribute with its rule. Enumerations mirror the element's own lists (src/ui).
 *
 * @return array<string,array>
 */
function meeting_locator_attribute_rules() {
	return array(
		'src'            => array( 'type' => 'urls' ),
		'timezone'       => array( 'type' => 'pattern', 'pattern' => '#^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$#' ),
		'lang'           => array( 'type' => 'pattern', 'pattern' => '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/' ),
		'view'           => array(
			'type'   => 'enum',
			'values' => array( 'list', 'map', 'split' ),
		),
		'day'            => array( 'type' => 'pattern', 'pattern' => '/^(any|today|tomorrow|[0-6])$/' ),
		'time'           => array(
			'type'   => 'enum',
			'values' => array( 'any', 'morning', 'midday', 'evening', 'night', 'upcoming' ),
		),
		'types'          => array( 'type' => 'pattern', 'pattern' => '/^[A-Za-z0-9\-]+(,[A-Za-z0-9\-]+)*$/' ),
		'attendance'     => array(
			'type'   => 'enum',
			'values' => array( 'any', 'in_person', 'online', 'hybrid' ),
		),
		'region'         => array( 'type' => 'text' ),
		'q'              => array( 'type' => 'text' ),
		'service-bodies' => array( 'type' => 'pattern', 'pattern' => '/^[0-9]+(,[0-9]+)*$/' ),
		'recursive'      => array( 'type' => 'boolean' ),
		'center'         => array( 'type' => 'center' ),
		'radius'         => array( 'type' => 'number' ),
		'distance-unit'  => array(
			'type'   => 'enum',
			'values' => array( 'mi', 'km' ),
		),
		'map-style'      => array( 'type' => 'urls' ),
		'theme'          => array(
			'type'   => 'enum',
			'values' => array( 'light', 'dark', 'auto' ),
		),
		'no-jsonp'       => array( 'type' => 'boolean' ),
		'no-url-state'   => array( 'type' => 'boolean' ),
		'no-helplines'   => array( 'type' => 'boolean' ),
		'feedback-url'   => array( 'type' => 'template-url' ),
		'heading-level'  => array( 'type' => 'enum', 'values' => array( '2', '3', '4', '5', '6' ) ),
	);
}

/**
 * One http(s) URL, or null. Author-entered & arrives as &amp;.
 *
 * @param mixed $value The URL as written.
 * @return string|null
 */
function meeting_locator_clean_url( $value ) {
	$value = trim( html_entity_decode( (string) $value, ENT_QUOTES ) );
	if ( '' === $value ) {
		return null;
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $url ? null : $url;
}

/**
 * Validates one value against its rule.
 *
 * @param array $rule  The attribute's rule.
 * @param mixed $value The value as written.
 * @return string|true|null The clean string, true for a present boolean, or null to drop it.
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
			$tokens = array(
				'{name}' => 'mlnameplaceholder',
				'{url}'  => 'mlurlplaceholder',
			);
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
			if ( true === $value ) {
				return true;
			}
			return in_array( strtolower( (string) $value ), array( '', '1', 'true', 'yes', 'no-jsonp', 'no-url-state', 'no-helplines', 'recursive' ), true ) ? true : null;
		case 'text':
			$text = sanitize_text_field( (string) $value );
			return '' === $text ? null : $text;
	}
	return null;
}

/**
 * Turns raw shortcode, block or settings attributes into the allowlisted, validated set.
 *
 * @param mixed $raw Attributes as written (a shortcode gives '' when there are none).
 * @return array<string,string|true>
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
		if ( ! isset( $rules[ $key ] ) || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		// A block's empty sidebar field or unticked box means "not set".
		if ( false === $value || ( '' === $value && 'boolean' !== $rules[ $key ]['type'] ) ) {
			continue;
		}
		$value = meeting_locator_clean_value( $rules[ $key ], $value );
		if ( null !== $value ) {
			$clean[ $key ] = $value;
		}
	}
	return $clean;
}
