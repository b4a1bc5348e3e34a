<?php
/**
 * The Meeting Locator block and its two panels. The block is dynamic: it is rendered by the same PHP
 * as the shortcode (meeting_locator_render), so both give the same HTML.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The finder block's HTML: its sidebar attributes, and its FAQ and information panels' inner blocks.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    The inner blocks' HTML (unused: the panels are taken one by one).
 * @param WP_Block $block      The block, with its inner blocks.
 * @return string
 */
function meeting_locator_render_block( $attributes, $content, $block ) {
	$panels = array(
		'meeting-locator/faq'  => '',
		'meeting-locator/info' => '',
	);
	// Each panel is rendered on its own (WordPress already rendered them all into $content, joined): the
	// shortcode's PHP needs them apart, and a panel is a few paragraphs.
	if ( $block instanceof WP_Block ) {
		foreach ( $block->inner_blocks as $inner ) {
			if ( isset( $panels[ $inner->name ] ) ) {
				$panels[ $inner->name ] .= $inner->render();
			}
		}
	}
	return meeting_locator_render( $attributes, $panels['meeting-locator/faq'], $panels['meeting-locator/info'] );
}

/**
 * A panel block: its inner blocks' HTML, placed by the finder block into the element's slot.
 *
 * @param array  $attributes Unused.
 * @param string $content    The inner blocks' HTML.
 * @return string
 */
function meeting_locator_render_panel_block( $attributes, $content ) {
	return (string) $content;
}

/** Registers the editor script and the three blocks from their block.json. */
function meeting_locator_register_blocks() {
	wp_register_script(
		'meeting-locator-editor',
		plugins_url( 'blocks/editor.js', MEETING_LOCATOR_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		MEETING_LOCATOR_VERSION,
		true
	);
	wp_set_script_translations( 'meeting-locator-editor', 'meeting-locator', MEETING_LOCATOR_DIR . 'languages' );
	register_block_type( MEETING_LOCATOR_DIR . 'blocks/finder', array( 'render_callback' => 'meeting_locator_render_block' ) );
	register_block_type( MEETING_LOCATOR_DIR . 'blocks/faq', array( 'render_callback' => 'meeting_locator_render_panel_block' ) );
	register_block_type( MEETING_LOCATOR_DIR . 'blocks/info', array( 'render_callback' => 'meeting_locator_render_panel_block' ) );
}
add_action( 'init', 'meeting_locator_register_blocks' );

/** The element's script in the block editor too, so the block's preview is the live finder. */
add_action( 'enqueue_block_editor_assets', 'meeting_locator_enqueue' );
