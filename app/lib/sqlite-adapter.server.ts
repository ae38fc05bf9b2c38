import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock; `acquire` resolves to its release function. */
class FifoLock {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.#held = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          const next = this.#waiting.shift();
          if (next) next();
          else this.#held = false;
        });
      };
      if (this.#held) this.#waiting.push(grant);
      else grant();
    });
  }
}

/**
 * The better-sqlite3 adapter has one connection. While an interactive transaction is
 * open, any other request's query would run on that connection inside the transaction:
 * it would read uncommitted rows, and its writes would vanish if the transaction rolled
 * back. This wrapper makes every statement outside a transaction wait for the open one.
 */
function serialize(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new FifoLock();
  const exclusive = async <T>(work: () => Promise<T>) => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => exclusive(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => exclusive(() => inner.executeRaw(query)),
    executeScript: (script: string) => exclusive(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await lock.acquire();
      try {
        const transaction = await inner.startTransaction(isolationLevel);
        const finish = async (end: () => Promise<void>) => {
          try {
            await end();
          } finally {
            release();
          }
        };
        return {
          provider: transaction.provider,
          adapterName: transaction.adapterName,
          options: transaction.options,
          queryRaw: (query) => transaction.queryRaw(query),
          executeRaw: (query) => transaction.executeRaw(query),
          commit: () => finish(() => transaction.commit()),
          rollback: () => finish(() => transaction.rollback()),
        };
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

/** `PrismaBetterSQLite3` whose connection never mixes a transaction with other work. */
export class SerializedBetterSQLite3 implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSQLite3;

  constructor(...args: ConstructorParameters<typeof PrismaBetterSQLite3>) {
    this.#inner = new PrismaBetterSQLite3(...args);
    this.adapterName = this.#inner.adapterName;
  }

  async connect() {
    return serialize(await this.#inner.connect());
  }

  async connectToShadowDb() {
    return serialize(await this.#inner.connectToShadowDb());
  }
}
