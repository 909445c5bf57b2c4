declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs; resolves to output file contents by name. */
  export function applyCommands(commands: string, input?: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
