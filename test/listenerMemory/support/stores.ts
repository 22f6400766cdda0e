import { createServer, type Server, type Socket } from 'node:net';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { UserStore } from '../../../lambda/persistence/port';

/** Forwards everything to another store; subclasses override what they change. */
export class ForwardingStore implements UserStore {
  constructor(readonly inner: UserStore) {}
  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.inner.getAttributes(envelope);
  }
  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return this.inner.saveAttributes(envelope, attributes);
  }
  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    return this.inner.deleteAttributes(envelope);
  }
  backupAttributes(envelope: RequestEnvelope, raw: unknown, reason: string): Promise<void> {
    return this.inner.backupAttributes(envelope, raw, reason);
  }
}

/**
 * Holds reads until `parties` of them have arrived, then lets them all read: two sessions that start
 * at once really do load the same revision. Disarmed after that (later reads pass straight through).
 */
export class ReadBarrier extends ForwardingStore {
  private waiting: (() => void)[] = [];
  private remaining = 0;
  /** The revision each held read returned. */
  readonly revisionsRead: unknown[] = [];

  arm(parties: number): void {
    this.remaining = parties;
    this.waiting = [];
    this.revisionsRead.length = 0;
  }

  override async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    if (this.remaining > 0) {
      this.remaining -= 1;
      const arrived = new Promise<void>((resolve) => this.waiting.push(resolve));
      if (this.remaining === 0) for (const release of this.waiting) release();
      await arrived;
      const attributes = await this.inner.getAttributes(envelope);
      this.revisionsRead.push(attributes.revision);
      return attributes;
    }
    return this.inner.getAttributes(envelope);
  }
}

/** A store whose reads take `delayMs` and then fail (or, with `resolveLate`, succeed late). */
export class SlowStore extends ForwardingStore {
  private readonly timers = new Set<NodeJS.Timeout>();
  constructor(
    inner: UserStore,
    private readonly delayMs: number,
    private readonly resolveLate = false,
  ) {
    super(inner);
  }

  override getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (this.resolveLate) resolve(this.inner.getAttributes(envelope));
        else reject(Object.assign(new Error('read timed out'), { name: 'TimeoutError' }));
      }, this.delayMs);
      this.timers.add(timer);
    });
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/**
 * A TCP server that accepts connections and never answers: a DynamoDB endpoint that hangs. Only the
 * client's own timeouts get a caller out.
 */
export class BlackHole {
  private readonly sockets = new Set<Socket>();
  /** Connections accepted so far. */
  accepted = 0;
  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.accepted += 1;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    });
  }

  static async start(): Promise<BlackHole> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new BlackHole(server);
  }

  get endpoint(): string {
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('black hole is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
