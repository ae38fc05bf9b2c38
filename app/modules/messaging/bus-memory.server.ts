import type { MessageBus, ThreadSignal, ThreadSignalListener } from "./bus";

/** The default bus: listeners of this process, by user. Enough for one app process. */
export class InProcessMessageBus implements MessageBus {
  private readonly listeners = new Map<string, Set<ThreadSignalListener>>();

  publish(userIds: readonly string[], signal: ThreadSignal) {
    for (const userId of new Set(userIds)) {
      for (const listener of this.listeners.get(userId) ?? []) {
        try {
          listener(signal);
        } catch {
          // One broken listener must not keep the signal from the others.
        }
      }
    }
  }

  subscribe(userId: string, listener: ThreadSignalListener) {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(userId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(userId);
    };
  }

  /** How many users have at least one listener (for tests and diagnostics). */
  get userCount() {
    return this.listeners.size;
  }
}

// One bus per process, kept on globalThis so a dev-server reload does not split it.
const globalForBus = globalThis as unknown as { enishiMessageBus?: MessageBus };

/** The bus this process uses: the in-process one unless another was installed. */
export function getMessageBus(): MessageBus {
  return (globalForBus.enishiMessageBus ??= new InProcessMessageBus());
}

/** Installs another bus (a shared one when scaling out, or a spy in tests). */
export function setMessageBus(bus: MessageBus) {
  globalForBus.enishiMessageBus = bus;
}
