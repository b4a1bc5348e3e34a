<?php
/**
 * `[meeting_locator]` and its enclosed panels `[meeting_locator_faq]` and `[meeting_locator_info]`.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/*
 * Panels collected while a `[meeting_locator]`'s content is expanded (a stack: one entry per level).
 */
$GLOBALS['meeting_locator_panel_stack'] = array();

/**
 * `[meeting_locator src="…" …]…[/meeting_locator]`.
 *
 * @param array|string $atts    Attributes ('' when none).
 * @param string|null  $content Enclosed content.
 * @return string
 */
function meeting_locator_shortcode( $atts, $content = null ) {
	$GLOBALS['meeting_locator_panel_stack'][] = array(
		'faq'  => '',
		'info' => '',
	);
	if ( null !== $content && '' !== $content ) {
		// Only the panels are kept; other text inside the shortcode has no place in the element.
		do_shortcode( shortcode_unautop( (string) $content ) );
	}
	$panels = array_pop( $GLOBALS['meeting_locator_panel_stack'] );
	return meeting_locator_render( $atts, $panels['faq'], $panels['info'] );
}

/**
 * `[meeting_locator_faq]…[/meeting_locator_faq]` and `[meeting_locator_info]…`: inside a
 * `[meeting_locator]` they fill its slot; alone they show their content as it is.
 *
 * @param array|string $atts    Unused.
 * @param string|null  $content The panel.
 * @param string       $tag     Which panel.
 * @return string
 */
function meeting_locator_panel_shortcode( $atts, $content, $tag ) {
	$slot = 'meeting_locator_info' === $tag ? 'info' : 'faq';
	$html = do_shortcode( (string) $content );
	$top  = count( $GLOBALS['meeting_locator_panel_stack'] ) - 1;
	if ( $top < 0 ) {
		return meeting_locator_clean_panel( $html );
	}
	$GLOBALS['meeting_locator_panel_stack'][ $top ][ $slot ] .= $html;
	return '';
}

add_action(
	'init',
	function () {
		add_shortcode( 'meeting_locator', 'meeting_locator_shortcode' );
		add_shortcode( 'meeting_locator_faq', 'meeting_locator_panel_shortcode' );
		add_shortcode( 'meeting_locator_info', 'meeting_locator_panel_shortcode' );
	}
);
