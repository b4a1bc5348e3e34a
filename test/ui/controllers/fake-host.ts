/**
 * A stand-in for the element, for testing one controller at a time: a real element in the page
 * (controllers that observe or measure need one) that plays Lit's controller host. It records
 * update requests, and runs the controllers' hooks when a test says so (`connect`, `update`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FakeHost extends ReactiveControllerHost, HTMLDivElement {
  readonly renderRoot: ShadowRoot;
  /** How many updates were asked for. */
  requested: number;
  connect(): void;
  disconnect(): void;
  /** One update: every controller's hostUpdate, then hostUpdated. */
  update(): void;
}

export function fakeHost(): FakeHost {
  const element = document.createElement('div') as unknown as FakeHost & { controllers: ReactiveController[] };
  const renderRoot = element.attachShadow({ mode: 'open' });
  const controllers: ReactiveController[] = [];
  Object.assign(element, {
    renderRoot,
    requested: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: (controller: ReactiveController) => void controllers.splice(controllers.indexOf(controller), 1),
    requestUpdate: () => void element.requested++,
    connect() {
      if (!element.isConnected) document.body.append(element);
      for (const controller of controllers) controller.hostConnected?.();
    },
    disconnect() {
      for (const controller of controllers) controller.hostDisconnected?.();
    },
    update() {
      for (const controller of controllers) controller.hostUpdate?.();
      for (const controller of controllers) controller.hostUpdated?.();
    },
  });
  Object.defineProperty(element, 'updateComplete', { get: () => Promise.resolve(true) });
  return element;
}
