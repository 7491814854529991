/** Where a command writes: a stream such as process.stdout, or anything with the same `write` (and `once` for back-pressure). */
export interface Writable {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes one line, waiting when the stream asks to (a slow pipe must not make the output pile up in memory). */
export async function writeLine(stream: Writable, text: string): Promise<void> {
  const accepted = stream.write(`${text}\n`);
  if (accepted === false && stream.once) {
    const once = stream.once.bind(stream);
    await new Promise<void>((resolve) => once('drain', resolve));
  }
}
