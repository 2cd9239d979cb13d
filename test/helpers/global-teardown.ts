const state = globalThis as typeof globalThis & { __testDatabaseStop?: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  await state.__testDatabaseStop?.();
}
