/**
 * Team documents in PostgreSQL (`--postgres URL`), for organisations whose IT runs one:
 * one row per document with its merged Yjs state, replaced on every store. The table is
 * created when missing. Backups are the database's own (pg_dump, base backups).
 */
import pg from 'pg';
import type * as Y from 'yjs';
import { encodeStateAsUpdate } from 'yjs';
import type { DocumentStorage } from './file-storage';

/** The table that holds the documents. */
export const POSTGRES_TABLE = 'handlingsrom_documents';

/** The PostgreSQL storage. */
export class PostgresStorage implements DocumentStorage {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 5 });
    // An idle client that loses its connection must not take the server down.
    this.pool.on('error', () => undefined);
  }

  /** Creates the table if missing; called before the server listens, so a bad URL fails at start. */
  init(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS ${POSTGRES_TABLE} (
           name text PRIMARY KEY,
           state bytea NOT NULL,
           updated_at timestamptz NOT NULL DEFAULT now()
         )`,
      )
      .then(() => undefined);
    return this.ready;
  }

  async fetch(documentName: string): Promise<Uint8Array | null> {
    await this.init();
    const result = await this.pool.query<{ state: Buffer }>(`SELECT state FROM ${POSTGRES_TABLE} WHERE name = $1`, [documentName]);
    const row = result.rows[0];
    return row === undefined ? null : new Uint8Array(row.state);
  }

  async store(documentName: string, document: Y.Doc): Promise<void> {
    await this.init();
    await this.pool.query(
      `INSERT INTO ${POSTGRES_TABLE} (name, state, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
      [documentName, Buffer.from(encodeStateAsUpdate(document))],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
