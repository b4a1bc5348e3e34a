<?php
/**
 * Loads the element's script (copied into the plugin: no CDN) only on pages that show it, once,
 * as a module.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The element's module, inside the plugin. The version is in the path, not in a `?ver=` query: the
 * element's chunks import the entry by its plain URL, and a query string would make the browser
 * fetch and run it a second time, a second copy of its modules (state and all). A new version is a
 * new folder, so a browser's cached entry never meets the chunks of another build.
 *
 * @return string
 */
function meeting_locator_script_url() {
	return plugins_url( 'assets/' . MEETING_LOCATOR_VERSION . '/meeting-locator.js', MEETING_LOCATOR_FILE );
}

/**
 * Enqueues the module. WordPress 6.5+ has the script-modules API; 6.1–6.4 get a classic script
 * handle whose tag the `script_loader_tag` filter turns into `type="module"`. Enqueuing twice is
 * a no-op, so several shortcodes or blocks load it once.
 */
function meeting_locator_enqueue() {
	// WordPress 6.5 prints script modules on the front end only (wp_head/wp_footer), not in the block
	// editor's admin page: there the preview's element gets the classic handle with type="module".
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		// null: no `?ver=` (the version is in the path, above).
		wp_enqueue_script_module( 'meeting-locator', meeting_locator_script_url(), array(), null );
		return;
	}
	if ( ! wp_script_is( 'meeting-locator', 'registered' ) ) {
		wp_register_script( 'meeting-locator', meeting_locator_script_url(), array(), null, true );
	}
	wp_enqueue_script( 'meeting-locator' );
}

/**
 * `type="module"` on the element's classic script tag (WordPress before 6.5).
 *
 * @param string $tag    The tag.
 * @param string $handle Its handle.
 * @return string
 */
function meeting_locator_module_tag( $tag, $handle ) {
	if ( 'meeting-locator' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '#\stype=([\'"])text/javascript\1#', '', $tag );
	return preg_replace( '#<script #', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'meeting_locator_module_tag', 10, 2 );
