/**
 * The helplines of BMLT sources: once a BMLT source's meetings are shown, one more request to the
 * same server (`GetServiceBodies`) names who runs each meeting and their helpline. It never delays
 * the list (it starts after the list is shown) and its failure costs only the helpline, with a
 * diagnostic. The work is in a chunk of its own (`feeds/bmlt-service-bodies.ts`), fetched only when
 * a source is BMLT.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, Meeting, ServiceEntity } from '../../model/meeting.js';
import type { SourceReport } from '../../feeds/load-meetings.js';

export class ServiceBodiesController implements ReactiveController {
  /** Entities by source, then by service body id; a new Map whenever one arrives (selectors compare it). */
  bodies: ReadonlyMap<string, ReadonlyMap<string, ServiceEntity>> = new Map();
  diagnostics: readonly Diagnostic[] = [];
  private abort?: AbortController;
  /** The last request, until it has answered: a removed and re-added element asks again. */
  private pending?: Parameters<ServiceBodiesController['load']>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A meeting's entity: its own, else its service body's once known. */
  readonly entityOf = (meeting: Meeting): ServiceEntity | undefined =>
    meeting.entity ?? (meeting.serviceBody === undefined ? undefined : this.bodies.get(meeting.source)?.get(meeting.serviceBody));

  /** Asks each BMLT source's server for its service bodies; forgets the last feed's. */
  load(sources: readonly SourceReport[], rootFormat: boolean, timeout: number): void {
    this.abort?.abort();
    this.bodies = new Map();
    this.diagnostics = [];
    this.pending = undefined;
    if (!sources.some((report) => report.format === 'bmlt')) return;
    this.pending = [sources, rootFormat, timeout];
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    import('../../feeds/bmlt-service-bodies.js')
      .then(({ loadSourcesServiceBodies }) =>
        loadSourcesServiceBodies(sources, rootFormat, timeout, signal, (forSources, answer) => {
          const bodies = new Map(this.bodies);
          for (const source of forSources) bodies.set(source, answer.entities);
          this.bodies = bodies;
          this.diagnostics = [...this.diagnostics, ...answer.diagnostics];
          this.host.requestUpdate();
        }),
      )
      .then(
        () => {
          if (!signal.aborted) this.pending = undefined;
        },
        (error: unknown) => {
          if (signal.aborted) return;
          this.pending = undefined;
          this.diagnostics = [{ severity: 'warning', code: 'service-bodies-failed', message: `BMLT helplines: ${String(error)}`, source: sources[0]!.source }];
          this.host.requestUpdate();
        },
      );
  }

  hostConnected(): void {
    if (this.pending && this.abort?.signal.aborted) this.load(...this.pending);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }
}
