// The block editor side of the Meeting Locator blocks: plain JavaScript against the wp.* globals (no
// build step). The finder block is rendered by the server (the shortcode's PHP), previewed here with
// ServerSideRender; its FAQ and information panels are inner blocks that save their HTML.
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el } = wp.element;
	const { InspectorControls, InnerBlocks, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextareaControl, TextControl, SelectControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const { __ } = wp.i18n;

	const PANELS = [ 'meeting-locator/faq', 'meeting-locator/info' ];

	registerBlockType( 'meeting-locator/finder', {
		edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Meetings', 'meeting-locator' ) },
						el( TextareaControl, {
							label: __( 'Feed URL(s)', 'meeting-locator' ),
							help: __( 'Meeting Guide JSON or BMLT URLs (http or https), separated by spaces. Empty: the site\'s default from Settings → Meeting Locator.', 'meeting-locator' ),
							value: attributes.src,
							onChange: set( 'src' ),
						} ),
						el( TextControl, {
							label: __( 'Time zone', 'meeting-locator' ),
							help: __( 'For example America/New_York. Empty: the site\'s default, else each feed\'s own.', 'meeting-locator' ),
							value: attributes.timezone,
							onChange: set( 'timezone' ),
						} ),
						el( SelectControl, {
							label: __( 'View', 'meeting-locator' ),
							value: attributes.view,
							options: [
								{ label: __( 'Default (list, and the map on a wide screen)', 'meeting-locator' ), value: '' },
								{ label: __( 'List', 'meeting-locator' ), value: 'list' },
								{ label: __( 'Map', 'meeting-locator' ), value: 'map' },
								{ label: __( 'List and map side by side', 'meeting-locator' ), value: 'split' },
							],
							onChange: set( 'view' ),
						} )
					)
				),
				el( ServerSideRender, { block: 'meeting-locator/finder', attributes } ),
				el( InnerBlocks, {
					allowedBlocks: PANELS,
					template: [ [ 'meeting-locator/faq' ], [ 'meeting-locator/info' ] ],
				} )
			);
		},
		save() {
			return el( InnerBlocks.Content );
		},
	} );

	const panel = ( name, label, placeholder ) =>
		registerBlockType( name, {
			edit() {
				return el(
					'div',
					useBlockProps( { className: 'meeting-locator-panel' } ),
					el( 'p', { className: 'meeting-locator-panel__label' }, el( 'strong', null, label ) ),
					el( InnerBlocks, {
						template: [ [ 'core/paragraph', { placeholder } ] ],
					} )
				);
			},
			save() {
				return el( InnerBlocks.Content );
			},
		} );
	panel( 'meeting-locator/faq', __( 'Questions (the finder\'s FAQ panel)', 'meeting-locator' ), __( 'A question and its answer…', 'meeting-locator' ) );
	panel( 'meeting-locator/info', __( 'Information (the finder\'s information panel)', 'meeting-locator' ), __( 'Helplines, what a meeting is, newcomers\' notes…', 'meeting-locator' ) );
} )( window.wp );
