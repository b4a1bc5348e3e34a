<?php
// Removes the plugin's options when it is deleted from Plugins.
if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'meeting_locator_options' );
