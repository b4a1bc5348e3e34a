/**
 * The map style used when the page sets none (`map-style`). Kept apart from the map module so the
 * element can read it without loading MapLibre.
 *
 * OpenFreeMap's "Liberty" is a free public vector style that needs no API key or account
 * (https://openfreemap.org), so the element shows a map out of the box. Its tiles and fonts come from
 * tiles.openfreemap.org; its attribution (OpenFreeMap, OpenMapTiles, OpenStreetMap contributors) is in
 * the style and shown by the map.
 *
 * Privacy: every map tile is requested from the tile host, so the host learns which area a person
 * looks at (and their IP address), which on a page of recovery meetings hints at where they seek
 * one. The list and "Near me" never send the position anywhere; the map's tile requests do reveal the
 * viewed area. Sites that must not share this can point `map-style` at a style on a host they trust
 * (their own tiles, or a self-hosted OpenFreeMap).
 */
export const DEFAULT_MAP_STYLE = 'https://tiles.openfreemap.org/styles/liberty';
