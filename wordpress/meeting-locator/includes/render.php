<?php
/**
 * The element's HTML, shared by the shortcode and the block so both give the same markup.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A panel's HTML made safe and whole. What wpautop leaves at the edges of an enclosed shortcode
 * (a `</p>` first, a `<p>` last) is removed, unclosed tags are balanced, the text gets its paragraphs,
 * and only what `wp_kses_post` allows remains. The block's panels go through the same steps, so the
 * shortcode and the block give the same HTML.
 *
 * @param string $html The panel's content, shortcodes already expanded.
 * @return string
 */
function meeting_locator_clean_panel( $html ) {
	$html = preg_replace( '#^(?:\s|</p>|<br\s*/?>)+#i', '', (string) $html );
	$html = preg_replace( '#(?:\s|<p>|<br\s*/?>)+$#i', '', $html );
	if ( '' === $html ) {
		return '';
	}
	$html = wp_kses_post( wpautop( force_balance_tags( $html ) ) );
	// Whitespace next to a block-level tag shows nothing; without it the markup is one line, which
	// keeps a later wpautop pass from splitting it and makes the shortcode's and the block's HTML equal.
	$block = '(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|details|summary|section|hr|pre)';
	$html  = preg_replace( '#\s*(</?' . $block . '\b[^>]*>)\s*#i', '$1', $html );
	return trim( str_replace( array( "\r\n", "\r", "\n" ), ' ', $html ) );
}

/**
 * What an element gets when its shortcode or block does not say: the settings, else this site's
 * 12 Step Meeting List feed.
 *
 * @param array<string,string|true> $clean Clean attributes.
 * @return array<string,string|true>
 */
function meeting_locator_with_defaults( $clean ) {
	foreach ( meeting_locator_defaults() as $name => $value ) {
		if ( ! isset( $clean[ $name ] ) && '' !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * The markup: a wrapper `<div>` (a `<p>` left open before it closes there, not inside the element),
 * the element with its attributes, and the panels as its `faq` and `info` slots. One line.
 *
 * @param array  $attributes Raw attributes (from the shortcode or the block).
 * @param string $faq        The FAQ panel's HTML.
 * @param string $info       The information panel's HTML.
 * @return string
 */
function meeting_locator_render( $attributes, $faq = '', $info = '' ) {
	$clean = meeting_locator_with_defaults( meeting_locator_clean_attributes( $attributes ) );
	meeting_locator_enqueue();

	$html = '';
	foreach ( $clean as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$panels = '';
	foreach ( array( 'faq' => $faq, 'info' => $info ) as $slot => $content ) {
		$content = meeting_locator_clean_panel( $content );
		if ( '' !== $content ) {
			$panels .= '<div slot="' . $slot . '">' . $content . '</div>';
		}
	}
	return '<div class="meeting-locator-embed"><meeting-locator' . $html . '>' . $panels . '</meeting-locator></div>';
}

/**
 * Takes the plugin's markup out of the paragraph wpautop put it in. wpautop runs before shortcodes
 * are expanded, so `<p>[meeting_locator …]</p>` becomes `<p><div …>…</div></p>`, and a shortcode
 * written inside a sentence leaves text in the same paragraph. The paragraph is closed before the
 * markup and opened again after it, and a paragraph left empty (or holding only `<br />`) is dropped.
 *
 * @param string $content The post's HTML.
 * @return string
 */
function meeting_locator_unautop( $content ) {
	if ( false === strpos( (string) $content, 'meeting-locator-embed' ) ) {
		return $content;
	}
	$text = '((?:(?!</?p[\s>]).)*?)';
	return preg_replace_callback(
		'#<p>' . $text . '(<div class="meeting-locator-embed"><meeting-locator\b.*?</meeting-locator></div>)' . $text . '</p>#s',
		function ( $m ) {
			$paragraph = function ( $html ) {
				$html = preg_replace( '#^(?:\s|<br\s*/?>)+|(?:\s|<br\s*/?>)+$#', '', $html );
				return '' === $html ? '' : '<p>' . $html . '</p>';
			};
			return $paragraph( $m[1] ) . $m[2] . $paragraph( $m[3] );
		},
		$content
	);
}
add_filter( 'the_content', 'meeting_locator_unautop', 12 );
add_filter( 'widget_text_content', 'meeting_locator_unautop', 12 );
add_filter( 'widget_block_content', 'meeting_locator_unautop', 12 );
