import type { DataSource } from 'typeorm';

/** Placeholder until the demo data lands. */
export async function seedDemoWorkspace(_dataSource: DataSource): Promise<void> {}
