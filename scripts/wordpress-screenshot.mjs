// docs/wordpress.png: a post with the Meeting Locator block in Twenty Twenty-Three, phone and desktop side
// by side. It runs the real-WordPress suite (scripts/test-wordpress.mjs, which sets the site up) with the
// screenshot step turned on.   node scripts/wordpress-screenshot.mjs [out.png]
process.env.ML_WP_SCREENSHOT = process.argv[2] ?? 'docs/wordpress.png';
await import('./test-wordpress.mjs');
