/**
 * A vocabulary file (imported as a JSON module) as the type its schema gives. The files are checked against
 * their schemas by test/vocab/vocab-schemas.test.ts (every file, whole, and that the schema changes nothing),
 * not at every start: validating them with zod cost each run ~0.2 s before it read a byte. What the user
 * supplies (--config, options) is still validated when the program runs.
 */
export function vocab<T>(data: unknown): T {
  return data as T;
}
