/** Placeholder until the import wizard lands (next commit). */
export function ImportDialog() {
  return null;
}
