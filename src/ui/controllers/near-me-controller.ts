/**
 * "Near me": asks for the person's position only when they press the button, says what is
 * happening while the browser asks, and why when it cannot say. The position goes to the element's
 * state (in memory only) through `onFound`; it is never sent anywhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coordinates } from '../../model/meeting.js';
import { LocateError, locate, type LocateProblem } from '../geolocate.js';

export class NearMeController implements ReactiveController {
  locating = false;
  problem?: LocateProblem | undefined;
  /** Bumped on disconnect: a position that arrives for a removed element is dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFound: (position: Coordinates) => void,
    private readonly find: () => Promise<Coordinates> = () => locate(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.generation++;
    this.locating = false;
  }

  async locate(): Promise<void> {
    if (this.locating) return;
    const generation = this.generation;
    this.locating = true;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const position = await this.find();
      if (generation === this.generation) this.onFound(position);
    } catch (error) {
      if (generation === this.generation) this.problem = error instanceof LocateError ? error.problem : 'unavailable';
    } finally {
      if (generation === this.generation) this.locating = false;
      this.host.requestUpdate();
    }
  }

  /** The person moved on (chose a place, stopped): an old refusal no longer needs saying. */
  clearProblem(): void {
    if (this.problem === undefined) return;
    this.problem = undefined;
    this.host.requestUpdate();
  }
}
