// The end-to-end tests run the real bundle, as a user would: build it once per run.
import { buildCli } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
