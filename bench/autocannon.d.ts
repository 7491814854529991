// autocannon ships no types; the benchmark reads the parts of its result it needs through its own interface.
declare module 'autocannon' {
  export default function autocannon(options: Readonly<Record<string, unknown>>): Promise<unknown>;
}
