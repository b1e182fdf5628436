import type { Writable } from 'node:stream';

/** The client went away: stop reading the database. */
export class ClientGone extends Error {}

/**
 * Writes to an HTTP response with back-pressure: waits for 'drain' when the socket's buffer is
 * full, so an export of any size holds a batch in memory, not the file.
 */
export class StreamWriter {
  private gone = false;

  constructor(private readonly out: Writable) {
    out.once('close', () => (this.gone = true));
  }

  async write(text: string): Promise<void> {
    if (this.gone || this.out.destroyed) throw new ClientGone();
    if (this.out.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.out.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        this.out.off('drain', onDrain);
        reject(new ClientGone());
      };
      this.out.once('drain', onDrain);
      this.out.once('close', onClose);
    });
  }
}

/** One JSON array written item by item: `[`, items joined by commas, `]`. */
export class JsonArrayWriter {
  private first = true;

  constructor(private readonly writer: StreamWriter) {}

  async open(prefix: string): Promise<void> {
    await this.writer.write(`${prefix}[`);
  }

  async items(values: unknown[]): Promise<void> {
    if (values.length === 0) return;
    const text = values.map((value) => JSON.stringify(value)).join(',\n');
    await this.writer.write(this.first ? `\n${text}` : `,\n${text}`);
    this.first = false;
  }

  async close(): Promise<void> {
    await this.writer.write(']');
  }
}
