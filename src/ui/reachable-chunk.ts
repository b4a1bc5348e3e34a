/**
 * "Still possible tonight" in a chunk of its own: fetched once the list is shown (or at once for the
 * compact view, which is nothing else), so the first screen of the list never waits for it.
 */
export { renderReachable, type ReachableProps } from './reachable-view.js';
export { reachableStyles } from './reachable-styles.js';
export { createReachSelector } from '../query/reachable.js';
export { ReachableRoomController } from './controllers/reachable-room-controller.js';
