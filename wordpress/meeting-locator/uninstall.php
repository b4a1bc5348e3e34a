<?php
/**
 * Removes the plugin's settings when it is deleted.
 *
 * @package MeetingLocator
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'meeting_locator_options' );
delete_site_option( 'meeting_locator_options' );
