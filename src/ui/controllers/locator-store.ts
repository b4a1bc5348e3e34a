/**
 * Holds the element's one state value (`state/locator-state.ts`) and is the one place it changes:
 * `apply` takes the next state, made by a pure transition, and asks the element to render it.
 */
import type { ReactiveControllerHost } from 'lit';
import { INITIAL_STATE, type LocatorState } from '../../state/locator-state.js';

export class LocatorStore {
  state: LocatorState = INITIAL_STATE;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Takes `next` (a transition of `state`); false when it is the same state. */
  apply(next: LocatorState): boolean {
    if (next === this.state) return false;
    this.state = next;
    this.host.requestUpdate();
    return true;
  }
}
