<?php
/**
 * Plugin Name:       Meeting Locator
 * Description:       A finder for recovery meetings (NA, AA, Al-Anon …) from the feeds fellowships publish (Meeting Guide JSON, BMLT): a [meeting_locator] shortcode, a block and site-wide settings. No tracking.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       meeting-locator
 * Domain Path:       /languages
 *
 * @package MeetingLocator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MEETING_LOCATOR_VERSION', '0.1.0' );
define( 'MEETING_LOCATOR_FILE', __FILE__ );
define( 'MEETING_LOCATOR_DIR', plugin_dir_path( __FILE__ ) );

require_once MEETING_LOCATOR_DIR . 'includes/attributes.php';
require_once MEETING_LOCATOR_DIR . 'includes/settings.php';
require_once MEETING_LOCATOR_DIR . 'includes/assets.php';
require_once MEETING_LOCATOR_DIR . 'includes/render.php';
require_once MEETING_LOCATOR_DIR . 'includes/shortcode.php';
require_once MEETING_LOCATOR_DIR . 'includes/block.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'meeting-locator', false, dirname( plugin_basename( MEETING_LOCATOR_FILE ) ) . '/languages' );
	}
);
