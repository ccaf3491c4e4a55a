export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__dynamoLocals ?? []).map((d) => d.stop()));
}
